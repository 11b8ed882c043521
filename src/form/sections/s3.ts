import { numberItem, yearRow } from '../builders'
import { YEARS, type Section } from '../types'

export const LIST_EVIDENCE_NOTE = '（需提供清单及佐证材料）'

/** 三、创新能力情况. */
export const s3: Section = {
  id: 's3',
  title: '三、创新能力情况',
  yearHeader: true,
  items: [
    yearRow('s3.rdIntensity', '集群中小企业近三年研发投入强度（%）', '%', 'share', { help: ['required', 'rdCost', 'financial'] }),
    yearRow('s3.rdGrowth', '集群中小企业近三年研发经费增速（%）', '%', 'rate', { help: ['required', 'rdCost', 'financial'] }),
    {
      id: 's3.standards',
      kind: 'standardsMatrix',
      label: '集群中小企业近三年主持（起草单位排名前三位）或参与制修订标准数量情况',
      note: '（需提供清单）',
      columnLabel: '类别',
      categories: ['国际', '国家', '行业', '团体'],
      roles: [
        { id: 'host', label: '主持数量' },
        { id: 'participate', label: '参与数量' }
      ],
      years: YEARS,
      required: true,
      help: ['required'],
      evidence: 'listOnly'
    },
    {
      id: 's3.standardsList',
      kind: 'itemList',
      label: '标准清单',
      group: '集群中小企业近三年主持（起草单位排名前三位）或参与制修订标准数量情况',
      itemises: ['s3.standards'],
      fields: [
        { id: 'name', label: '标准名称', kind: 'text', required: true },
        { id: 'code', label: '标准号', kind: 'text', required: true },
        { id: 'category', label: '类别', kind: 'choice', required: true, options: ['国际', '国家', '行业', '团体'] },
        { id: 'role', label: '主持或参与', kind: 'choice', required: true, options: ['主持', '参与'] },
        { id: 'year', label: '发布年份', kind: 'year', required: true },
        { id: 'enterprise', label: '起草企业', kind: 'text', required: true }
      ],
      required: true,
      help: ['required'],
      evidence: 'listOnly'
    },
    {
      id: 's3.platforms',
      kind: 'platforms',
      label: '创新平台建设情况',
      note: LIST_EVIDENCE_NOTE,
      tiers: [
        { id: 'national', label: '国家制造业创新中心或国家级创新平台名称及数量' },
        { id: 'provincial', label: '省级制造业创新中心或省级创新平台名称及数量' },
        { id: 'other', label: '其他平台名称及数量' }
      ],
      countLabel: '数量：',
      nameLabel: '名称：',
      unit: '个',
      required: true,
      help: ['required', 'evidence'],
      evidence: 'listAndEvidence'
    },
    numberItem('s3.smeEmployees', '集群内中小企业从业人员数量', '人', 'count', { help: ['required', 'employees', 'asOf2023'] }),
    numberItem('s3.rdStaffShare', '集群内中小企业研发人员占从业人员比例（%）', '%', 'share', {
      help: ['required', 'employees', 'asOf2023']
    }),
    numberItem('s3.pctApplications', '集群中小企业PCT国际专利申请量', '件', 'count'),
    numberItem('s3.patentGrowth', '集群中小企业近三年有效发明专利年均增速（%）', '%', 'rate'),
    numberItem('s3.patentsPer10k', '集群中小企业从业人员每万人有效发明专利拥有量', '件/万人', 'ratio', {
      help: ['required', 'employees', 'asOf2023']
    }),
    numberItem(
      's3.inventionPatents',
      '集群内中小企业有效发明专利拥有量（包括发明专利、国防专利、植物新品种、国家级农作物品种、国家新药、国家一级中药保护品种、集成电路布图设计专有权等）',
      '个',
      'count',
      { note: LIST_EVIDENCE_NOTE, evidence: 'listAndEvidence', help: ['required', 'asOf2023', 'evidence'] }
    ),
    {
      id: 's3.patentList',
      kind: 'itemList',
      label: '有效发明专利清单',
      group: '集群内中小企业有效发明专利拥有量',
      itemises: ['s3.inventionPatents'],
      fields: [
        { id: 'name', label: '名称', kind: 'text', required: true },
        {
          id: 'type',
          label: '类型',
          kind: 'choice',
          required: true,
          options: ['发明专利', '国防专利', '植物新品种', '国家级农作物品种', '国家新药', '国家一级中药保护品种', '集成电路布图设计专有权']
        },
        { id: 'number', label: '专利号或证书号', kind: 'text', required: true },
        { id: 'holder', label: '权利人', kind: 'text', required: true },
        { id: 'grantDate', label: '授权日期', kind: 'date', required: false }
      ],
      required: true,
      help: ['required', 'evidence'],
      evidence: 'listAndEvidence'
    }
  ]
}
