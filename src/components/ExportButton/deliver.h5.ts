import type { ExportResult } from '../../cloud/core'
import type { Delivered } from './deliver'

const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
}

/** The local cloud returns the file inline: decode it and let the browser save it under its name. */
export async function deliverFile(result: ExportResult): Promise<Delivered> {
  if (result.file.kind !== 'inline') return { ok: false, code: 'EXPORT_OPEN_FAILED' }
  const binary = atob(result.file.base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  const url = URL.createObjectURL(new Blob([bytes], { type: MIME[result.format] }))
  const a = document.createElement('a')
  a.href = url
  a.download = result.fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  // Revoked after the click has been handled; the download keeps its own copy.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
  return { ok: true, how: 'downloaded' }
}
