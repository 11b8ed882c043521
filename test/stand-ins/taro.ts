/** Stand-in for @tarojs/taro in jsdom component tests: records navigation, runs lifecycle hooks at once. */
import { useEffect } from 'react'

export const navigations: string[] = []

const Taro = {
  navigateTo: async ({ url }: { url: string }) => {
    navigations.push(url)
  },
  redirectTo: async ({ url }: { url: string }) => {
    navigations.push(url)
  }
}

export function useDidShow(fn: () => void) {
  useEffect(fn, [])
}

let routerParams: Record<string, string> = {}
export function setRouterParams(params: Record<string, string>) {
  routerParams = params
}
export function useRouter() {
  return { params: routerParams }
}

export default Taro
