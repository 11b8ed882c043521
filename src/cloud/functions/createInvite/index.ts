import { createInvite } from '../../core/members'
import { makeMain } from '../adapter'

export const main = makeMain('createInvite', createInvite)
