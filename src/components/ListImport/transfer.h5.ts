import type { CloudResult } from '../../errors'
import { MAX_FILE_BYTES, importMessage } from '../../lists'
import { readDevSession } from '../../sync/cloud/devSession.h5'
import type { Picked } from './transfer'

function chooseFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv'
    input.className = 'list-import__file-input'
    input.style.display = 'none'
    const done = (file: File | null) => {
      input.remove()
      resolve(file)
    }
    input.addEventListener('change', () => done(input.files?.[0] ?? null))
    input.addEventListener('cancel', () => done(null))
    document.body.appendChild(input)
    input.click()
  })
}

export async function pickAndUpload(target: (ext: 'xlsx' | 'csv') => Promise<CloudResult<{ cloudPath: string }>>): Promise<Picked> {
  const file = await chooseFile()
  if (!file) return { kind: 'cancelled' }
  if (file.size > MAX_FILE_BYTES) return { kind: 'error', message: importMessage('FILE_TOO_LARGE', { mb: (file.size / 1024 / 1024).toFixed(1) }) }
  const t = await target(/\.csv$/i.test(file.name) ? 'csv' : 'xlsx')
  if (!t.ok) return { kind: 'error', message: t.error.message }
  const session = readDevSession()
  try {
    const res = await fetch(`/api/files?cloudPath=${encodeURIComponent(t.data.cloudPath)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', ...(session ? { authorization: `Bearer ${session.token}` } : {}) },
      body: file
    })
    const body = (await res.json()) as CloudResult<{ fileID: string }>
    return body.ok ? { kind: 'file', fileID: body.data.fileID, name: file.name } : { kind: 'error', message: body.error.message }
  } catch {
    return { kind: 'error', message: '网络连接失败，请检查网络后重试。' }
  }
}

export async function deliverXlsx(fileName: string, base64: string): Promise<void> {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
