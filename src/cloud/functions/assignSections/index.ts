import { assignSections } from '../../core/members'
import { makeMain } from '../adapter'

export const main = makeMain('assignSections', assignSections)
