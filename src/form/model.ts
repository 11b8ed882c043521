import { INSTRUCTIONS } from './instructions'
import { cover } from './sections/cover'
import { s1 } from './sections/s1'
import { s2 } from './sections/s2'
import { s3 } from './sections/s3'
import { s4 } from './sections/s4'
import { s5 } from './sections/s5'
import { s6 } from './sections/s6'
import { s7 } from './sections/s7'
import { s8 } from './sections/s8'
import { s9 } from './sections/s9'
import type { FormModel } from './types'

export const FORM: FormModel = {
  attachmentMark: '附件2',
  title: '山东省特色产业集群申报表',
  issuer: '山东省工业和信息化厅 制',
  instructionsTitle: '填报说明',
  instructions: INSTRUCTIONS,
  sections: [cover, s1, s2, s3, s4, s5, s6, s7, s8, s9]
}
