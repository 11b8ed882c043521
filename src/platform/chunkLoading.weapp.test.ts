/**
 * The weapp chunk loader, with stand-ins for what webpack and WeChat provide: webpack's runtime object
 * (`__webpack_require__`, whose `l(url, done)` loads a chunk) and WeChat's file-level `require`, whose
 * `require.async(path)` returns a promise for a file of another package
 * (https://developers.weixin.qq.com/miniprogram/dev/framework/subpackages/async.html).
 */
type Done = jest.Mock<void, [{ type: string; target: { src: string } }]>
const g = globalThis as unknown as { __webpack_require__: { l?: (url: string, done: Done) => void }; __non_webpack_require__: { async?: jest.Mock } }

async function load(url: string): Promise<Done> {
  const done: Done = jest.fn()
  g.__webpack_require__.l!(url, done)
  await new Promise((r) => setTimeout(r, 0))
  return done
}

beforeEach(() => {
  g.__webpack_require__ = {}
  g.__non_webpack_require__ = { async: jest.fn(async () => ({})) }
  const { installChunkLoading } = require('./chunkLoading.weapp')
  installChunkLoading()
})

describe('weapp chunk loading', () => {
  it('loads home’s rule check from the chat subpackage with require.async and a literal path from the package root', async () => {
    const done = await load('/pages/chat/home-progress.js')
    expect(g.__non_webpack_require__.async).toHaveBeenCalledWith('./pages/chat/home-progress.js')
    expect(done).toHaveBeenCalledWith({ type: 'load', target: { src: '/pages/chat/home-progress.js' } })
  })

  it('reports an error to webpack when WeChat cannot load the file (no network, download failed)', async () => {
    g.__non_webpack_require__.async!.mockRejectedValueOnce({ mod: './pages/chat/home-progress.js', errMsg: 'download fail' })
    expect(await load('/pages/chat/home-progress.js')).toHaveBeenCalledWith({ type: 'error', target: { src: '/pages/chat/home-progress.js' } })
  })

  it('reports an error on a base library without require.async (before 2.11.2)', async () => {
    delete g.__non_webpack_require__.async
    expect(await load('/pages/chat/home-progress.js')).toHaveBeenCalledWith({ type: 'error', target: { src: '/pages/chat/home-progress.js' } })
  })

  it('reports an error for a chunk it has no literal path for (the upload would have left that file out)', async () => {
    expect(await load('/pages/overview/other.js')).toHaveBeenCalledWith({ type: 'error', target: { src: '/pages/overview/other.js' } })
    expect(g.__non_webpack_require__.async).not.toHaveBeenCalled()
  })
})
