import { createWxUploads } from './wxUploads'

describe('WeChat upload binding', () => {
  it('reads the path out of a cloud:// fileID', () => {
    const files = createWxUploads({ downloadFile: async () => ({ fileContent: Buffer.alloc(0) }) })
    expect(files.pathOf('cloud://prod-1a2b.7072-prod-1a2b-1300000000/imports/app_1/o_x/ab12cd34.xlsx')).toBe('imports/app_1/o_x/ab12cd34.xlsx')
    expect(files.pathOf('https://example.com/imports/a.xlsx')).toBeNull()
  })

  it('returns the downloaded bytes, null for a missing file, and rethrows other failures', async () => {
    const files = createWxUploads({
      downloadFile: async ({ fileID }) => {
        if (fileID.endsWith('gone.xlsx')) throw Object.assign(new Error('storage file not exists'), { errCode: -503003 })
        if (fileID.endsWith('boom.xlsx')) throw Object.assign(new Error('timeout'), { errCode: -504003 })
        return { fileContent: Buffer.from('abc') }
      }
    })
    expect(Buffer.from((await files.read('cloud://e.b/imports/a/b/ok.xlsx'))!).toString()).toBe('abc')
    expect(await files.read('cloud://e.b/imports/a/b/gone.xlsx')).toBeNull()
    await expect(files.read('cloud://e.b/imports/a/b/boom.xlsx')).rejects.toThrow('timeout')
  })
})
