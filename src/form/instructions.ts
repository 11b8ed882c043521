import type { Instruction, InstructionId } from './types'

/** 填报说明, paragraph by paragraph, exactly as printed. */
export const INSTRUCTIONS: readonly Instruction[] = [
  {
    id: 'truthful',
    text: '集群应如实填报所附各表。要求文字简洁，数据准确、详实，并提供必要的数据清单及佐证材料。填报数据将依权限对相关部门和单位开放共享，仅供审核验证和查阅用。'
  },
  { id: 'required', text: '各必填栏目不得空缺，无相关情况时应填写“无”；数据有小数时，保留小数点后2位。' },
  {
    id: 'operatorBody',
    text: '集群运营管理机构是指对产业集群集中运营管理的产业园区管委会、园区运营企业或公共服务机构等法人主体，基础建设单位不可作为集群运营管理机构。'
  },
  { id: 'evidence', text: '佐证材料包括主管部门、第三方机构出具的证明或申报主体自我声明。' },
  { id: 'financial', text: '财务数据应以企业该年度会计报表期末数为准。' },
  { id: 'asOf2023', text: '未注明填报年度的，请填写截止到2023年底的数据。' },
  { id: 'productOrder', text: '主导产品按获得的产品收入占比或重要程度从高到低填写。' },
  {
    id: 'employees',
    text: '集群内中小企业从业人员数是指集群内所有中小企业从业人员期末数之和。从业人员期末人数，为上年度末在企业工作，并取得工资或其他形式劳动报酬的人员数，是在岗职工、劳务派遣人员及其他从业人员之和。从业人员以上年度末数据为定量依据。'
  },
  {
    id: 'rdCost',
    text: '企业研发费用是指企业研发活动中发生的相关费用，具体按照财政部、国家税务总局、科技部《关于完善研究开发费用税前加计扣除政策的通知》（财税[2015]119号）有关规定进行归集。'
  }
]

const byId = new Map(INSTRUCTIONS.map((i) => [i.id, i.text]))

export function instructionText(id: InstructionId): string {
  const text = byId.get(id)
  if (text === undefined) throw new Error(`unknown instruction ${id}`)
  return text
}
