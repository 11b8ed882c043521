import { pullAnswers } from '../../core/answers'
import { makeMain } from '../adapter'

export const main = makeMain('pullAnswers', pullAnswers)
