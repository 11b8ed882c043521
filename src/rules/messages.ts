import { assertNever } from '../form'
import type { Params, RuleCode } from './findings'

const p = (params: Params, key: string): string => String(params[key] ?? '')

/**
 * What “无相关情况” looks like for each kind of cell (填报说明: “无相关情况时应填写‘无’”), so that
 * REQUIRED_MISSING never suggests an answer the value rules refuse: text accepts 无, counts take 0,
 * lists have their own 无, and names, phones, dates and choices need a real answer.
 */
export type NoneAnswer = 'none' | 'zero' | 'list' | 'choose' | 'tick' | 'number' | 'fill'
const HOW_TO_ANSWER_NONE: Record<NoneAnswer, string> = {
  none: '；无相关情况时请填写“无”',
  zero: '；没有请填 0',
  list: '；确无相关情况时请选择“无”',
  choose: '，请选择一项',
  tick: '，请勾选已开展的工作',
  number: '，请填写数值',
  fill: '，请填写'
}

/** After a bar missed: a true figure is not to be changed; it means the cluster does not meet this condition yet. */
export const BELOW_BAR_IF_TRUE = '请核对数据；如数据无误，说明集群暂不符合这项申报条件，请勿为达标修改真实数据。'

/** A derived value offered before its cell is asked (按您填写的数据…是否采用？). */
export function derivedOfferText(what: 'cagr' | 'patentDensity', value: string, formula: string): string {
  const subject = what === 'cagr' ? `近三年年均增速为${value}%` : `每万人有效发明专利拥有量为${value}`
  return `按您填写的数据，${subject}，是否采用？（${formula}）`
}

/** The one table of rule wording. Every code has a message; the switch is exhaustive. */
export function ruleMessage(code: RuleCode, params: Params): string {
  switch (code) {
    case 'VALUE_SHAPE':
      return `“${p(params, 'label')}”的数据格式不正确，请重新填写。`
    case 'REQUIRED_MISSING':
      return `“${p(params, 'label')}”为必填项，不得空缺${HOW_TO_ANSWER_NONE[p(params, 'how') as NoneAnswer] ?? ''}。`
    case 'NUMBER_INVALID':
      return `“${p(params, 'label')}”需要填写数字，例如 ${p(params, 'example')}。`
    case 'NUMBER_NEGATIVE':
      return `“${p(params, 'label')}”不能为负数。`
    case 'COUNT_NOT_INTEGER':
      return `“${p(params, 'label')}”是数量，只能填写 0 或正整数。`
    case 'NUMBER_TOO_LARGE':
      return `“${p(params, 'label')}”的数值过大，请核对单位（${p(params, 'unit')}）。`
    case 'DECIMAL_ROUNDED':
      return `已按填报说明保留两位小数：${p(params, 'from')} → ${p(params, 'to')}。`
    case 'SHARE_OUT_OF_RANGE':
      return `“${p(params, 'label')}”是比例，应在 0 到 100 之间（当前 ${p(params, 'value')}）。`
    case 'RATE_IMPLAUSIBLE':
      return `“${p(params, 'label')}”为 ${p(params, 'value')}%，超出常见范围（${p(params, 'min')}% 至 ${p(params, 'max')}%），请核对或简要说明原因。`
    case 'TEXT_TOO_LONG':
      return `“${p(params, 'label')}”限 ${p(params, 'max')} 字，当前 ${p(params, 'count')} 字，请精简 ${p(params, 'over')} 字。`
    case 'TEXT_CONTROL_CHARS':
      return `“${p(params, 'label')}”含有不可见的控制字符，请删除后重新填写。`
    case 'NONE_NOT_ALLOWED':
      return `“${p(params, 'label')}”需要填写具体内容，不能填写“无”。`
    case 'PHONE_INVALID':
      return `“${p(params, 'label')}”应为 11 位手机号或带区号的座机号，例如 13805310000、0531-86061234 或 0531-86061234转801。`
    case 'DATE_INVALID':
      return `“${p(params, 'label')}”不是有效日期，请按 2024-03-15 或 2024年3月15日 填写。`
    case 'DATE_IN_FUTURE':
      return `“${p(params, 'label')}”晚于今天（${p(params, 'today')}），请核对。`
    case 'REGION_CITY_UNKNOWN':
      return `所属地区的“${p(params, 'city')}”不是山东省的设区市，请从 16 个市中选择。`
    case 'REGION_COUNTY_UNKNOWN':
      return `“${p(params, 'county')}”不是${p(params, 'city')}的县（市、区）或功能区，请核对。`
    case 'CLUSTER_NAME_SUFFIX':
      return '集群名称应以“特色产业集群”结尾，格式为“XX市XX县（市、区）XX特色产业集群”。'
    case 'CLUSTER_NAME_REGION_MISMATCH':
      return `集群名称中的“${p(params, 'named')}”与所属地区（${p(params, 'region')}）不一致。`
    case 'CLUSTER_NAME_PATTERN':
      return `集群名称与填报格式“XX市XX县（市、区）XX特色产业集群”不完全一致（${p(params, 'why')}），如为正式名称请简要说明。`
    case 'OPERATOR_LOOKS_LIKE_BUILDER':
      return `“${p(params, 'name')}”看起来是基础建设单位。填报说明：基础建设单位不可作为集群运营管理机构，请确认或说明。`
    case 'OPTION_UNKNOWN':
      return `“${p(params, 'label')}”的选项不在申报表所列选项中。`
    case 'LIST_EMPTY':
      return `“${p(params, 'label')}”需要提供清单：请逐条填写，确无相关情况时选择“无”。`
    case 'LIST_ENTRY_INCOMPLETE':
      return `“${p(params, 'label')}”第 ${p(params, 'index')} 条缺少“${p(params, 'field')}”。`
    case 'PLAN_PART_MISSING':
      return `发展规划的“${p(params, 'part')}”部分尚未填写。`
    case 'INDICATOR_INCOMPLETE':
      return `发展目标指标表第 ${p(params, 'index')} 行缺少“${p(params, 'field')}”。`
    case 'PATENT_NUMBER_INVALID':
      return `“${p(params, 'label')}”第 ${p(params, 'index')} 条的专利号“${p(params, 'value')}”格式不正确：应为申请年份（4位）+ 专利类型（1位）+ 流水号（7位）+“.”+ 校验位，例如 ZL202110215728.6。`
    case 'PATENT_CHECK_DIGIT':
      return `“${p(params, 'label')}”第 ${p(params, 'index')} 条的专利号“${p(params, 'value')}”校验位不正确（按前 12 位数字计算应为 ${p(params, 'expected')}），请对照专利证书核对。`
    case 'PATENT_TYPE_MISMATCH':
      return `“${p(params, 'label')}”第 ${p(params, 'index')} 条的专利号“${p(params, 'value')}”是${p(params, 'kind')}（类型码 ${p(params, 'digit')}），与“类型”所填的“${p(params, 'type')}”不一致；发明专利的类型码为 1 或 8。`
    case 'PATENT_PCT_IN_LIST':
      return `“${p(params, 'label')}”第 ${p(params, 'index')} 条的“${p(params, 'value')}”是 PCT 国际申请号，不是中国专利号：PCT 申请请计入“集群中小企业PCT国际专利申请量”，本清单填写中国专利号，例如 ZL202110215728.6。`
    case 'STANDARD_NUMBER_INVALID':
      return `“${p(params, 'label')}”第 ${p(params, 'index')} 条的标准号“${p(params, 'value')}”无法识别，请按“代号 编号—年份”填写，例如 GB/T 1.1—2020、JB/T 10090—2019、T/CAS 290—2017、ISO 9001:2015。`
    case 'STANDARD_YEAR_MISSING':
      return `“${p(params, 'label')}”第 ${p(params, 'index')} 条的标准号“${p(params, 'value')}”缺少年份，请写成“${p(params, 'value')}—发布年份”，例如 GB/T 1.1—2020。`
    case 'STANDARD_CATEGORY_MISMATCH':
      return `“${p(params, 'label')}”第 ${p(params, 'index')} 条的标准号“${p(params, 'value')}”是${p(params, 'family')}标准，“类别”却填写为“${p(params, 'category')}”，请核对。`
    case 'STANDARD_LOCAL_NO_COLUMN':
      return `“${p(params, 'label')}”第 ${p(params, 'index')} 条的“${p(params, 'value')}”是地方标准；申报表的标准数量表只有国际、国家、行业、团体四类，没有地方标准一栏，地方标准不能计入，请删除该条或核对标准号。`
    case 'LIST_DUPLICATE':
      return `“${p(params, 'label')}”第 ${p(params, 'index')} 条与第 ${p(params, 'first')} 条的“${p(params, 'field')}”重复（${p(params, 'value')}），请删除重复的一条。`
    case 'LIST_YEAR_IN_FUTURE':
      return `“${p(params, 'label')}”第 ${p(params, 'index')} 条的“${p(params, 'field')}”中的年份 ${p(params, 'year')} 晚于今年（${p(params, 'thisYear')}年），请核对。`
    case 'CHECKLIST_EMPTY':
      return `“${p(params, 'label')}”一项也未勾选；如确无相关工作，请简要说明。`
    case 'INDICATORS_EMPTY':
      return '发展目标指标表还没有填写任何指标：请至少填写一行“方向、指标、2023年基准值、2026年目标值”。'
    case 'AMOUNT_UNIT_SUSPECT':
      return `“${p(params, 'label')}”为 ${p(params, 'value')} ${p(params, 'unit')}，远高于常见规模（${p(params, 'max')} ${p(params, 'unit')}以内），是否按“${p(params, 'likely')}”填写了？请核对单位，或简要说明原因。`
    case 'INDUSTRY_TYPE_CONFLICT':
      return `“主导产业所属产业类型”为“${p(params, 'type')}”（工业），但“${p(params, 'label')}”选择了“${p(params, 'answer')}”，请核对。`
    case 'SOFTWARE_RISING_CONFLICT':
      return `“工业软件应用率稳步提升”回答“是”，但工业软件采购金额 ${p(params, 'from')}年 ${p(params, 'before')} 万元、${p(params, 'to')}年 ${p(params, 'after')} 万元，有所下降，请核对或简要说明。`
    case 'SME_COUNT_EXCEEDS_TOTAL':
      return `${p(params, 'year')}年集群中小企业数量（${p(params, 'smes')}）不能超过集群企业数量（${p(params, 'total')}）。`
    case 'QUALITY_COUNT_EXCEEDS_TOTAL':
      return `${p(params, 'year')}年“${p(params, 'label')}”（${p(params, 'count')}）不能超过集群企业数量（${p(params, 'total')}）。`
    case 'LEADING_OUTPUT_DERIVED':
      return `按您填写的数据，${p(params, 'year')}年主导产业产值为 ${p(params, 'value')} 亿元。`
    case 'LEADING_GROWTH_MISMATCH':
      return `按总产值和主导产业占比计算，${p(params, 'year')}年主导产业产值增速为 ${p(params, 'computed')}%，与填写的 ${p(params, 'entered')}% 相差超过 ${p(params, 'tolerance')} 个百分点，请核对或说明。`
    case 'CAGR_MISMATCH':
      return `按您填写的数据，近三年主导产业产值年均增速为 ${p(params, 'computed')}%，与填写的 ${p(params, 'entered')}% 相差超过 ${p(params, 'tolerance')} 个百分点，请核对或说明。`
    case 'PATENT_DENSITY_MISMATCH':
      return `按有效发明专利 ${p(params, 'patents')} 个、从业人员 ${p(params, 'employees')} 人计算，每万人有效发明专利拥有量为 ${p(params, 'computed')}，与填写的 ${p(params, 'entered')} 不一致。`
    case 'LIST_COUNT_MISMATCH':
      return `“${p(params, 'label')}”填写为 ${p(params, 'count')}，但清单中有 ${p(params, 'listed')} 条，请核对。`
    case 'EVIDENCE_MISSING':
      return `“${p(params, 'what')}”需要佐证材料（证明、证书或自我声明），请拍照上传。`
    case 'GATE_FAILED':
      return `“${p(params, 'label')}”回答“是”，不符合${p(params, 'source')}的申报条件：${p(params, 'why')}`
    case 'BENCHMARK_NOT_MET':
      return `“${p(params, 'label')}”回答“否”，评审时可能不利，请简要说明整改情况。`
    case 'BELOW_BAR':
      return `${p(params, 'criterion')}：${p(params, 'actual')}，未达到${p(params, 'source')}的要求（${p(params, 'bar')}）。${BELOW_BAR_IF_TRUE}`
    default:
      return assertNever(code)
  }
}
