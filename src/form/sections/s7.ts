import { checklist, textBlock } from '../builders'
import type { Section } from '../types'

/** 七、治理和服务水平. */
export const s7: Section = {
  id: 's7',
  title: '七、治理和服务水平',
  items: [
    textBlock('s7.environmentNarrative', '集群发展环境情况（200字以内）'),
    checklist('s7.environmentWork', '集群已开展的发展环境治理工作', [
      '建立了专业化发展促进机构、开展共商共建共享',
      '建立中小企业政策宣贯与对接机制',
      '建立了中小企业合法权益保护机制',
      '建立了公共服务效果考核机制',
      '建立安全生产源头管控和隐患排查机制',
      '运用了数字化手段提升治理能力'
    ]),
    checklist(
      's7.servicePlatforms',
      '集群中小企业公共服务平台建设情况',
      ['建设或引入国家中小企业公共服务示范平台', '建设或引入省级中小企业公共服务示范平台', '建立了中小企业公共服务平台'],
      { prompt: '集群已建设的中小企业公共服务平台：' }
    ),
    checklist(
      's7.services',
      '集群提供中小企业公共服务情况',
      ['信息服务', '创业辅导', '创新支持', '人员培训', '市场营销', '投融资服务', '管理咨询'],
      { prompt: '集群已提供的中小企业公共服务：' }
    )
  ]
}
