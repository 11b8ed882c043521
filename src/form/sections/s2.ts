import { checklist, numberItem, textBlock, yearRow } from '../builders'
import type { Section } from '../types'

/** 二、主导产业情况. */
export const s2: Section = {
  id: 's2',
  title: '二、主导产业情况',
  yearHeader: true,
  items: [
    yearRow('s2.totalOutput', '集群总产值（亿元）', '亿元', 'amount', { help: ['required', 'financial'] }),
    yearRow('s2.smeOutputShare', '集群内中小企业产值占集群总产值比例（%）', '%', 'share', { help: ['required', 'financial'] }),
    yearRow('s2.leadingShare', '集群主导产业产值占集群总产值比例（%）', '%', 'share', { help: ['required', 'financial'] }),
    yearRow('s2.leadingGrowth', '集群主导产业产值增速（%）', '%', 'rate', { help: ['required', 'financial'] }),
    numberItem('s2.leadingCagr', '近三年主导产业产值年均增速（%）', '%', 'rate', { help: ['required', 'financial'] }),
    yearRow('s2.enterprises', '集群企业数量', '家', 'count'),
    yearRow('s2.smes', '其中：集群中小企业数量', '家', 'count'),
    yearRow('s2.provincialSrdi', '主导产业相关的省级专精特新中小企业数量', '家', 'count'),
    yearRow('s2.littleGiants', '主导产业相关的国家级专精特新“小巨人”企业数量', '家', 'count'),
    yearRow('s2.singleChampions', '主导产业相关的国家级制造业单项冠军企业数量', '家', 'count'),
    yearRow('s2.highTech', '主导产业相关的国家级高新技术企业数量', '家', 'count'),
    yearRow('s2.innovativeSmes', '主导产业相关的创新型中小企业数量', '家', 'count'),
    yearRow('s2.fdiGrowth', '近三年集群外商直接投资额累计增长率（%）', '%', 'rate', { help: ['required', 'financial'] }),
    yearRow('s2.exportGrowth', '近三年集群主导产品出口贸易额累计增长率（%）', '%', 'rate', {
      help: ['required', 'financial', 'productOrder']
    }),
    textBlock('s2.chainNarrative', '集群产业链强链补链情况（200字以内）'),
    checklist('s2.chainWork', '集群已开展的产业链强链补链工作', [
      '绘制产业链图谱，开展产业链培育',
      '形成产业链技术难点清单或创新项目库，建立“揭榜挂帅”、“赛马”或众创众包等激励机制',
      '联合集群上下游企业，组建创新联合体，开展产业链联合攻关',
      '引入高等院校、科研院所，开展产业链关键环节产学研协同创新',
      '建有产业链上下游产供销一体化协同协作机制',
      '与产业链“链主”企业建立稳定合作配套关系',
      '与先进制造业集群、国家新型工业化产业示范基地建立稳定合作配套关系',
      '开展供应链风险评估工作，建立供应链风险防范机制'
    ]),
    textBlock('s2.resourceNarrative', '集群内产业链资源协同协作情况（200字以内）'),
    checklist('s2.resourceWork', '集群已开展的产业链资源协同协作工作', [
      '开展通用生产设备共享',
      '开展物流、仓储、设计等服务资源共享',
      '开展人力资源共享',
      '开展同类设备和产品的集中采销',
      '建立共享车间、共享工厂'
    ]),
    textBlock('s2.qualityNarrative', '集群质量品牌建设情况（200字以内）'),
    checklist('s2.qualityWork', '集群已开展的质量品牌建设工作', [
      '开展了先进质量管理模式推广',
      '开展了质量诊断服务',
      '建立了品牌运营、品牌管理标准宣贯等机制',
      '获得了集体商标、地理标志产品批准认证或证明商标通过注册'
    ])
  ]
}
