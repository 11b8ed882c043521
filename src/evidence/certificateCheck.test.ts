import { findItem } from '../form'
import { claimsOf } from '../rules'
import { fillFromCertificate, filledText, readingNote, typedNumberOf } from './certificateCheck'

const patents = findItem('s3.patentList')
const answer = { value: { entries: [{ id: 'p1', fields: { name: '一种齿轮箱润滑装置', number: 'ZL202010027357.4' } }, { id: 'p2', fields: { name: '一种曲轴' } }] } }
const reading = (value: string) => ({ title: '发明专利证书', number: { kind: 'patent' as const, value }, name: null, holder: null, date: null })

describe('checking a photographed certificate against its list entry', () => {
  test('the typed number of a patent entry is found; an entry without one is null; a tick is not a list entry', () => {
    const [first, second] = claimsOf(patents!, answer)
    expect(typedNumberOf(patents, answer, first)).toBe('ZL202010027357.4')
    expect(typedNumberOf(patents, answer, second)).toBeNull()
    const chain = findItem('s2.chainWork')
    const [tick] = claimsOf(chain!, { value: { ticked: ['s2.chainWork.1'] } })
    expect(typedNumberOf(chain, { value: { ticked: ['s2.chainWork.1'] } }, tick)).toBeUndefined()
  })

  test('the same number in another spelling agrees; another number is a warning naming both; no typed number proposes the read one', () => {
    expect(readingNote(reading('ZL 2020 1 0027357.4'), 'ZL202010027357.4')).toEqual({ kind: 'same', text: '照片中的编号 ZL 2020 1 0027357.4 与填写一致。' })
    expect(readingNote(reading('ZL202110123456.1'), 'ZL202010027357.4')).toEqual({
      kind: 'differs',
      text: '照片中证书上的编号是“ZL202110123456.1”，与填写的“ZL202010027357.4”不一致，请核对后修改，或换一张对应的证书照片。'
    })
    expect(readingNote(reading('ZL202010027357.4'), null)).toEqual({ kind: 'read', text: '照片中读到的编号：ZL202010027357.4' })
    expect(readingNote({ ...reading('x'), number: null }, 'ZL202010027357.4')).toBeNull()
  })
})

const NOW = new Date('2024-04-01T00:00:00Z')

describe('filling a list entry from its certificate', () => {
  const list = findItem('s3.patentList')!
  const entryAnswer = (fields: Record<string, string>) => ({ value: { entries: [{ id: 'p1', fields: { name: '一种曲轴', type: '发明专利', holder: '潍坊动力机械有限公司', ...fields } }] } })
  const read = { title: '发明专利证书', number: { kind: 'patent' as const, value: 'ZL202010027357.4' }, name: null, holder: null, date: '2022-07-28' }

  test('fills the empty number and date, says which, and keeps everything typed', () => {
    const a = entryAnswer({})
    const r = fillFromCertificate(list, a, claimsOf(list, a)[0], read, NOW)
    expect(r.ok && (r.answer.value as { entries: { fields: Record<string, string> }[] }).entries[0].fields).toMatchObject({ number: 'ZL202010027357.4', grantDate: '2022-07-28', name: '一种曲轴' })
    expect(r.ok && filledText(r.filled)).toBe('已按照片填入“专利号或证书号”、“授权日期”，请核对。')
  })

  test('never overwrites a typed number; with nothing left to fill it says so', () => {
    const a = entryAnswer({ number: 'ZL201910000001.5', grantDate: '2020-01-01' })
    expect(fillFromCertificate(list, a, claimsOf(list, a)[0], read, NOW)).toEqual({ ok: false, message: '照片中没有读到可以填入的内容，请在对话中填写。' })
  })

  test('a reading the rules refuse is not stored, with the rule message', () => {
    const a = entryAnswer({})
    const r = fillFromCertificate(list, a, claimsOf(list, a)[0], { ...read, date: '2022-13-45' }, NOW)
    expect(r).toEqual({ ok: false, message: '“有效发明专利清单·授权日期”不是有效日期，请按 2024-03-15 或 2024年3月15日 填写。' })
  })
})
