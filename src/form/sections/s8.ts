import type { Section } from '../types'

const PLAN = '四、未来三年特色产业集群发展规划'
const GOALS = '发展目标'
const STAGES = '2.阶段性目标'

/** 八、未来三年特色产业集群发展规划: one 3000-character text written part by part along the printed outline. */
export const s8: Section = {
  id: 's8',
  title: '八、未来三年特色产业集群发展规划',
  items: [
    {
      id: 's8.plan',
      kind: 'plan',
      label: '未来三年特色产业集群发展规划',
      note: '（3000字以内）',
      maxChars: 3000,
      parts: [
        {
          id: 'intro',
          label: '一、集群基本情况简介',
          guide:
            '包括总体情况、主导产业、产业集群相关政策制定与实施情况、优质市场主体培育、品牌打造、产业链供应链建设等方面近三年来发展情况、在行业中所处的地位等。',
          under: []
        },
        {
          id: 'achievements',
          label: '二、发展成效',
          guide:
            '包括提升集群主导产业优势、激发集群创新活力、推进集群数字化升级、加快集群绿色低碳转型、深化集群开放合作、提升集群治理和服务能力等方面开展的工作和取得的成绩。',
          under: []
        },
        { id: 'problems', label: '存在的问题', under: [] },
        { id: 'approach', label: '总体思路', under: [PLAN] },
        {
          id: 'overallGoals',
          label: '1.三年总体目标',
          guide:
            '（集群须围绕主导产业、创新、数字化、绿色化、开放合作、治理和服务等方面设定清晰、可考核的发展目标，鼓励集群根据自身特色增加考核指标，不局限于以上方面）',
          under: [PLAN, GOALS]
        },
        { id: 'stage2024', label: '（1）2024年度', under: [PLAN, GOALS, STAGES] },
        { id: 'stage2025', label: '（2）2025年度', under: [PLAN, GOALS, STAGES] },
        { id: 'stage2026', label: '（3）2026年度', under: [PLAN, GOALS, STAGES] },
        { id: 'tasks', label: '重点任务', under: [PLAN] },
        { id: 'measures', label: '保障措施', under: [PLAN] }
      ],
      indicatorTable: {
        partId: 'overallGoals',
        columns: ['方向', '指标', '2023年基准值', '2026年目标值'],
        directions: [
          { direction: '主导产业', examples: ['集群产值年均增速', '优质中小企业数量'] },
          { direction: '创新', examples: ['研发经费投入', '有效发明专利数量'] },
          { direction: '数字化', examples: ['工业互联网普及率'] },
          { direction: '绿色化', examples: ['二氧化碳排放量', '单位工业产值能耗'] },
          { direction: '开放合作', examples: ['定性描述'] },
          { direction: '治理和服务', examples: ['定性描述'] },
          { direction: '其它', examples: [] }
        ],
        morePlaceholder: '......'
      },
      required: true,
      help: ['required', 'truthful'],
      evidence: 'none'
    }
  ]
}
