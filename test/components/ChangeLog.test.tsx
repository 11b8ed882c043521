import { act, cleanup, fireEvent, render } from '@testing-library/react'
import { ChangeLog } from '../../src/components/ChangeLog'
import { FormTable } from '../../src/components/FormTable'
import { findItem, getSection, type Item } from '../../src/form'
import type { Answers } from '../../src/rules'
import { cloudCalls, mockCloud } from '../helpers/mockCloud'

const SESSION = { token: 'c'.repeat(64), openid: 'local_a', displayName: '王主任' }
const texts = (selector: string) => Array.from(document.querySelectorAll(selector), (n) => n.textContent)
const area = findItem('s1.area') as Item
const audit = (version: number, oldValue: string | null, newValue: string, byName: string) => ({ appId: 'app1', itemId: 's1.area', version, oldValue, newValue, at: `2026-11-30T0${version}:00:00.000Z`, byName })

beforeEach(() => {
  cleanup()
  window.localStorage.setItem('cluster-declare.devSession', JSON.stringify(SESSION))
})

describe('修改记录 in the section table', () => {
  it('offers the record on answered items but not on empty ones or lists, and a tap on it does not open the question', () => {
    const answers: Answers = { 's1.area': { value: '12.50' }, 's3.standardsList': { value: { entries: [] } } }
    const opened: Item[] = []
    const edits: string[] = []
    render(<FormTable section={getSection('s1')} answers={answers} onEdit={(id) => void edits.push(id)} onHistory={(i) => void opened.push(i)} />)
    expect(texts('.ft-history')).toEqual(['修改记录'])
    fireEvent.click(document.querySelector('[data-item-id="s1.area"] .ft-history') as Element)
    expect(opened.map((i) => i.id)).toEqual(['s1.area'])
    expect(edits).toEqual([])
    cleanup()
    render(<FormTable section={getSection('s3')} answers={answers} onEdit={() => undefined} onHistory={() => undefined} />)
    expect(document.querySelector('[data-item-id="s3.standardsList"] .ft-history')).toBeNull()
  })

  it('reads every page of the record and shows the changes newest first, with who and the replaced value', async () => {
    mockCloud({
      fieldHistory: (body: { after: number }) =>
        body.after === 0
          ? { ok: true, data: { audit: [audit(1, null, '12.50', '李工')], history: [], next: 1 } }
          : { ok: true, data: { audit: [audit(2, '12.50', '13.00', '王主任')], history: [{ version: 1, conflict: true }], next: null } }
    })
    await act(async () => {
      render(<ChangeLog appId='app1' item={area} onClose={() => undefined} />)
    })
    expect(cloudCalls.map((c) => c.body)).toEqual([
      { appId: 'app1', itemId: 's1.area', after: 0 },
      { appId: 'app1', itemId: 's1.area', after: 1 }
    ])
    expect(texts('.changelog__title')).toEqual(['修改记录：集群占地面积（平方公里）'])
    expect(texts('.changelog__who')).toEqual(['2026年11月30日 10:00　王主任', '2026年11月30日 09:00　李工'])
    expect(texts('.changelog__text')).toEqual(['改为：13.00 平方公里', '填写：12.50 平方公里'])
    expect(texts('.changelog__before')).toEqual(['原为：12.50 平方公里'])
    expect(texts('.changelog__overwrote')).toEqual(['这次修改覆盖了一位同事刚填的内容（填写时未看到）。'])
  })

  it('says the record is empty, or why it could not be read, and closes', async () => {
    mockCloud({ fieldHistory: { ok: true, data: { audit: [], history: [], next: null } } })
    const onClose = jest.fn()
    await act(async () => {
      render(<ChangeLog appId='app1' item={area} onClose={onClose} />)
    })
    expect(texts('.changelog__note')).toEqual(['还没有修改记录。'])
    fireEvent.click(document.querySelector('.changelog__close') as Element)
    expect(onClose).toHaveBeenCalledTimes(1)
    cleanup()
    global.fetch = jest.fn(async () => {
      throw new TypeError('Failed to fetch')
    }) as unknown as typeof fetch
    await act(async () => {
      render(<ChangeLog appId='app1' item={area} onClose={onClose} />)
    })
    expect(texts('.changelog__error')).toEqual(['网络连接失败，请检查网络后重试。'])
    expect(texts('.changelog__note')).toEqual([])
  })
})
