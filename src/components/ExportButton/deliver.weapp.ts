import Taro from '@tarojs/taro'
import type { ExportResult } from '../../cloud/core'
import type { Delivered } from './deliver'

/**
 * The cloud function stored the file in cloud storage: `wx.cloud.downloadFile({fileID})` gives a temporary
 * path, and `wx.openDocument({filePath, fileType: 'docx' | 'xlsx', showMenu: true})` opens it with the menu that lets
 * the user forward or save it (api/file/wx.openDocument; the menu is hidden unless showMenu is set).
 */
export async function deliverFile(result: ExportResult): Promise<Delivered> {
  try {
    let filePath: string
    if (result.file.kind === 'cloud') {
      filePath = (await Taro.cloud.downloadFile({ fileID: result.file.fileID })).tempFilePath
    } else {
      // Inline bytes: write them under the user data folder first (framework/ability/file-system).
      filePath = `${Taro.env.USER_DATA_PATH}/${result.fileName}`
      Taro.getFileSystemManager().writeFileSync(filePath, result.file.base64, 'base64')
    }
    await Taro.openDocument({ filePath, fileType: result.format, showMenu: true })
    return { ok: true, how: 'opened' }
  } catch {
    return { ok: false, code: 'EXPORT_OPEN_FAILED' }
  }
}
