import { patchAnswers } from '../../core/answers'
import { makeMain } from '../adapter'

export const main = makeMain('patchAnswers', patchAnswers)
