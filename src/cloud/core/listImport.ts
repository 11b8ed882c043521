/**
 * Importing an itemised list from a spreadsheet or pasted rows (src/lists). The flow:
 * `listImportTarget` names a path for the upload (weapp: wx.cloud.uploadFile; H5: the local cloud's upload
 * route) → `previewListImport` reads the file or text and checks every row with the rule module, storing
 * nothing → `confirmListImport` reads it again and stores the list (替换 or 追加) through patchAnswers, so an
 * import is one versioned field write like any answer. `listTemplate` and `exportList` write .xlsx files.
 */
import { z } from 'zod'
import { fail, ok, type CloudResult } from '../../errors'
import { buildPreview, importedValue, listItem, parseDelimited, type ImportPreview, type ImportProblem, type ListEntryValue } from '../../lists'
import type { ItemListItem } from '../../form'
import { importFolder } from '../ports/uploads'
import { PAGE_LIMIT, type FieldDoc, type Store } from '../ports/store'
import { membership, writeDenied } from './access'
import { patchAnswers } from './answers'
import { define, runDefinition, type SignedContext } from './define'

const appId = z.string().min(1).max(64)
const itemId = z.string().min(1).max(64)
/** Pasted text travels inside the call: WeChat's callFunction data should stay well under 100 KB (wechat.md). */
export const MAX_PASTE_CHARS = 30000
const source = z.union([
  z.object({ fileID: z.string().min(1).max(512), name: z.string().min(1).max(200) }).strict(),
  z.object({ text: z.string().min(1).max(MAX_PASTE_CHARS) }).strict()
])
type Source = z.infer<typeof source>

/**
 * exceljs is about 3 MB bundled: loaded on the first import call, not when a function instance starts, so
 * the other handlers in the same bundle (the router) do not pay for it at cold start.
 */
const xlsx = () => import('../../lists/node')

/** At most this many problems travel back in one preview (the counts are always complete). */
export const PREVIEW_PROBLEMS = 100

function listOf(id: string): ItemListItem | null {
  return listItem(id) ?? null
}

type Read = { ok: true; preview: ImportPreview; existing: ListEntryValue[]; version: number } | { ok: false; result: CloudResult<never> }

async function readSource(event: { appId: string; itemId: string; source: Source }, ctx: SignedContext, item: ItemListItem): Promise<Read> {
  let table
  if ('text' in event.source) {
    table = parseDelimited(event.source.text)
  } else {
    if (!ctx.uploads) return { ok: false, result: fail('FILES_UNAVAILABLE') }
    const path = ctx.uploads.pathOf(event.source.fileID)
    if (path === null || !path.startsWith(importFolder(event.appId, ctx.caller.openid))) return { ok: false, result: fail('UPLOAD_FORBIDDEN', 'source.fileID') }
    const bytes = await ctx.uploads.read(event.source.fileID)
    if (bytes === null) return { ok: false, result: fail('UPLOAD_NOT_FOUND', 'source.fileID') }
    table = await (await xlsx()).readSpreadsheet(bytes, event.source.name)
  }
  const field = await currentField(ctx.store, event.appId, event.itemId)
  const existing = ((field?.value as { entries?: ListEntryValue[] } | null)?.entries ?? []) as ListEntryValue[]
  const preview = buildPreview(item, table, { existing, now: ctx.clock.now(), newId: () => `imp_${ctx.random(4)}` })
  return { ok: true, preview, existing, version: field?.version ?? 0 }
}

/**
 * One field as stored now. The store port has no single-field read; an application has one field per answered
 * item (about 150 at most), so this is one or two page reads of the change feed.
 */
export async function currentField(store: Store, appId: string, itemId: string): Promise<FieldDoc | null> {
  for (let since = 0; ; ) {
    const page = await store.fieldsSince(appId, since)
    const hit = page.find((f) => f.itemId === itemId)
    if (hit) return hit
    if (page.length < PAGE_LIMIT) return null
    since = page[page.length - 1].seq
  }
}

/** Who may import into a list: a member who may write the item. */
async function writer(appIdValue: string, id: string, ctx: SignedContext): Promise<{ ok: true; item: ItemListItem } | { ok: false; result: CloudResult<never> }> {
  const m = await membership(ctx.store, appIdValue, ctx.caller.openid)
  if (!m.ok) return m
  const item = listOf(id)
  if (!item) return { ok: false, result: fail('NOT_A_LIST', 'itemId') }
  const denied = writeDenied(m.member, id)
  if (denied) return { ok: false, result: fail(denied) }
  return { ok: true, item }
}

export const listImportTarget = define(z.object({ appId, itemId, ext: z.enum(['xlsx', 'csv']) }).strict(), async (event, ctx) => {
  const w = await writer(event.appId, event.itemId, ctx)
  if (!w.ok) return w.result
  return ok({ cloudPath: `${importFolder(event.appId, ctx.caller.openid)}${ctx.random(16)}.${event.ext}` })
})

export interface ImportPreviewResult {
  itemId: string
  total: number
  importable: number
  appendable: number
  existing: number
  /** The field's version the preview was made on: confirm sends it back as the base of the write. */
  baseVersion: number
  summary: string
  refused: ImportProblem[]
  problems: ImportProblem[]
  problemCount: number
  appendSkipped: ImportProblem[]
  /** Why 替换 / 追加 could not store the result (too many entries, too large to sync), or null. */
  replaceRefused: ImportProblem | null
  appendRefused: ImportProblem | null
}

const refusal = (r: ReturnType<typeof importedValue>) => (r.ok ? null : r.problem)

export const previewListImport = define(z.object({ appId, itemId, source }).strict(), async (event, ctx): Promise<CloudResult<ImportPreviewResult>> => {
  const w = await writer(event.appId, event.itemId, ctx)
  if (!w.ok) return w.result
  const r = await readSource(event, ctx, w.item)
  if (!r.ok) return r.result
  const p = r.preview
  return ok({
    itemId: w.item.id,
    total: p.total,
    importable: p.entries.length,
    appendable: p.appendEntries.length,
    existing: r.existing.length,
    baseVersion: r.version,
    summary: p.summary,
    refused: p.refused,
    problems: p.problems.slice(0, PREVIEW_PROBLEMS),
    problemCount: p.problems.length,
    appendSkipped: p.appendSkipped.slice(0, PREVIEW_PROBLEMS),
    replaceRefused: refusal(importedValue(w.item, p, 'replace', r.existing)),
    appendRefused: refusal(importedValue(w.item, p, 'append', r.existing))
  })
})

export const confirmListImport = define(
  z.object({ appId, itemId, source, mode: z.enum(['replace', 'append']), baseVersion: z.number().int().min(0), opId: z.string().min(8).max(64) }).strict(),
  async (event, ctx) => {
    const w = await writer(event.appId, event.itemId, ctx)
    if (!w.ok) return w.result
    const r = await readSource(event, ctx, w.item)
    if (!r.ok) return r.result
    const next = importedValue(w.item, r.preview, event.mode, r.existing)
    if (!next.ok) return ok({ status: 'refused' as const, problems: [next.problem] })
    const added = event.mode === 'replace' ? r.preview.entries.length : r.preview.appendEntries.length
    if (added === 0) return fail('IMPORT_REFUSED')
    // 追加 builds on the list as stored now; 替换 on the version the user previewed, so a list someone else
    // changed in between is reported to them as a conflict (their version kept in history).
    const baseVersion = event.mode === 'append' ? r.version : event.baseVersion
    const patched = await runDefinition('patchAnswers', patchAnswers, { appId: event.appId, ops: [{ opId: event.opId, itemId: event.itemId, value: next.value, baseVersion }] }, ctx)
    if (!patched.ok) return patched
    const [result] = (patched.data as { results: unknown[] }).results
    return ok({ status: 'stored' as const, added, count: next.value.entries.length, result })
  }
)

export const listTemplate = define(z.object({ itemId }).strict(), async (event) => {
  const item = listOf(event.itemId)
  if (!item) return fail('NOT_A_LIST', 'itemId')
  return ok({ fileName: `${item.label}模板.xlsx`, base64: (await (await xlsx()).templateXlsx(item)).toString('base64') })
})

export const exportList = define(z.object({ appId, itemId }).strict(), async (event, ctx) => {
  const m = await membership(ctx.store, event.appId, ctx.caller.openid)
  if (!m.ok) return m.result
  const item = listOf(event.itemId)
  if (!item) return fail('NOT_A_LIST', 'itemId')
  const field = await currentField(ctx.store, event.appId, event.itemId)
  const entries = ((field?.value as { entries?: ListEntryValue[] } | null)?.entries ?? []) as ListEntryValue[]
  return ok({ fileName: `${item.label}.xlsx`, count: entries.length, base64: (await (await xlsx()).exportXlsx(item, entries)).toString('base64') })
})
