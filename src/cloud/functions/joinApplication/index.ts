import { joinApplication } from '../../core/members'
import { makeMain } from '../adapter'

export const main = makeMain('joinApplication', joinApplication)
