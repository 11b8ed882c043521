import Taro from '@tarojs/taro'

/** A mini-program is always hidden (onHide) before WeChat may kill it in the background. */
export function onExit(fn: () => void): () => void {
  Taro.onAppHide(fn)
  return () => Taro.offAppHide(fn)
}
