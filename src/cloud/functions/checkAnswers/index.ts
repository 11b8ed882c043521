import { checkAnswersFunction } from '../../core/checkAnswers'
import { makeMain } from '../adapter'

export const main = makeMain('checkAnswers', checkAnswersFunction)
