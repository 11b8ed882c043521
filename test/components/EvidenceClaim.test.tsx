import { act, fireEvent, render, screen } from '@testing-library/react'
import { modalAnswer, modals, previews } from '../stand-ins/taro'
import type { Claim } from '../../src/rules'

const taken: unknown[] = []
const dropped: unknown[] = []
let takeResult: { ok: true; added: number } | { ok: false; message: string } = { ok: true, added: 2 }
jest.mock('../../src/evidence/session', () => ({
  takePhotos: async (...args: unknown[]) => {
    taken.push(args)
    return takeResult
  },
  dropPhoto: (...args: unknown[]) => void dropped.push(args),
  fillEntry: () => ({ ok: true, message: '' })
}))
let views: { hash: string; url: string | null; state: string; refusal: string | null }[] = []
jest.mock('../../src/evidence/usePhotos', () => ({
  usePhotos: () => views,
  readPhoto: async () => null
}))

import { EvidenceClaim } from '../../src/components/EvidenceClaim'

const claim = (refs: string[]): Claim => ({ itemId: 's2.chainWork', target: 's2.chainWork.1', key: 's2.chainWork.1', what: '绘制产业链图谱，开展产业链培育', refs })
const texts = (selector: string) => Array.from(document.querySelectorAll(selector), (n) => n.textContent)

beforeEach(() => {
  taken.length = 0
  dropped.length = 0
  modals.length = 0
  previews.length = 0
  modalAnswer.confirm = true
  views = []
})

describe('one claim that needs proof', () => {
  it('without photos says it is missing and offers the camera and the album to a member who may write it, nothing to a reviewer', () => {
    const { unmount } = render(<EvidenceClaim appId='a1' claim={claim([])} editable onChanged={() => undefined} />)
    expect(texts('.evidence-claim__what')).toEqual(['绘制产业链图谱，开展产业链培育'])
    expect(texts('.evidence-claim__status')).toEqual(['缺少佐证材料'])
    expect(texts('.evidence-claim__actions span, .evidence-claim__actions *').filter(Boolean)).toEqual(expect.arrayContaining(['拍照', '从相册选']))
    unmount()
    render(<EvidenceClaim appId='a1' claim={claim([])} editable={false} onChanged={() => undefined} />)
    expect(document.querySelector('.evidence-claim__camera')).toBeNull()
  })

  it('names where each photo stands, with the reason of a refused one', () => {
    views = [
      { hash: 'h1', url: 'blob:1', state: 'onDevice', refusal: null },
      { hash: 'h2', url: 'blob:2', state: 'uploading', refusal: null },
      { hash: 'h3', url: 'https://x/3', state: 'uploaded', refusal: null },
      { hash: 'h4', url: null, state: 'elsewhere', refusal: null },
      { hash: 'h5', url: 'blob:5', state: 'refused', refusal: '这个文件不是可以打开的 JPEG 照片，请重新拍照或选择。' }
    ]
    render(<EvidenceClaim appId='a1' claim={claim(['h1', 'h2', 'h3', 'h4', 'h5'])} editable onChanged={() => undefined} />)
    expect(texts('.evidence-claim__status')).toEqual(['已有 5 张照片'])
    expect(texts('.evidence-claim__state')).toEqual([
      '待上传',
      '上传中，网络恢复后自动重试',
      '已上传',
      '尚未上传（照片还在拍摄人的手机上）',
      '上传失败：这个文件不是可以打开的 JPEG 照片，请重新拍照或选择。'
    ])
    fireEvent.click(document.querySelectorAll('.evidence-claim__thumb')[2])
    expect(previews).toEqual([{ current: 'https://x/3', urls: ['blob:1', 'blob:2', 'https://x/3', 'blob:5'] }])
  })

  it('takes photos from the camera and says how many were added; a refusal is shown in full', async () => {
    const changed = jest.fn()
    render(<EvidenceClaim appId='a1' claim={claim([])} editable onChanged={changed} />)
    await act(async () => {
      fireEvent.click(screen.getByText('拍照'))
    })
    expect(taken).toEqual([['a1', claim([]), 'camera']])
    expect(texts('.evidence-claim__message')).toEqual(['已添加 2 张照片。'])
    expect(changed).toHaveBeenCalledTimes(1)
    takeResult = { ok: false, message: '照片超过 10 MB，无法使用，请重新拍照或选择较小的照片。' }
    await act(async () => {
      fireEvent.click(screen.getByText('从相册选'))
    })
    expect(texts('.evidence-claim__message')).toEqual(['照片超过 10 MB，无法使用，请重新拍照或选择较小的照片。'])
    takeResult = { ok: true, added: 2 }
  })

  it('asks before removing a photo, saying the claim will need proof again; keeping it changes nothing', async () => {
    views = [{ hash: 'h1', url: 'blob:1', state: 'uploaded', refusal: null }]
    render(<EvidenceClaim appId='a1' claim={claim(['h1'])} editable onChanged={() => undefined} />)
    modalAnswer.confirm = false
    await act(async () => {
      fireEvent.click(screen.getByText('删除'))
    })
    expect(modals).toEqual([{ title: '删除照片', content: '删除后“绘制产业链图谱，开展产业链培育”需要重新提供佐证材料。确定删除吗？' }])
    expect(dropped).toEqual([])
    modalAnswer.confirm = true
    await act(async () => {
      fireEvent.click(screen.getByText('删除'))
    })
    expect(dropped).toEqual([['a1', claim(['h1']), 'h1']])
    expect(texts('.evidence-claim__message')).toEqual(['照片已删除。'])
  })
})
