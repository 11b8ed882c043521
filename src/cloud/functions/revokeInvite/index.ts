import { revokeInvite } from '../../core/members'
import { makeMain } from '../adapter'

export const main = makeMain('revokeInvite', revokeInvite)
