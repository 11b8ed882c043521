import { makeMain } from '../adapter'

export const main = makeMain('whoami')
