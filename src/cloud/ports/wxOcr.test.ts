import { createWxOcr, type WxOcrApi } from './wxOcr'

const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])

function fakeCloud(reply: () => Promise<unknown>) {
  const calls: Array<{ contentType: string; value: Buffer }> = []
  const cloud = { openapi: { ocr: { printedText: async (o: { img: { contentType: string; value: Buffer } }) => (calls.push(o.img), reply()) } } }
  return { cloud: cloud as unknown as WxOcrApi, calls }
}

test('sends the JPEG as a cloud-call file and joins the recognised lines', async () => {
  const { cloud, calls } = fakeCloud(async () => ({ errCode: 0, errMsg: 'openapi.ocr.printedText:ok', items: [{ text: '发明专利证书' }, { text: '专利号：ZL 2021 1 0215728.6' }] }))
  expect(await createWxOcr(cloud).read(jpeg)).toEqual({ available: true, text: '发明专利证书\n专利号：ZL 2021 1 0215728.6' })
  expect(calls[0].contentType).toBe('image/jpeg')
  expect([...calls[0].value]).toEqual([...jpeg])
})

test('a PNG is sent as image/png', async () => {
  const { cloud, calls } = fakeCloud(async () => ({ errCode: 0, items: [] }))
  expect(await createWxOcr(cloud).read(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toEqual({ available: true, text: '' })
  expect(calls[0].contentType).toBe('image/png')
})

test('a quota or permission error is "unavailable", not a failure of the request', async () => {
  const { cloud } = fakeCloud(async () => ({ errCode: 45009, errMsg: 'reach max api daily quota limit' }))
  expect(await createWxOcr(cloud).read(jpeg)).toEqual({ available: false, reason: 'ocr.printedText error 45009: reach max api daily quota limit' })
  const thrown = fakeCloud(() => Promise.reject({ errCode: -604101, errMsg: 'function has no permission to call this API' }))
  expect(await createWxOcr(thrown.cloud).read(jpeg)).toEqual({ available: false, reason: 'ocr.printedText failed: -604101 function has no permission to call this API' })
})
