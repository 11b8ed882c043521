import { checklist, numberItem, textBlock } from '../builders'
import type { Section } from '../types'

/** 六、开放合作情况. */
export const s6: Section = {
  id: 's6',
  title: '六、开放合作情况',
  items: [
    textBlock('s6.intlNarrative', '集群国际合作交流总体情况（200字以内）'),
    checklist('s6.intlWork', '集群已开展的国际合作交流活动', [
      '建立或参与主导产业国际合作机制',
      '与境外产业园区形成较为稳定的合作关系',
      '引进了国际领先技术、先进管理经验或高端人才团队等',
      '参加中国国际中小企业博览会等展会类活动',
      '承办主导产业国际研讨会或技术交流会'
    ]),
    numberItem('s6.overseasBranches', '集群或集群内企业在境外设立分支机构数量', '个', 'count', {
      note: '（需提供清单及相关佐证材料）',
      evidence: 'listAndEvidence',
      help: ['required', 'asOf2023', 'evidence']
    }),
    {
      id: 's6.branchList',
      kind: 'itemList',
      label: '境外分支机构清单',
      group: '集群或集群内企业在境外设立分支机构数量',
      itemises: ['s6.overseasBranches'],
      fields: [
        { id: 'enterprise', label: '设立企业', kind: 'text', required: true },
        { id: 'name', label: '分支机构名称', kind: 'text', required: true },
        { id: 'country', label: '所在国家（地区）', kind: 'text', required: true },
        { id: 'year', label: '设立年份', kind: 'year', required: true }
      ],
      required: true,
      help: ['required', 'evidence'],
      evidence: 'listAndEvidence'
    }
  ]
}
