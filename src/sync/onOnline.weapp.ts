import Taro from '@tarojs/taro'

/** wx.onNetworkStatusChange: isConnected turns true when the phone is back online. */
export function onOnline(fn: () => void): () => void {
  const listener = (res: { isConnected: boolean }) => {
    if (res.isConnected) fn()
  }
  Taro.onNetworkStatusChange(listener)
  return () => Taro.offNetworkStatusChange(listener)
}
