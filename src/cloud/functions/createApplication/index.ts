import { createApplication } from '../../core/applications'
import { makeMain } from '../adapter'

export const main = makeMain('createApplication', createApplication)
