import { updateApplication } from '../../core/applications'
import { makeMain } from '../adapter'

export const main = makeMain('updateApplication', updateApplication)
