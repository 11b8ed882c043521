/**
 * How webpack's on-demand chunks load, chosen by file at build time (Taro resolves `chunkLoading.weapp.ts` or
 * `chunkLoading.h5.ts`): WeChat's require.async in the weapp, webpack's own script tags in the browser.
 */
export function installChunkLoading(): void

