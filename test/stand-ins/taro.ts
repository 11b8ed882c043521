/** Stand-in for @tarojs/taro in jsdom component tests: records navigation, runs lifecycle hooks at once. */
import { useEffect } from 'react'

export const navigations: string[] = []

const Taro = {
  navigateTo: async ({ url }: { url: string }) => {
    navigations.push(url)
  },
  redirectTo: async ({ url }: { url: string }) => {
    navigations.push(url)
  },
  reLaunch: async ({ url }: { url: string }) => {
    navigations.push(url)
  },
  getStorageSync,
  setStorageSync
}

export function useDidShow(fn: () => void) {
  useEffect(fn, [])
}

let routerParams: Record<string, string> = {}
export function setRouterParams(params: Record<string, string>) {
  routerParams = params
}
export function useShareAppMessage(_fn: () => unknown) {}

const storage = new Map<string, unknown>()
export function getStorageSync(key: string) {
  return storage.get(key) ?? ''
}
export function setStorageSync(key: string, value: unknown) {
  storage.set(key, value)
}

/** Runs once with the page's parameters, as Taro's onLoad does. */
export function useLoad(fn: (params: Record<string, string>) => void) {
  useEffect(() => fn(routerParams), [])
}

export function useRouter() {
  return { params: routerParams }
}

export default Taro
