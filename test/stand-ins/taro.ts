/** Stand-in for @tarojs/taro in jsdom component tests: records navigation, runs lifecycle hooks at once. */
import { useEffect, useRef } from 'react'

export const navigations: string[] = []
/** Dialogs shown (showModal) and the answer the next one gets; full-size views opened (previewImage). */
export const modals: { title: string; content: string }[] = []
export const modalAnswer = { confirm: true }
export const previews: { current: string; urls: string[] }[] = []
/** What was put on the clipboard (setClipboardData), and whether the next copy fails. */
export const clipboard: { data: string[]; fail: boolean } = { data: [], fail: false }

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
  setStorageSync,
  showModal: async (o: { title: string; content: string }) => {
    modals.push({ title: o.title, content: o.content })
    return { confirm: modalAnswer.confirm, cancel: !modalAnswer.confirm }
  },
  previewImage: async (o: { current: string; urls: string[] }) => {
    previews.push(o)
  },
  setClipboardData: async ({ data }: { data: string }) => {
    if (clipboard.fail) throw new Error('setClipboardData:fail')
    clipboard.data.push(data)
  }
}

const showListeners = new Set<() => void>()

export function useDidShow(fn: () => void) {
  const latest = useRef(fn)
  latest.current = fn
  useEffect(() => {
    const run = () => latest.current()
    showListeners.add(run)
    run()
    return () => {
      showListeners.delete(run)
    }
  }, [])
}

/** The page is shown again (WeChat's onShow, e.g. back from another page): runs each mounted page's didShow. */
export function showAgain() {
  for (const run of showListeners) run()
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
