import { findItem } from '../form'
import { claimsOf } from '../rules'
import { readingNote, typedNumberOf } from './certificateCheck'

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
