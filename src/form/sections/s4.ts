import { YES_NO, checklist, choice, numberItem, textBlock, yearRow } from '../builders'
import type { Section } from '../types'

const NEW_MODES = '数字化新模式新业态推广情况'

/** 四、数字化升级情况. */
export const s4: Section = {
  id: 's4',
  title: '四、数字化升级情况',
  items: [
    numberItem('s4.cloudRate', '企业上云比例（%）', '%', 'share'),
    numberItem('s4.iiotRate', '集群中小企业工业互联网平台应用普及率（%）', '%', 'share'),
    choice('s4.softwareRising', '工业软件应用率稳步提升', YES_NO),
    yearRow('s4.softwarePurchases', '工业软件采购金额（万元）', '万元', 'amount', { help: ['required', 'financial'] }),
    textBlock('s4.digitalNarrative', '数字化服务总体情况（200字以内）'),
    checklist('s4.digitalWork', '集群已开展的数字化服务工作', [
      '引入了数字化系统解决方案服务商',
      '开展了数字化共性解决方案开发和诊断等服务',
      '开展了两化融合管理体系推广工作',
      '开展了智能制造能力成熟度评估或数据管理能力成熟度评估等推广工作'
    ]),
    textBlock('s4.newModeNarrative', '智能制造、工业互联网以及其它新模式新业态试点示范建设或应用情况（200字以内）', {
      group: NEW_MODES
    }),
    checklist(
      's4.newModeWork',
      '集群已开展的数字化新模式新业态推广工作',
      [
        '建有国家智能制造、工业互联网以及其它国家新模式新业态试点示范项目',
        '建有省级智能制造、工业互联网以及其它国家新模式新业态试点示范项目',
        '开展了智能制造、工业互联网等新模式新业态创新应用推广'
      ],
      { group: NEW_MODES }
    )
  ]
}
