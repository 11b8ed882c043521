import { fieldHistory } from '../../core/answers'
import { makeMain } from '../adapter'

export const main = makeMain('fieldHistory', fieldHistory)
