import Taro from '@tarojs/taro'
import type { CloudResult } from '../../errors'
import { MAX_FILE_BYTES, importMessage } from '../../lists'
import type { Picked } from './transfer'

/**
 * wx.chooseMessageFile picks a file the user received in a WeChat chat (api/media/image/wx.chooseMessageFile);
 * wx.cloud.uploadFile puts it at the server-chosen path (wxcloud/reference-client-api/storage/uploadFile).
 */
export async function pickAndUpload(target: (ext: 'xlsx' | 'csv') => Promise<CloudResult<{ cloudPath: string }>>): Promise<Picked> {
  let file: { path: string; name: string; size: number }
  try {
    const r = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx', 'csv'] })
    file = r.tempFiles[0]
  } catch {
    return { kind: 'cancelled' } // the user closed the picker (errMsg “chooseMessageFile:fail cancel”)
  }
  if (!file) return { kind: 'cancelled' }
  if (file.size > MAX_FILE_BYTES) return { kind: 'error', message: importMessage('FILE_TOO_LARGE', { mb: (file.size / 1024 / 1024).toFixed(1) }) }
  const t = await target(/\.csv$/i.test(file.name) ? 'csv' : 'xlsx')
  if (!t.ok) return { kind: 'error', message: t.error.message }
  try {
    const up = await Taro.cloud.uploadFile({ cloudPath: t.data.cloudPath, filePath: file.path })
    return { kind: 'file', fileID: up.fileID, name: file.name }
  } catch {
    return { kind: 'error', message: '网络连接失败，请检查网络后重试。' }
  }
}

/**
 * Writes the workbook into the user data folder (framework/ability/file-system) and opens it with the menu shown
 * (wx.openDocument showMenu), from where it can be forwarded to a colleague in a chat.
 */
export async function deliverXlsx(fileName: string, base64: string): Promise<void> {
  const filePath = `${Taro.env.USER_DATA_PATH}/${fileName}`
  Taro.getFileSystemManager().writeFileSync(filePath, base64, 'base64')
  await Taro.openDocument({ filePath, fileType: 'xlsx', showMenu: true })
}
