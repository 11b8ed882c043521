import type { Section } from '../types'

export const CLUSTER_NAME_HINT = '（XX市XX县（市、区）XX特色产业集群）'

/**
 * 封面: the cells printed on the cover page. 集群名称, the county authority and the operator are printed
 * again in section 一; they are answered there and shown here (mirrorOf).
 */
export const cover: Section = {
  id: 'cover',
  title: '封面',
  items: [
    {
      id: 'cover.clusterName',
      kind: 'text',
      label: '集群名称',
      hint: CLUSTER_NAME_HINT,
      format: 'clusterName',
      maxChars: 60,
      mirrorOf: 's1.clusterName',
      required: true,
      help: ['required'],
      evidence: 'none'
    },
    {
      id: 'cover.region',
      kind: 'region',
      label: '所属地区',
      parts: ['市', '县（市、区）'],
      required: true,
      help: ['required'],
      evidence: 'none'
    },
    {
      id: 'cover.authority',
      kind: 'text',
      label: '县级行政区划中小企业主管部门（盖章）',
      format: 'orgName',
      maxChars: 60,
      mirrorOf: 's1.authority',
      required: true,
      help: ['required'],
      evidence: 'none'
    },
    {
      id: 'cover.operator',
      kind: 'text',
      label: '集群运营管理机构',
      format: 'orgName',
      maxChars: 60,
      mirrorOf: 's1.operator',
      required: true,
      help: ['operatorBody', 'required'],
      evidence: 'none'
    },
    { id: 'cover.declareDate', kind: 'date', label: '申报时间', required: true, help: ['required'], evidence: 'none' },
    {
      id: 'cover.contactName',
      kind: 'text',
      label: '联系人',
      group: '联系人及联系电话',
      format: 'personName',
      maxChars: 20,
      required: true,
      help: ['required'],
      evidence: 'none'
    },
    {
      id: 'cover.contactPhone',
      kind: 'phone',
      label: '联系电话',
      group: '联系人及联系电话',
      required: true,
      help: ['required'],
      evidence: 'none'
    }
  ]
}
