import { getApplication } from '../../core/applications'
import { makeMain } from '../adapter'

export const main = makeMain('getApplication', getApplication)
