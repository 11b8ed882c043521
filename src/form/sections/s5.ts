import { YES_NO, checklist, choice, numberItem, textBlock, yearRow } from '../builders'
import type { Section } from '../types'

const ABOVE_AVERAGE = '是否高于行业平均水平'
const ABOVE_AVERAGE_OPTIONS = [...YES_NO, '非工业集群，不适用']
export const CO2_FORMULA_NOTE = '（注：单位产值二氧化碳排放量需提供计算公式）'

/** 五、绿色化转型情况. */
export const s5: Section = {
  id: 's5',
  title: '五、绿色化转型情况',
  items: [
    choice('s5.carbonMonitoring', '建立了集群碳排放监测机制', YES_NO, {
      note: '（如涉及，需提供佐证材料）',
      evidence: 'ifApplicable',
      help: ['required', 'evidence']
    }),
    yearRow('s5.co2Intensity', '近三年单位产值二氧化碳排放量（吨二氧化碳/万元）', '吨二氧化碳/万元', 'ratio', {
      note: CO2_FORMULA_NOTE,
      printed: 'stacked'
    }),
    // The note asks for the formula; it gets a cell of its own so it is filled, checked and exported.
    textBlock('s5.co2Formula', '单位产值二氧化碳排放量计算公式', { note: CO2_FORMULA_NOTE, group: '近三年单位产值二氧化碳排放量（吨二氧化碳/万元）' }),
    numberItem('s5.energyReduction', '近三年单位工业产值能耗降低率（%）', '%', 'rate'),
    numberItem('s5.solidWasteRate', '大宗工业固废综合利用率（%）', '%', 'share'),
    choice('s5.solidWasteAboveAverage', ABOVE_AVERAGE, ABOVE_AVERAGE_OPTIONS, { group: '大宗工业固废综合利用率（%）' }),
    numberItem('s5.waterReuseRate', '工业用水重复利用率（%）', '%', 'share'),
    choice('s5.waterAboveAverage', ABOVE_AVERAGE, ABOVE_AVERAGE_OPTIONS, { group: '工业用水重复利用率（%）' }),
    textBlock('s5.greenNarrative', '集群绿色低碳相关工作情况（200字以内）'),
    checklist('s5.greenWork', '集群已开展的绿色低碳相关工作', [
      '开展了节能诊断，建立节能管控系统、余热余压回收设施等',
      '开展了碳排放和碳足迹监测与核算等',
      '建立了水资源梯级循环利用、工业废弃物分类分级利用设施等',
      '开展了清洁生产评价等工作',
      '开展了绿色制造系统解决方案推广'
    ]),
    {
      id: 's5.greenSystem',
      kind: 'countGroup',
      label: '集群绿色制造体系建设水平',
      note: '（注：需提供清单及佐证材料）',
      counts: [
        { id: 'factories', label: '绿色工厂数量' },
        { id: 'parks', label: '绿色工业园区数量' },
        { id: 'supplyChains', label: '绿色供应链管理企业数量' },
        { id: 'products', label: '绿色设计产品数量' }
      ],
      required: true,
      help: ['required', 'evidence'],
      evidence: 'listAndEvidence'
    },
    {
      id: 's5.greenList',
      kind: 'itemList',
      label: '绿色制造体系清单',
      group: '集群绿色制造体系建设水平',
      itemises: ['s5.greenSystem'],
      fields: [
        { id: 'category', label: '类别', kind: 'choice', required: true, options: ['绿色工厂', '绿色工业园区', '绿色供应链管理企业', '绿色设计产品'] },
        { id: 'name', label: '名称', kind: 'text', required: true },
        { id: 'level', label: '级别', kind: 'choice', required: true, options: ['国家级', '省级'] },
        { id: 'year', label: '公布年份', kind: 'year', required: true }
      ],
      required: true,
      help: ['required', 'evidence'],
      evidence: 'listAndEvidence'
    }
  ]
}
