/**
 * Asking for one reminder (a one-time subscription) per platform, chosen by file at build time like
 * ../../sync/cloud/binding: WeChat's requestSubscribeMessage in the weapp; in the browser build, which has no
 * subscription messages, the tap itself stands for the accept and the local cloud records the credit.
 */
export type SubscribeResult = { kind: 'granted'; credits: number } | { kind: 'declined' } | { kind: 'error'; message: string }

/** Must be called directly inside a tap handler (WeChat shows its dialog only there). */
export function subscribeReminders(): Promise<SubscribeResult>

/** Whether opening an open item also asks (the weapp: a natural tap; the browser: only the explicit button). */
export const ASK_ON_TAP: boolean

/** Why and how reminders come, in this build's words. */
export const SUBSCRIBE_NOTE: string

/** Right after joining, the natural moment to ask (the tap on the button is where WeChat can show its dialog); says where reminders appear in this build. */
export const JOINED_ASK: string
