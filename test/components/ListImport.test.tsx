import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { cloudCalls, mockCloud } from '../helpers/mockCloud'
import { ListImport } from '../../src/components/ListImport'

const SESSION = { token: 'c'.repeat(64), openid: 'local_a', displayName: '科技' }
const texts = (selector: string) => Array.from(document.querySelectorAll(selector), (n) => n.textContent)

/** A preview as previewListImport sends it (src/cloud/core/listImport.ts ImportPreviewResult). */
const preview = (over: Record<string, unknown>) => ({
  ok: true,
  data: {
    itemId: 's3.patentList',
    total: 409,
    importable: 409,
    appendable: 0,
    existing: 409,
    baseVersion: 410,
    summary: '共 409 行，409 行可导入。',
    refused: [],
    problems: [],
    problemCount: 0,
    appendSkipped: Array.from({ length: 100 }, (_, i) => ({ code: 'DUPLICATE_OF_EXISTING', row: i + 2, message: `第 ${i + 2} 行与现有清单第 ${i + 1} 条重复，追加时不导入这一行。` })),
    replaceRefused: null,
    appendRefused: null,
    ...over
  }
})

async function previewPasted(onStored = jest.fn()) {
  await act(async () => {
    render(<ListImport appId='app1' itemId='s3.patentList' onStored={onStored} />)
  })
  await act(async () => fireEvent.click(screen.getByText('粘贴表格内容')))
  await act(async () => fireEvent.change(document.querySelector('.list-import__textarea') as Element, { target: { value: '名称\t类型' } }))
  await act(async () => fireEvent.click(screen.getByText('预览')))
  return onStored
}

beforeEach(() => {
  cleanup()
  window.localStorage.setItem('cluster-declare.devSession', JSON.stringify(SESSION))
})

describe('the import panel under a list question', () => {
  it('counts the rows a re-imported file already has in one line instead of naming each', async () => {
    mockCloud({ previewListImport: preview({}) })
    await previewPasted()
    expect(texts('.list-import__problem')).toEqual(['没有可追加的新行：其余各行已在清单中或有问题。'])
    expect(texts('.list-import__note')).toEqual(['其中 409 行已在现有清单中：追加时不重复导入，替换时以这份表格为准。'])
    expect(texts('.list-import__replace')).toEqual(['替换为这 409 条（删除现有 409 条）'])
  })

  it('names one row already in the list on its own line', async () => {
    mockCloud({ previewListImport: preview({ total: 3, importable: 3, appendable: 2, existing: 409, appendSkipped: [{ code: 'DUPLICATE_OF_EXISTING', row: 4, message: '第 4 行与现有清单第 1 条重复，追加时不导入这一行。' }] }) })
    await previewPasted()
    expect(texts('.list-import__problem')).toEqual(['第 4 行与现有清单第 1 条重复，追加时不导入这一行。'])
    expect(texts('.list-import__note')).toEqual([])
  })

  it('stores a long list call by call from where the cloud stopped, then says what was stored', async () => {
    const froms: unknown[] = []
    mockCloud({
      previewListImport: preview({ existing: 0, appendable: 409, appendSkipped: [] }),
      confirmListImport: (body: { from?: number }) => {
        froms.push(body.from)
        const done = (body.from ?? 0) + 100
        return done < 410 ? { ok: true, data: { status: 'partial', done, total: 410 } } : { ok: true, data: { status: 'stored', added: 409, count: 409 } }
      }
    })
    const onStored = await previewPasted()
    await act(async () => fireEvent.click(screen.getByText('导入这 409 条')))
    expect(froms).toEqual([undefined, 100, 200, 300, 400])
    const confirms = cloudCalls.filter((c) => c.name === 'confirmListImport').map((c) => (c.body as { opId: string }).opId)
    expect(new Set(confirms).size).toBe(1) // one import, one id
    expect(onStored).toHaveBeenCalledWith('已导入 409 条，清单现有 409 条。')
  })
})

describe('an import cut off by the network', () => {
  it('tries a call again, then says what is stored and how to finish', async () => {
    let calls = 0
    mockCloud({
      previewListImport: preview({ existing: 0, appendable: 409, appendSkipped: [] }),
      confirmListImport: (body: { from?: number }) => {
        calls++
        return body.from === undefined ? { ok: true, data: { status: 'partial', done: 100, total: 410 } } : { ok: false, error: { code: 'NETWORK', message: '网络连接失败，请检查网络后重试。' } }
      }
    })
    const onStored = await previewPasted()
    await act(async () => fireEvent.click(screen.getByText('导入这 409 条')))
    expect(calls).toBe(4) // the first call, then the second three times
    expect(texts('.list-import__message')).toEqual(['网络连接失败，请检查网络后重试。已保存的前 100 项保留在清单中；请重新导入同一表格完成导入（已导入的行不会重复）。'])
    expect(onStored).not.toHaveBeenCalled()
  })
})
