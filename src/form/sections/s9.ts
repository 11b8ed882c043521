import type { Section } from '../types'

const DECLARATION = '真实性声明'
const RECOMMENDATION = '市级中小企业主管部门推荐意见'

/**
 * 九、真实性声明及推荐意见. Signatures, stamps and dates are made on the printed export (policy.md §1.12),
 * so they are places on paper, not answers; the city's opinion is typed by the 市级推荐 role.
 */
export const s9: Section = {
  id: 's9',
  title: '九、真实性声明及推荐意见',
  items: [
    {
      id: 's9.declaration',
      kind: 'statement',
      label: DECLARATION,
      text: '本单位承诺此次申报山东省特色产业集群的申请材料(包括附件资料)真实、合法。如有不实之处，本单位愿意负相应责任，并承担由此产生的一切后果。',
      required: false,
      help: ['truthful'],
      evidence: 'none'
    },
    {
      id: 's9.countySignature',
      kind: 'paperMark',
      mark: 'signature',
      label: '县级行政区划中小企业主管部门负责人（签字）',
      group: DECLARATION,
      required: false,
      help: [],
      evidence: 'none'
    },
    {
      id: 's9.countyStamp',
      kind: 'paperMark',
      mark: 'stamp',
      label: '县级行政区划中小企业主管部门（公章）',
      group: DECLARATION,
      required: false,
      help: [],
      evidence: 'none'
    },
    { id: 's9.countyDate', kind: 'paperMark', mark: 'date', label: '声明日期', group: DECLARATION, required: false, help: [], evidence: 'none' },
    {
      id: 's9.cityOpinion',
      kind: 'text',
      label: RECOMMENDATION,
      format: 'plain',
      maxChars: 500,
      required: false,
      help: [],
      evidence: 'none'
    },
    {
      id: 's9.cityStamp',
      kind: 'paperMark',
      mark: 'stamp',
      label: '推荐单位（公章）',
      group: RECOMMENDATION,
      required: false,
      help: [],
      evidence: 'none'
    },
    { id: 's9.cityDate', kind: 'paperMark', mark: 'date', label: '推荐日期', group: RECOMMENDATION, required: false, help: [], evidence: 'none' }
  ]
}
