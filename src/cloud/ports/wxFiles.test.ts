import { createWxFiles } from './wxFiles'

test('the WeChat file port uploads the bytes as fileContent under the given cloud path and returns the fileID', async () => {
  const calls: { cloudPath: string; fileContent: Buffer }[] = []
  const files = createWxFiles({
    uploadFile: async (o) => {
      calls.push(o)
      return { fileID: `cloud://env-1.7072/${o.cloudPath}` }
    }
  })
  expect(await files.put('exports/app_1/abc.docx', Uint8Array.from([80, 75, 3, 4]))).toBe('cloud://env-1.7072/exports/app_1/abc.docx')
  expect(calls.map((c) => [c.cloudPath, Buffer.isBuffer(c.fileContent), [...c.fileContent]])).toEqual([['exports/app_1/abc.docx', true, [80, 75, 3, 4]]])
})

test('an upload failure reaches the handler (runDefinition turns it into INTERNAL), never a silent success', async () => {
  const files = createWxFiles({ uploadFile: async () => Promise.reject(new Error('uploadFile:fail storage quota')) })
  await expect(files.put('exports/a/b.docx', new Uint8Array(1))).rejects.toThrow('uploadFile:fail storage quota')
})
