import { listMyApplications } from '../../core/applications'
import { makeMain } from '../adapter'

export const main = makeMain('listMyApplications', listMyApplications)
