import { FORM, allItems, findItem, qualifiedLabel, sectionOf, sectionSummaries } from './index'

describe('form model integrity', () => {
  it('gives every item an id prefixed by its section', () => {
    for (const section of FORM.sections) {
      for (const item of section.items) expect(item.id.startsWith(`${section.id}.`)).toBe(true)
    }
  })

  it('points every mirror at an answerable item of the same kind', () => {
    for (const item of allItems().filter((i) => i.mirrorOf !== undefined)) {
      const source = findItem(item.mirrorOf!)
      expect(source?.kind).toBe(item.kind)
      expect(source?.mirrorOf).toBeUndefined()
    }
  })

  it('links every itemised list to count items that exist', () => {
    for (const item of allItems()) {
      if (item.kind !== 'itemList') continue
      for (const target of item.itemises) expect(findItem(target)).toBeDefined()
    }
  })

  it('gives options unique ids within the whole form', () => {
    const ids = allItems().flatMap((i) => (i.kind === 'choice' || i.kind === 'checklist' ? i.options.map((o) => o.id) : []))
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('marks every checklist whose note demands proof as needing evidence per tick', () => {
    for (const item of allItems()) {
      if (item.note?.includes('勾选需提供佐证材料')) expect(item.evidence).toBe('perTick')
    }
  })

  it('marks every row printed with 需提供清单及佐证材料 as needing a list and evidence', () => {
    for (const item of allItems()) {
      if (item.note?.includes('清单') && item.note.includes('佐证材料')) expect(item.evidence).toBe('listAndEvidence')
    }
  })

  it('limits narratives to 200 characters and the plan to 3000', () => {
    for (const item of allItems()) {
      if (item.kind === 'textBlock') expect(item.maxChars).toBe(200)
      if (item.kind === 'plan') expect(item.maxChars).toBe(3000)
    }
  })

  it('asks the 2021–2023 years in every year row', () => {
    for (const item of allItems()) if (item.kind === 'yearRow') expect(item.years).toEqual([2021, 2022, 2023])
  })

  it('finds the section of an item', () => {
    expect(sectionOf('s5.greenSystem')?.title).toBe('五、绿色化转型情况')
  })

  it('summarises each section with counts that add up to the answerable items', () => {
    const total = sectionSummaries().reduce((n, s) => n + s.answerableCount, 0)
    expect(total).toBe(allItems().filter((i) => i.mirrorOf === undefined && i.kind !== 'statement' && i.kind !== 'paperMark').length)
    console.log(`form model: ${allItems().length} items, ${total} answered in the app`)
  })
})

describe('labels as messages name them', () => {
  it('puts the printed group or section in front of a label the form prints more than once', () => {
    const label = (id: string) => qualifiedLabel(findItem(id)!)
    expect(['cover.contactName', 's1.authorityContact', 's1.operatorPhone', 's5.waterAboveAverage'].map(label)).toEqual([
      '封面·联系人',
      '县级行政区划中小企业主管部门·联系人',
      '集群运营管理机构·联系方式',
      '工业用水重复利用率（%）·是否高于行业平均水平'
    ])
    expect(label('s2.totalOutput')).toBe('集群总产值（亿元）')
  })
})
