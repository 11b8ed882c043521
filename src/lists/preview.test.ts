import { listItem } from './columns'
import { parseDelimited } from './delimited'
import { buildPreview, importedValue, type ListEntryValue } from './preview'
import { PATENT_HEADER, THREE_ERRORS, patentNumber, patentRows, toCsv, wrongCheckDigit } from '../../test/fixtures/patentRows'

const now = new Date('2024-03-01T08:00:00Z')
const patents = listItem('s3.patentList')!
let n = 0
const newId = () => `e${++n}`
const preview = (text: string, existing: ListEntryValue[] = []) => buildPreview(patents, parseDelimited(text), { existing, now, newId })

describe('list import preview', () => {
  it('reads 412 patent rows, names the 3 planted errors by row and keeps the 409 others', () => {
    const p = preview(toCsv(PATENT_HEADER, patentRows(412, THREE_ERRORS)))
    expect(p.total).toBe(412)
    expect(p.entries).toHaveLength(409)
    expect(p.problems.map((x) => x.row)).toEqual([17, 120, 301])
    expect(p.summary).toBe(
      `共 412 行，409 行可导入，3 行有问题：第 17 行“专利号或证书号”：“有效发明专利清单”第 17 行的专利号“${wrongCheckDigit(100015)}”校验位不正确（按前 12 位数字计算应为 ${patentNumber(100015).slice(-1)}），请对照专利证书核对；` +
        '第 120 行“权利人”：“有效发明专利清单”第 120 行缺少“权利人”；' +
        `第 301 行“专利号或证书号”：“有效发明专利清单”第 301 行与第 2 行的“专利号或证书号”重复（${patentNumber(100000)}），请删除重复的一条。`
    )
  })

  it('names the spreadsheet column of a row problem', () => {
    const p = preview(toCsv(PATENT_HEADER, patentRows(3, { 3: 'checkDigit' })))
    expect(p.problems[0]).toMatchObject({ row: 3, column: 'C', field: '专利号或证书号' })
  })

  it('reads tab-separated rows pasted from a spreadsheet', () => {
    const p = preview(toCsv(PATENT_HEADER, patentRows(5), '\t'))
    expect(p.entries.map((e) => e.fields.number)).toEqual([0, 1, 2, 3, 4].map((i) => patentNumber(100000 + i)))
  })

  it('accepts headers written with spaces and a required mark', () => {
    const p = preview(toCsv(['名 称*', '类型', '专利号或证书号', '权利人', '授权日期'], patentRows(2)))
    expect(p.refused).toEqual([])
    expect(p.entries).toHaveLength(2)
  })

  it('refuses a header that is not one of the printed columns, naming the row and column', () => {
    const p = preview(toCsv(['名称', '类型', '专利号', '权利人', '授权日期'], patentRows(2)))
    expect(p.entries).toEqual([])
    expect(p.refused.map((x) => x.message)).toEqual([
      '第 1 行第 C 列的表头“专利号”不是“有效发明专利清单”的列，应为：名称、类型、专利号或证书号、权利人、授权日期。',
      '表头缺少“专利号或证书号”列，应为：名称、类型、专利号或证书号、权利人、授权日期。'
    ])
    expect(p.summary).toBe(`无法导入：${p.refused.map((x) => x.message).join('')}`)
  })

  it('reads rows pasted without their header in the printed column order, and says so', () => {
    const p = preview(toCsv(PATENT_HEADER, patentRows(2), '\t').split('\r\n').slice(1).join('\r\n'))
    expect(p.entries.map((e) => e.fields.holder)).toEqual(['山东示例1号科技有限公司', '山东示例2号科技有限公司'])
    expect(p.summary).toBe('未找到表头，已按“名称、类型、专利号或证书号、权利人、授权日期”的顺序读取各列。共 2 行，2 行可导入。')
  })

  it('says what the header should be when the text has no rows at all', () => {
    expect(preview('\n\n').refused.map((x) => x.message)).toEqual(['没有找到表头。第一行应为：名称、类型、专利号或证书号、权利人、授权日期。'])
  })

  it('refuses a column given twice', () => {
    const p = preview(toCsv([...PATENT_HEADER, '权利人'], patentRows(1).map((r) => [...r, 'x'])))
    expect(p.refused.map((x) => x.message)).toEqual(['第 1 行第 F 列的表头“权利人”重复出现，请删除多余的一列。'])
  })

  it('skips empty rows and says a file without data rows has none', () => {
    const rows = patentRows(2)
    const p = preview(toCsv(PATENT_HEADER, [rows[0], ['', '', '', '', ''], rows[1]]))
    expect(p.entries).toHaveLength(2)
    expect(p.emptyRowsSkipped).toBe(0) // the CSV reader drops blank lines already
    expect(preview(toCsv(PATENT_HEADER, [])).refused.map((x) => x.message)).toEqual(['表头下面没有数据行，请逐行填写后再导入。'])
  })

  it('does not count the template example row as an entry', () => {
    const example = ['一种高效节能电机控制方法', '发明专利', 'ZL202110215728.6', '山东示例电机有限公司', '2023-05-16']
    const p = preview(toCsv(PATENT_HEADER, [example, ...patentRows(2)]))
    expect(p.entries).toHaveLength(2)
    expect(p.summary).toBe('共 2 行，2 行可导入。模板中的示例行未计入。')
  })

  it('reads a year written 2021年 and a date written 2023年5月16日', () => {
    const p = preview(toCsv(PATENT_HEADER, [['一种装置', '发明专利', patentNumber(1), '某公司', '2023年5月16日']]))
    expect(p.entries[0].fields.grantDate).toBe('2023-05-16')
    const branches = listItem('s6.branchList')!
    const b = buildPreview(branches, parseDelimited('设立企业,分支机构名称,所在国家（地区）,设立年份\n甲公司,甲越南公司,越南,2021年\n'), { existing: [], now, newId })
    expect(b.entries[0].fields.year).toBe('2021')
  })

  it('refuses an option that is not printed, with the rule message', () => {
    const p = preview(toCsv(PATENT_HEADER, patentRows(2, { 3: 'badType' })))
    expect(p.problems.map((x) => x.message)).toEqual(['第 3 行“类型”：“有效发明专利清单·类型”的选项不在申报表所列选项中。'])
  })

  it('refuses more than 5,000 rows before checking any', () => {
    const p = preview(toCsv(PATENT_HEADER, patentRows(5001)))
    expect(p.refused.map((x) => x.message)).toEqual(['表格有 5001 行，超过一次导入 5000 行的上限，请分成几个文件导入。'])
  })

  it('skips, when appending, the rows the list already holds', () => {
    const existing = [{ id: 'old1', fields: { name: '旧', type: '发明专利', number: patentNumber(100001), holder: '某公司' } }]
    const p = preview(toCsv(PATENT_HEADER, patentRows(3)), existing)
    expect(p.entries).toHaveLength(3)
    expect(p.appendEntries.map((e) => e.fields.number)).toEqual([patentNumber(100000), patentNumber(100002)])
    expect(p.appendSkipped.map((x) => x.message)).toEqual([`第 3 行“专利号或证书号”与现有清单第 1 条重复（${patentNumber(100001)}），追加时不导入这一行。`])
    expect(importedValue(patents, p, 'append', existing)).toEqual({ ok: true, value: { entries: [existing[0], ...p.appendEntries] } })
    expect(importedValue(patents, p, 'replace', existing)).toEqual({ ok: true, value: { entries: p.entries } })
  })

  it('accepts a list larger than one answer may carry: lists are stored entry by entry', () => {
    const long = patentRows(500).map((r) => [`${r[0]}及其在高效节能电机控制系统中的应用`, r[1], r[2], `${r[3]}（有限合伙）`, r[4]])
    const p = buildPreview(patents, parseDelimited(toCsv(PATENT_HEADER, long)), { existing: [], now, newId: () => 'imp_00000000' })
    expect(p.entries).toHaveLength(500)
    const r = importedValue(patents, p, 'replace', [])
    expect(r.ok && r.value.entries).toHaveLength(500)
  })

  it('refuses to store a list longer than a list can hold (5000 entries)', () => {
    const p = preview(toCsv(PATENT_HEADER, patentRows(3)))
    const existing = Array.from({ length: 4999 }, (_, i) => ({ id: `e${i}`, fields: { name: `已有${i}`, number: `X${i}` } }))
    expect(importedValue(patents, p, 'append', existing.slice(0, 4997)).ok).toBe(true)
    const r = importedValue(patents, p, 'append', existing)
    expect(r).toEqual({ ok: false, problem: expect.objectContaining({ message: '“有效发明专利清单”最多保存 5000 条，导入后将有 5002 条，请删减后再导入。' }) })
  })
})

describe('delimited text', () => {
  it('keeps quoted commas, doubled quotes and line breaks inside a cell, numbering rows as the file does', () => {
    const t = parseDelimited('a,b\n"x, ""y""","line1\nline2"\n\nlast,row\n')
    expect(t).toEqual({
      ok: true,
      rows: [
        { row: 1, cells: ['a', 'b'] },
        { row: 2, cells: ['x, "y"', 'line1\nline2'] },
        { row: 5, cells: ['last', 'row'] }
      ]
    })
  })
})
