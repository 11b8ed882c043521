import { YES_NO, choice, numberItem } from '../builders'
import type { Section } from '../types'
import { CLUSTER_NAME_HINT } from './cover'

const AUTHORITY = '县级行政区划中小企业主管部门'
const OPERATOR = '集群运营管理机构'

/** 一、基本情况. The name, authority and operator cells are also printed on the cover, which mirrors them. */
export const s1: Section = {
  id: 's1',
  title: '一、基本情况',
  items: [
    {
      id: 's1.clusterName',
      kind: 'text',
      label: '集群名称',
      hint: CLUSTER_NAME_HINT,
      format: 'clusterName',
      maxChars: 60,
      required: true,
      help: ['required'],
      evidence: 'none'
    },
    {
      id: 's1.authority',
      kind: 'text',
      label: AUTHORITY,
      format: 'orgName',
      maxChars: 60,
      required: true,
      help: ['required'],
      evidence: 'none'
    },
    {
      id: 's1.authorityContact',
      kind: 'text',
      label: '联系人',
      group: AUTHORITY,
      format: 'personName',
      maxChars: 20,
      required: true,
      help: ['required'],
      evidence: 'none'
    },
    { id: 's1.authorityPhone', kind: 'phone', label: '联系方式', group: AUTHORITY, required: true, help: ['required'], evidence: 'none' },
    {
      id: 's1.operator',
      kind: 'text',
      label: OPERATOR,
      format: 'orgName',
      maxChars: 60,
      required: true,
      help: ['operatorBody', 'required'],
      evidence: 'none'
    },
    {
      id: 's1.operatorContact',
      kind: 'text',
      label: '联系人',
      group: OPERATOR,
      format: 'personName',
      maxChars: 20,
      required: true,
      help: ['required'],
      evidence: 'none'
    },
    { id: 's1.operatorPhone', kind: 'phone', label: '联系方式', group: OPERATOR, required: true, help: ['required'], evidence: 'none' },
    numberItem('s1.area', '集群占地面积（平方公里）', '平方公里', 'amount'),
    choice('s1.industryType', '主导产业所属产业类型', ['第一产业', '第二产业', '第三产业']),
    choice('s1.prohibitedIndustry', '集群主导产业是否属于国家规定的禁止、限制和淘汰类产业', YES_NO),
    choice('s1.incidents', '近三年是否发生较大及以上安全、质量、环境污染等事故，重大及以上网络安全事件和数据安全事件', YES_NO),
    choice('s1.misconduct', '是否存在偷税漏税、违法违规、严重失信和其他重大问题的行为', YES_NO),
    choice('s1.energyBenchmark', '属于高耗能行业的集群，能效水平是否达到行业基准值', [...YES_NO, '非高耗能行业，不适用']),
    choice('s1.waterBenchmark', '属于高用水行业的集群，水效水平是否达到行业基准值', [...YES_NO, '非高用水行业，不适用'])
  ]
}
