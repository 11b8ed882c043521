import { DATE_BLANK, FORM, getSection, type Item, type Section } from '../form'
import type { Answer, Answers } from '../rules'
import { COMPLETE_APPLICATION, withAnswer } from '../../test/fixtures/completeApplication'
import { readDocx, type DocxTable, type ReadDocx } from '../../test/helpers/docxReader'
import { EVIDENCE_LIST_TITLE, EVIDENCE_ANNEX_TITLE, contentHash, draftNotice, exportDocx } from './index'

type Rec = Record<string, any>
const A = COMPLETE_APPLICATION as Record<string, Answer>
const val = (id: string) => A[id].value as any

let doc: ReadDocx
let fileName: string
let hash: string
beforeAll(async () => {
  const file = await exportDocx({ answers: COMPLETE_APPLICATION, version: 7 })
  fileName = file.fileName
  hash = file.hash
  doc = await readDocx(file.bytes)
})

const tableAfter = (heading: string): DocxTable => {
  const t = doc.tables.find((x) => x.before === heading)
  if (!t) throw new Error(`no table after ${heading}`)
  return t
}

/** Walks a section's table in printed order: each label is looked for after the previous one, so repeated labels (联系人) resolve to their own group. */
function rowCursor(table: DocxTable) {
  let at = 0
  return (label: string): { row: string[]; index: number; col: number } => {
    for (let i = at; i < table.rows.length; i++) {
      const col = table.rows[i].indexOf(label)
      if (col >= 0) {
        at = i + 1
        return { row: table.rows[i], index: i, col }
      }
    }
    throw new Error(`label not found in order: ${label}`)
  }
}

const optionLines = (item: Extract<Item, { kind: 'choice' | 'checklist' }>, ticked: string[]) => item.options.map((o) => `${ticked.includes(o.id) ? '☑' : '☐'}${o.label}`)

/** The value cell expected beside a one-cell item, written from the fixture and the printed form, not from the exporter. */
function expectedValue(item: Item): string | null {
  const v = A[item.id]?.value
  switch (item.kind) {
    case 'text':
    case 'phone':
    case 'textBlock':
      return v as string
    case 'number':
      // The unit once: after the number, or in the label (“比例（%）”) and then not after the number.
      return [item.label.endsWith(`（${item.unit}）`) ? `${v}` : `${v} ${item.unit}`, ...(item.note ? [item.note] : [])].join('\n')
    case 'choice':
      return [optionLines(item, [v as string]).join('  '), ...(item.note ? [item.note] : [])].join('\n')
    case 'checklist':
      return [...(item.prompt ? [item.prompt] : []), ...optionLines(item, (v as Rec).ticked), item.note].join('\n')
    case 'countGroup':
      return [...item.counts.map((c) => `${c.label} ${(v as Rec)[c.id]}`), item.note].join('\n')
    default:
      return null
  }
}

const TABLE_SECTIONS = FORM.sections.filter((s) => !['cover', 's8', 's9'].includes(s.id))

describe('the exported 申报表 (complete application)', () => {
  test('the cover prints each cover cell as “label：value”, mirrored cells from section 一, the date in Chinese', () => {
    const cover = doc.tables[0]
    expect(cover.rows).toEqual([
      ['集群名称：', '潍坊市坊子区动力装备特色产业集群'],
      ['所属地区：', '潍坊市坊子区'],
      ['县级行政区划中小企业主管部门（盖章）：', '潍坊市坊子区工业和信息化局'],
      ['集群运营管理机构：', '潍坊市坊子区动力装备产业园管理委员会'],
      ['申报时间：', '2024年3月15日'],
      ['联系人及联系电话：', '王建国 0536-7581234']
    ])
    expect(doc.paragraphs).toEqual(expect.arrayContaining([FORM.attachmentMark, FORM.title, FORM.issuer, FORM.instructionsTitle, ...FORM.instructions.map((i) => i.text)]))
  })

  test.each(TABLE_SECTIONS.map((s) => [s.title, s] as [string, Section]))('%s: every label sits in the first cell of its row with its value beside it', (_, section) => {
    const find = rowCursor(tableAfter(section.title))
    let checked = 0
    for (const item of section.items) {
      const expected = expectedValue(item)
      if (expected === null) continue
      const { row, col } = find(item.label)
      expect([item.id, row[col + 1]]).toEqual([item.id, expected])
      checked++
    }
    expect(checked).toBeGreaterThan(0)
  })

  test('year rows fill the three year columns under “年度 | 2021年 | 2022年 | 2023年”, one grid column per year each three wide', () => {
    const t = tableAfter('二、主导产业情况')
    expect(t.rows[0]).toEqual(['年度', '2021年', '2022年', '2023年'])
    expect(t.spans[0]).toEqual([1, 3, 3, 3])
    const find = rowCursor(t)
    for (const item of getSection('s2').items) {
      if (item.kind !== 'yearRow') continue
      const v = val(item.id)
      expect(find(item.label).row).toEqual([item.label, v['2021'], v['2022'], v['2023']])
    }
    expect(rowCursor(t)('近三年主导产业产值年均增速（%）').row).toEqual(['近三年主导产业产值年均增速（%）', '12.46'])
    expect(rowCursor(tableAfter('三、创新能力情况'))('集群中小企业近三年研发投入强度（%）').row).toEqual(['集群中小企业近三年研发投入强度（%）', '3.20', '3.45', '3.78'])
  })

  test('the standards matrix prints 类别 | 主持数量 | 参与数量 under each year with the counts per category', () => {
    const t = tableAfter('三、创新能力情况')
    const { index } = rowCursor(t)('集群中小企业近三年主持（起草单位排名前三位）或参与制修订标准数量情况\n（需提供清单）')
    expect(t.rows[index].slice(1)).toEqual(['类别', '主持数量', '参与数量', '类别', '主持数量', '参与数量', '类别', '主持数量', '参与数量'])
    expect(t.rows[index + 1]).toEqual(['', '国际', '0', '0', '国际', '0', '0', '国际', '0', '1'])
    expect(t.rows[index + 2]).toEqual(['', '国家', '1', '2', '国家', '0', '1', '国家', '1', '0'])
    expect(t.rows[index + 3]).toEqual(['', '行业', '2', '1', '行业', '1', '0', '行业', '1', '2'])
    expect(t.rows[index + 4]).toEqual(['', '团体', '1', '0', '团体', '2', '1', '团体', '1', '0'])
  })

  test('the platforms print 数量 and 名称 per tier, the label with its note merged over the three tiers', () => {
    const t = tableAfter('三、创新能力情况')
    const { index } = rowCursor(t)('创新平台建设情况\n（需提供清单及佐证材料）')
    expect(t.rows.slice(index, index + 3)).toEqual([
      ['创新平台建设情况\n（需提供清单及佐证材料）', '国家制造业创新中心或国家级创新平台名称及数量', '数量：1 个\n名称：国家内燃机零部件质量检验检测中心（潍坊）'],
      ['', '省级制造业创新中心或省级创新平台名称及数量', '数量：3 个\n名称：山东省动力装备制造业创新中心、山东省内燃机电控工程技术研究中心、山东省精密铸造重点实验室'],
      ['', '其他平台名称及数量', '数量：2 个\n名称：潍坊市动力装备产业公共技术服务平台、坊子区中小企业数字化转型促进中心']
    ])
  })

  test('工业软件采购金额 has its own year header row, and the CO₂ intensity is printed one row per year with the formula note', () => {
    const s4 = tableAfter('四、数字化升级情况')
    const { index } = rowCursor(s4)('工业软件采购金额（万元）')
    expect(s4.rows[index]).toEqual(['工业软件采购金额（万元）', '2021年', '2022年', '2023年'])
    expect(s4.rows[index + 1]).toEqual(['', '1860.50', '2235.80', '2710.40'])
    const group = rowCursor(s4)('数字化新模式新业态推广情况')
    expect(group.row).toEqual(['数字化新模式新业态推广情况', '智能制造、工业互联网以及其它新模式新业态试点示范建设或应用情况（200字以内）', val('s4.newModeNarrative')])
    expect(s4.rows[group.index + 1][0]).toBe('')
    expect(s4.rows[group.index + 1][1]).toBe('集群已开展的数字化新模式新业态推广工作')

    const s5 = tableAfter('五、绿色化转型情况')
    const co2 = rowCursor(s5)('近三年单位产值二氧化碳排放量（吨二氧化碳/万元）')
    expect(s5.rows.slice(co2.index, co2.index + 4)).toEqual([
      ['近三年单位产值二氧化碳排放量（吨二氧化碳/万元）', '2021年', '0.42'],
      ['', '2022年', '0.39'],
      ['', '2023年', '0.36'],
      ['', '（注：单位产值二氧化碳排放量需提供计算公式）']
    ])
    expect(s5.rows[co2.index + 4]).toEqual(['单位产值二氧化碳排放量计算公式', val('s5.co2Formula')])
  })

  test('every itemised list follows its section as a table: 序号 and the printed columns, one row per entry in order', () => {
    for (const item of FORM.sections.flatMap((s) => s.items)) {
      if (item.kind !== 'itemList') continue
      const t = tableAfter(item.label)
      const entries = val(item.id).entries as { fields: Record<string, string> }[]
      expect(t.rows[0]).toEqual(['序号', ...item.fields.map((f) => f.label)])
      expect(t.rows.slice(1)).toEqual(entries.map((e, i) => [String(i + 1), ...item.fields.map((f) => e.fields[f.id] ?? '')]))
    }
  })

  test('the plan prints its outline headings once, each part’s text under its heading, and the indicator table after 1.三年总体目标', () => {
    const p = doc.paragraphs
    const plan = getSection('s8').items[0]
    if (plan.kind !== 'plan') throw new Error('plan')
    const parts = val('s8.plan').parts as Record<string, string>
    for (const part of plan.parts) {
      const at = p.indexOf(part.label)
      expect([part.label, p[at + 1]]).toEqual([part.label, parts[part.id]])
    }
    expect(p.filter((x) => x === '四、未来三年特色产业集群发展规划')).toHaveLength(1)
    expect(p.filter((x) => x === '2.阶段性目标')).toHaveLength(1)
    const t = tableAfter(parts.overallGoals)
    expect(t.rows[0]).toEqual(['方向', '指标', '2023年基准值', '2026年目标值'])
    expect(t.rows[1]).toEqual(['主导产业', '集群产值年均增速', '12.46%', '12.50%'])
    expect(t.rows[2]).toEqual(['', '优质中小企业数量', '131家', '180家'])
    expect(t.rows.at(-1)).toEqual(['其它', '无', '', ''])
    expect(t.rows).toHaveLength(1 + 9 + 1)
  })

  test('section 九 prints the declaration and leaves the signature, stamp and date places blank, with room to sign and stamp', () => {
    const t = tableAfter('九、真实性声明及推荐意见')
    const declaration = getSection('s9').items[0]
    if (declaration.kind !== 'statement') throw new Error('statement')
    expect(t.rows[0]).toEqual(['真实性声明'])
    expect(t.rows[1][0].split('\n').map((l) => l.trim())).toEqual([
      declaration.text,
      '',
      '县级行政区划中小企业主管部门负责人（签字）：',
      '',
      '',
      '县级行政区划中小企业主管部门（公章）：',
      '',
      '',
      DATE_BLANK
    ])
    expect(t.rows[2]).toEqual(['市级中小企业主管部门推荐意见'])
    expect(t.rows[3][0].split('\n').map((l) => l.trim())).toEqual(['', '', '', '', '推荐单位（公章）：', '', '', DATE_BLANK])
  })

  test('the 佐证材料清单 lists every evidence reference with its row and what it proves', () => {
    const t = tableAfter(EVIDENCE_LIST_TITLE)
    expect(t.rows[0]).toEqual(['序号', '栏目', '证明事项', '材料编号'])
    expect(t.rows[1]).toEqual(['1', '集群已开展的产业链强链补链工作', '绘制产业链图谱，开展产业链培育', 'ev_s2.chainWork.1'])
    const refs = JSON.stringify(COMPLETE_APPLICATION).match(/"ev_[^"]+"/g) ?? []
    expect(t.rows.slice(1).map((r) => r[3]).sort()).toEqual(refs.map((r) => JSON.parse(r) as string).sort())
    expect(t.rows.find((r) => r[3] === 'ev_carbon')).toEqual([expect.any(String), '建立了集群碳排放监测机制', '是', 'ev_carbon'])
    expect(t.rows.find((r) => r[3] === 'ev_pp1')).toEqual([expect.any(String), '创新平台建设情况', '省级制造业创新中心或省级创新平台名称及数量：山东省内燃机电控工程技术研究中心', 'ev_pp1'])
    expect(doc.paragraphs).not.toContain(EVIDENCE_ANNEX_TITLE)
    expect(doc.mediaCount).toBe(0)
  })

  test('the footer carries the version and the short content hash of the answers; the file is named after the cluster', () => {
    expect(hash).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/)
    expect(doc.footers.join('\n')).toContain(`申报表版本 7 · 内容校验码 ${hash} · 第 `)
    expect(fileName).toBe('潍坊市坊子区动力装备特色产业集群_申报表_第7版.docx')
  })
})

describe('printing rules', () => {
  const exportOf = async (answers: Answers, extra: Partial<Parameters<typeof exportDocx>[0]> = {}) =>
    readDocx((await exportDocx({ answers, version: 1, ...extra })).bytes)

  test('numbers are printed with two decimals (counts whole), and a warning’s explanation is printed under the value', async () => {
    const answers = { ...withAnswer('s1.area', { value: '23.6', explanation: '含规划区' }), 's3.pctApplications': { value: '23' } } as Answers
    const d = await exportOf(answers)
    const find = rowCursor(d.tables.find((t) => t.before === '一、基本情况')!)
    // The label names the unit, so the number stands alone; a label without it (PCT 申请量) gets it after the number.
    expect(find('集群占地面积（平方公里）').row[1]).toBe('23.60\n（说明：含规划区）')
    expect(rowCursor(d.tables.find((t) => t.before === '三、创新能力情况')!)('集群中小企业PCT国际专利申请量').row[1]).toBe('23 件')
  })

  test('“无” is printed where the applicant has none: an empty list, a platform tier without names, “无” typed in a text', async () => {
    const answers = {
      ...withAnswer('s6.branchList', { value: { none: true, entries: [] } }),
      's6.overseasBranches': { value: '0' },
      's3.platforms': { value: { national: { count: '0', entries: [] }, provincial: { count: '0', entries: [] }, other: { count: '0', entries: [] } } },
      's2.chainNarrative': { value: '无' }
    } as Answers
    const d = await exportOf(answers)
    const at = d.paragraphs.indexOf('境外分支机构清单')
    expect(d.paragraphs[at + 1]).toBe('无')
    expect(d.tables.some((t) => t.before === '境外分支机构清单')).toBe(false)
    const s3 = d.tables.find((t) => t.before === '三、创新能力情况')!
    expect(rowCursor(s3)('国家制造业创新中心或国家级创新平台名称及数量').row.at(-1)).toBe('数量：0 个\n名称：无')
    expect(rowCursor(d.tables.find((t) => t.before === '二、主导产业情况')!)('集群产业链强链补链情况（200字以内）').row[1]).toBe('无')
  })

  test('an unanswered cell stays blank and every box stays ☐, so a draft can be printed and filled by hand', async () => {
    const d = await exportOf({})
    const s1 = d.tables.find((t) => t.before === '一、基本情况')!
    expect(rowCursor(s1)('集群名称').row).toEqual(['集群名称', ''])
    expect(rowCursor(s1)('主导产业所属产业类型').row[1]).toBe('☐第一产业  ☐第二产业  ☐第三产业')
    expect(d.tables.find((t) => t.before === EVIDENCE_LIST_TITLE)).toBeUndefined()
  })

  test('the city’s opinion, once written, is printed above its stamp place', async () => {
    const d = await exportOf({ ...COMPLETE_APPLICATION, 's9.cityOpinion': { value: '经审核，同意推荐。' } })
    const t = d.tables.find((x) => x.before === '九、真实性声明及推荐意见')!
    expect(t.rows[3][0].split('\n')[0]).toBe('经审核，同意推荐。')
  })

  test('a copy exported with open errors or unexplained warnings says so on page 1', async () => {
    const d = await exportOf(COMPLETE_APPLICATION, { openIssues: 3 })
    expect(d.paragraphs.slice(0, 3)).toContain(draftNotice(3))
    expect(draftNotice(3)).toBe('（本稿尚有3处需修改或说明，非最终申报版本）')
    expect(doc.paragraphs).not.toContain(draftNotice(3))
  })

  test('photos given for evidence references are placed in the annex, each with its claim as caption', async () => {
    // 1×1 PNG; the evidence module will pass real compressed photos keyed by the same references.
    const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'))
    const d = await exportOf(COMPLETE_APPLICATION, { photos: [{ ref: 'ev_carbon', type: 'png', data: png, width: 800, height: 600 }] })
    expect(d.mediaCount).toBe(1)
    const at = d.paragraphs.indexOf(EVIDENCE_ANNEX_TITLE)
    expect(at).toBeGreaterThan(0)
    expect(d.paragraphs.slice(at)).toContainEqual(expect.stringMatching(/^\d+\. 建立了集群碳排放监测机制：是（ev_carbon）$/))
  })

  test('the content hash ignores key order and changes with any value', () => {
    const reordered = Object.fromEntries(Object.entries(COMPLETE_APPLICATION).reverse())
    expect(contentHash(reordered)).toBe(contentHash(COMPLETE_APPLICATION))
    expect(contentHash(withAnswer('s2.leadingCagr', { value: '12.47' }) as Answers)).not.toBe(contentHash(COMPLETE_APPLICATION))
  })
})
