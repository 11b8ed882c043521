import Taro from '@tarojs/taro'
import { createDeviceStore, type DeviceStore } from './deviceStore'

/** Taro's synchronous storage: wx.setStorageSync in the weapp (10 MB per user), localStorage in H5. */
export const taroKeyValue = {
  get(key: string): string | null {
    const v = Taro.getStorageSync(key)
    return typeof v === 'string' && v !== '' ? v : null
  },
  set(key: string, value: string): void {
    Taro.setStorageSync(key, value)
  }
}

let store: DeviceStore | null = null

export function deviceStore(): DeviceStore {
  return (store ??= createDeviceStore(taroKeyValue))
}
