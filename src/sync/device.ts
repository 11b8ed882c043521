import Taro from '@tarojs/taro'
import type { Role } from '../cloud/ports/store'
import { callFunction } from './cloud/binding'
import { createDeviceStore, type DeviceStore, type KeyValue } from './deviceStore'
import { SyncClient } from './syncClient'
import { SyncSession } from './session'
import { findItem } from '../form'
import { formatAnswer } from '../chat/format'
import type { Answer } from '../rules'

/** An answer as the member reads it, for “someone else changed it” notices. */
const shownAnswer = (itemId: string, answer: Answer) => {
  const item = findItem(itemId)
  return item ? formatAnswer(item, answer.value) : ''
}

/** Taro's synchronous storage: wx.setStorageSync in the weapp (10 MB per user), localStorage in H5. */
export const taroKeyValue: KeyValue = {
  get(key: string): string | null {
    const v = Taro.getStorageSync(key)
    return typeof v === 'string' && v !== '' ? v : null
  },
  set(key: string, value: string): void {
    Taro.setStorageSync(key, value)
  }
}

const stores = new Map<string, DeviceStore>()
const clients = new Map<string, SyncClient>()

export function deviceStore(appId: string): DeviceStore {
  if (!stores.has(appId)) stores.set(appId, createDeviceStore(taroKeyValue, appId))
  return stores.get(appId) as DeviceStore
}

/** 128 random bits as hex; Math.random is enough for idempotency keys that only need to be unique. */
function newOpId(): string {
  let id = Date.now().toString(16)
  while (id.length < 32) id += Math.floor(Math.random() * 0x100000000).toString(16).padStart(8, '0')
  return id.slice(0, 32)
}

export function syncClient(appId: string): SyncClient {
  if (!clients.has(appId)) {
    clients.set(appId, new SyncClient({ kv: taroKeyValue, call: (name, data) => callFunction(name, data), now: () => Date.now(), newOpId }, appId))
  }
  return clients.get(appId) as SyncClient
}

const sessions = new Map<string, SyncSession>()

/** The sync session of one application (src/sync/session.ts): what the chat page renders. */
export function syncSession(appId: string): SyncSession {
  if (!sessions.has(appId)) {
    sessions.set(appId, new SyncSession({ store: deviceStore(appId), sync: syncClient(appId), kv: taroKeyValue, labelOf: (id) => findItem(id)?.label ?? id, isList: (id) => findItem(id)?.kind === 'itemList', shown: shownAnswer }, appId))
  }
  return sessions.get(appId) as SyncSession
}

export interface CurrentApp {
  appId: string
  clusterName: string
  role: Role
  sections: string[]
  /** Sections active operators were given (the owner's chat walks the others); absent until read. */
  assigned?: string[]
  /** My name in this application (the name form); WeChat gives the app no name of its own. */
  displayName?: string | null
}

export const ROLE_NAMES: Record<Role, string> = { owner: '负责人', operator: '填报员', countyReviewer: '县级审核', cityRecommender: '市级推荐' }

const CURRENT = 'cluster-declare.currentApp.v1'

export function currentApp(): CurrentApp | null {
  const raw = taroKeyValue.get(CURRENT)
  try {
    return raw ? (JSON.parse(raw) as CurrentApp) : null
  } catch {
    return null
  }
}

export function setCurrentApp(app: CurrentApp): void {
  taroKeyValue.set(CURRENT, JSON.stringify(app))
}
