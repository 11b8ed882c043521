/**
 * Hands the exported file to the user; one interface, a binding per platform chosen by file name at build time:
 * the browser downloads it, the mini-program downloads it from cloud storage and opens it in WeChat's viewer.
 */
import type { ExportResult } from '../../cloud/core'
import type { ErrorCode } from '../../errors'

export type Delivered = { ok: true; how: 'downloaded' | 'opened' } | { ok: false; code: ErrorCode }

export function deliverFile(result: ExportResult): Promise<Delivered>
