/**
 * Privacy consent before the first privacy-related call (the name and unit a member types, the contact names
 * and phone numbers of the form).
 *
 * WeChat: the platform decides when consent is needed and asks the app through wx.onNeedPrivacyAuthorization;
 * the app shows its own dialog whose agree button has open-type="agreePrivacyAuthorization" and then calls
 * resolve({event: 'agree', buttonId}) (https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/PrivacyAuthorize.html,
 * https://developers.weixin.qq.com/miniprogram/dev/api/open-api/privacy/wx.onNeedPrivacyAuthorization.html).
 * wx.requirePrivacyAuthorize triggers that dialog on purpose before a form is sent.
 * Browser build: the same dialog; the agreement is kept on the device with the guide's version.
 */
import Taro from '@tarojs/taro'
import { PRIVACY_GUIDE_VERSION } from './guide'

export const CONSENT_KEY = 'cluster-declare.privacyConsent.v1'
export const AGREE_BUTTON_ID = 'privacy-agree'

type Answer = (agreed: boolean) => void
type Listener = (open: boolean) => void

let pending: Answer | null = null
const listeners = new Set<Listener>()
const announce = () => listeners.forEach((l) => l(pending !== null))

/** The dialog component subscribes here; returns the unsubscribe function. */
export function onConsentRequest(listener: Listener): () => void {
  listeners.add(listener)
  listener(pending !== null)
  return () => listeners.delete(listener)
}

/** The user's choice in the dialog. */
export function answerConsent(agreed: boolean): void {
  const answer = pending
  pending = null
  if (agreed && process.env.TARO_ENV !== 'weapp') Taro.setStorageSync(CONSENT_KEY, PRIVACY_GUIDE_VERSION)
  announce()
  answer?.(agreed)
}

function ask(): Promise<boolean> {
  return new Promise((resolve) => {
    pending?.(false)
    pending = resolve
    announce()
  })
}

/** Resolves true once the user has agreed to the current guide (asking if needed), false if they decline. */
export function requirePrivacyConsent(): Promise<boolean> {
  if (process.env.TARO_ENV === 'weapp') {
    // Base library < 2.32.3 has no privacy authorisation: nothing to ask.
    if (typeof Taro.requirePrivacyAuthorize !== 'function') return Promise.resolve(true)
    return new Promise((resolve) => Taro.requirePrivacyAuthorize({ success: () => resolve(true), fail: () => resolve(false) }))
  }
  if (Taro.getStorageSync(CONSENT_KEY) === PRIVACY_GUIDE_VERSION) return Promise.resolve(true)
  return ask()
}

/** WeChat asks for consent (a privacy API or component is waiting): show the dialog, then answer WeChat. */
export function listenForWeChatConsent(): void {
  if (process.env.TARO_ENV !== 'weapp' || typeof Taro.onNeedPrivacyAuthorization !== 'function') return
  Taro.onNeedPrivacyAuthorization((resolve) => {
    resolve({ event: 'exposureAuthorization' })
    ask().then((agreed) => resolve(agreed ? { event: 'agree', buttonId: AGREE_BUTTON_ID } : { event: 'disagree' }))
  })
}
