import { assertNever } from '../form'
import type { Params, RuleCode } from './findings'

const p = (params: Params, key: string): string => String(params[key] ?? '')

/** The one table of rule wording. Every code has a message; the switch is exhaustive. */
export function ruleMessage(code: RuleCode, params: Params): string {
  switch (code) {
    case 'VALUE_SHAPE':
      return `“${p(params, 'label')}”的数据格式不正确，请重新填写。`
    case 'REQUIRED_MISSING':
      return `“${p(params, 'label')}”为必填项，不得空缺；无相关情况时请填写“无”${params.zeroOk ? '（数量请填 0）' : ''}。`
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
      return `“${p(params, 'label')}”应为 11 位手机号或带区号的座机号，例如 13805310000 或 0531-86061234。`
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
      return `${p(params, 'criterion')}：${p(params, 'actual')}，未达到${p(params, 'source')}的要求（${p(params, 'bar')}）。`
    default:
      return assertNever(code)
  }
}
