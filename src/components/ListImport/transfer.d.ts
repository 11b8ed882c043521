/**
 * Getting a spreadsheet to the cloud and a workbook back to the user, bound per platform by file name
 * (transfer.weapp.ts / transfer.h5.ts): the weapp picks a file from a WeChat chat and uploads it to cloud
 * storage; the browser build uses a file input and the local cloud's upload route.
 */
import type { CloudResult } from '../../errors'

export type Picked = { kind: 'file'; fileID: string; name: string } | { kind: 'cancelled' } | { kind: 'error'; message: string }

/** Asks the server for an upload path (listImportTarget), lets the user pick a file and uploads it there. */
export function pickAndUpload(target: (ext: 'xlsx' | 'csv') => Promise<CloudResult<{ cloudPath: string }>>): Promise<Picked>

/** Hands a workbook (base64) to the user: a download in the browser, an opened document in WeChat. */
export function deliverXlsx(fileName: string, base64: string): Promise<void>
