/** Home's own messages, in one place so tests read them in full. */
export const INVITE_COPIED = '邀请链接已复制，粘贴到微信或短信里发给对方即可。'
export const INVITE_NOT_COPIED = '无法自动复制，请长按上面的链接手动复制。'
