import { listMembers } from '../../core/members'
import { makeMain } from '../adapter'

export const main = makeMain('listMembers', listMembers)
