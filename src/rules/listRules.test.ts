import { COMPLETE_APPLICATION, withAnswer } from '../../test/fixtures/completeApplication'
import { check, type Answers, type Finding } from './index'

const NOW = new Date('2024-04-01T02:00:00Z')
const submit = (answers: Answers) => check(answers, { level: 'submit', now: NOW })
const blocking = (answers: Answers) =>
  submit(answers)
    .filter((f) => f.severity !== 'info')
    .map((f: Finding) => ({ code: f.code, severity: f.severity, path: f.path, message: f.message }))

type Entry = { id: string; fields: Record<string, string>; evidence?: string[] }
const entriesOf = (id: string) => JSON.parse(JSON.stringify((COMPLETE_APPLICATION[id]!.value as { entries: Entry[] }).entries)) as Entry[]
const withEntries = (id: string, edit: (entries: Entry[]) => void) => {
  const entries = entriesOf(id)
  edit(entries)
  return withAnswer(id, { value: { entries } })
}
const patents = (edit: (entries: Entry[]) => void) => withEntries('s3.patentList', edit)
const standards = (edit: (entries: Entry[]) => void) => withEntries('s3.standardsList', edit)

describe('patent numbers in 有效发明专利清单', () => {
  it('refuses a wrong check digit, with the digit the first twelve give', () => {
    expect(blocking(patents((e) => (e[3].fields.number = 'ZL202110215728.5')))).toEqual([
      {
        code: 'PATENT_CHECK_DIGIT',
        severity: 'error',
        path: 'entries.3.number',
        message: '“有效发明专利清单”第 4 条的专利号“ZL202110215728.5”校验位不正确（按前 12 位数字计算应为 6），请对照专利证书核对。'
      }
    ])
  })

  it('refuses a wrong check digit written as X', () => {
    expect(blocking(patents((e) => (e[0].fields.number = 'ZL202210139768.X')))).toEqual([
      {
        code: 'PATENT_CHECK_DIGIT',
        severity: 'error',
        path: 'entries.0.number',
        message: '“有效发明专利清单”第 1 条的专利号“ZL202210139768.X”校验位不正确（按前 12 位数字计算应为 1），请对照专利证书核对。'
      }
    ])
  })

  it('accepts the published examples, with or without ZL', () => {
    const a = patents((e) => {
      e[0].fields.number = 'ZL202110215728.6'
      e[1].fields.number = 'ZL202210139768.1'
      e[2].fields.number = '201710601862.3'
    })
    expect(blocking(a)).toEqual([])
  })

  it('refuses a PCT application number and says where PCT applications are counted', () => {
    expect(blocking(patents((e) => (e[7].fields.number = 'PCT/CN2023/080164')))).toEqual([
      {
        code: 'PATENT_PCT_IN_LIST',
        severity: 'error',
        path: 'entries.7.number',
        message:
          '“有效发明专利清单”第 8 条的“PCT/CN2023/080164”是 PCT 国际申请号，不是中国专利号：PCT 申请请计入“集群中小企业PCT国际专利申请量”，本清单填写中国专利号，例如 ZL202110215728.6。'
      }
    ])
  })

  it('refuses a utility-model number (type 2) listed as 发明专利', () => {
    expect(blocking(patents((e) => (e[2].fields.number = 'ZL202120215728.1')))).toEqual([
      {
        code: 'PATENT_TYPE_MISMATCH',
        severity: 'error',
        path: 'entries.2.number',
        message: '“有效发明专利清单”第 3 条的专利号“ZL202120215728.1”是实用新型专利（类型码 2），与“类型”所填的“发明专利”不一致；发明专利的类型码为 1 或 8。'
      }
    ])
  })

  it('refuses a number that is not in the patent format', () => {
    expect(blocking(patents((e) => (e[5].fields.number = 'ZL2021102157.6')))).toEqual([
      {
        code: 'PATENT_NUMBER_INVALID',
        severity: 'error',
        path: 'entries.5.number',
        message: '“有效发明专利清单”第 6 条的专利号“ZL2021102157.6”格式不正确：应为申请年份（4位）+ 专利类型（1位）+ 流水号（7位）+“.”+ 校验位，例如 ZL202110215728.6。'
      }
    ])
  })

  it('refuses the same patent twice, however it is written', () => {
    const a = patents((e) => {
      e[1].fields.number = 'ZL202110215728.6'
      e[9].fields.number = '２０２１１０２１５７２８．６'
    })
    expect(blocking(a)).toEqual([
      {
        code: 'LIST_DUPLICATE',
        severity: 'error',
        path: 'entries.9.number',
        message: '“有效发明专利清单”第 10 条与第 2 条的“专利号或证书号”重复（２０２１１０２１５７２８．６），请删除重复的一条。'
      }
    ])
  })

  it('refuses an application year after this year', () => {
    expect(blocking(patents((e) => (e[4].fields.number = 'ZL203110215728.X')))).toEqual([
      {
        code: 'LIST_YEAR_IN_FUTURE',
        severity: 'error',
        path: 'entries.4.number',
        message: '“有效发明专利清单”第 5 条的“专利号或证书号”中的年份 2031 晚于今年（2024年），请核对。'
      }
    ])
  })

  it('reads no patent format into the numbers of other types (植物新品种 has its own certificate)', () => {
    const a = patents((e) => {
      e[0].fields.type = '植物新品种'
      e[0].fields.number = 'CNA20191234.5'
    })
    expect(blocking(a)).toEqual([])
  })
})

describe('standard numbers in 标准清单', () => {
  const at = (e: Entry[], category: string) => e.findIndex((x) => x.fields.category === category)

  it('refuses a standard number without its year', () => {
    let i = -1
    const a = standards((e) => {
      i = at(e, '国家')
      e[i].fields.code = 'GB/T 39916'
    })
    expect(blocking(a)).toEqual([
      {
        code: 'STANDARD_YEAR_MISSING',
        severity: 'error',
        path: `entries.${i}.code`,
        message: `“标准清单”第 ${i + 1} 条的标准号“GB/T 39916”缺少年份，请写成“GB/T 39916—发布年份”，例如 GB/T 1.1—2020。`
      }
    ])
  })

  it('refuses an industry standard (NY/T) entered as 国家 even when the count table was adjusted to match', () => {
    let i = -1
    const a = standards((e) => {
      i = at(e, '国家')
      e[i].fields.code = 'NY/T 1234—2020'
    })
    expect(blocking(a)).toEqual([
      {
        code: 'STANDARD_CATEGORY_MISMATCH',
        severity: 'error',
        path: `entries.${i}.category`,
        message: `“标准清单”第 ${i + 1} 条的标准号“NY/T 1234—2020”是行业标准，“类别”却填写为“国家”，请核对。`
      }
    ])
  })

  it('accepts each family in its own column, with any of the three dashes', () => {
    const a = standards((e) => {
      e[at(e, '国家')].fields.code = 'GB/T 1.1-2020'
      e[at(e, '行业')].fields.code = 'QB/T 5678–2021'
      e[at(e, '团体')].fields.code = 'T/CAS 290—2017'
      e[at(e, '国际')].fields.code = 'ISO/IEC 27001:2022'
    })
    expect(blocking(a)).toEqual([])
  })

  it('says a Shandong local standard has no column in the printed table', () => {
    let i = -1
    const a = standards((e) => {
      i = at(e, '行业')
      e[i].fields.code = 'DB37/T 4321—2021'
    })
    expect(blocking(a)).toEqual([
      {
        code: 'STANDARD_LOCAL_NO_COLUMN',
        severity: 'error',
        path: `entries.${i}.code`,
        message: `“标准清单”第 ${i + 1} 条的“DB37/T 4321—2021”是地方标准；申报表的标准数量表只有国际、国家、行业、团体四类，没有地方标准一栏，地方标准不能计入，请删除该条或核对标准号。`
      }
    ])
  })

  it('refuses a code it cannot read, with examples of each family', () => {
    const a = standards((e) => (e[0].fields.code = '国标39916—2021'))
    expect(blocking(a)).toEqual([
      {
        code: 'STANDARD_NUMBER_INVALID',
        severity: 'error',
        path: 'entries.0.code',
        message: '“标准清单”第 1 条的标准号“国标39916—2021”无法识别，请按“代号 编号—年份”填写，例如 GB/T 1.1—2020、JB/T 10090—2019、T/CAS 290—2017、ISO 9001:2015。'
      }
    ])
  })

  it('refuses the same standard listed twice, whichever dash it is written with', () => {
    const a = standards((e) => (e[4].fields.code = e[3].fields.code.replace('—', '-')))
    const code = entriesOf('s3.standardsList')[3].fields.code.replace('—', '-')
    expect(blocking(a)).toEqual([
      { code: 'LIST_DUPLICATE', severity: 'error', path: 'entries.4.code', message: `“标准清单”第 5 条与第 4 条的“标准号”重复（${code}），请删除重复的一条。` }
    ])
  })
})

describe('years in the other lists', () => {
  it('refuses a branch founded in 2031', () => {
    const a = withEntries('s6.branchList', (e) => (e[2].fields.year = '2031'))
    expect(blocking(a)).toEqual([
      {
        code: 'LIST_YEAR_IN_FUTURE',
        severity: 'error',
        path: 'entries.2.year',
        message: '“境外分支机构清单”第 3 条的“设立年份”中的年份 2031 晚于今年（2024年），请核对。'
      }
    ])
  })

  it('judges “this year” by the injected clock', () => {
    const a = withEntries('s6.branchList', (e) => (e[2].fields.year = '2031'))
    expect(check(a, { level: 'submit', now: new Date('2031-06-01T00:00:00Z') }).filter((f) => f.code === 'LIST_YEAR_IN_FUTURE')).toEqual([])
  })

  it('refuses a grant date after today', () => {
    const a = patents((e) => (e[0].fields.grantDate = '2024-04-02'))
    expect(blocking(a)).toEqual([
      { code: 'DATE_IN_FUTURE', severity: 'error', path: 'entries.0.grantDate', message: '“有效发明专利清单·授权日期”晚于今天（2024-04-01），请核对。' }
    ])
  })

  it('refuses the same green factory listed twice at the same level', () => {
    const a = withEntries('s5.greenList', (e) => (e[1].fields.name = e[0].fields.name))
    expect(blocking(a)).toEqual([
      {
        code: 'LIST_DUPLICATE',
        severity: 'error',
        path: 'entries.1.name',
        message: '“绿色制造体系清单”第 2 条与第 1 条的“名称”重复（潍坊动力机械有限公司），请删除重复的一条。'
      }
    ])
  })
})
