/**
 * Size limits shared by the cloud handlers and the sync client (no imports: the mini-program bundles it).
 * WeChat's callFunction data should stay under about 100 KB (shared/wechat.md, cloud functions).
 */
export const MAX_EVENT_BYTES = 96 * 1024
/** One answer's value: a list of 186 patents is about 40 KB; one value always fits one call with its envelope. */
export const MAX_OP_BYTES = 88 * 1024
/**
 * Field bytes per pullAnswers reply: a page stops before this (always at least one field), so a reply stays far
 * below what one call can return even when a page holds many long list entries.
 */
export const MAX_PULL_BYTES = 256 * 1024
/** Operations per patchAnswers call. */
export const MAX_OPS = 50

/** UTF-8 length of a string without Buffer (this module also runs in the mini-program). */
export function utf8Length(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) n += 1
    else if (c < 0x800) n += 2
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4
      i++
    } else n += 3
  }
  return n
}
