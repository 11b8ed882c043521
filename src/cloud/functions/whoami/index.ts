import { whoamiFunction } from '../../core/whoami'
import { makeMain } from '../adapter'

export const main = makeMain('whoami', whoamiFunction)
