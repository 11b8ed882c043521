import { removeMember } from '../../core/members'
import { makeMain } from '../adapter'

export const main = makeMain('removeMember', removeMember)
