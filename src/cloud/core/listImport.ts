/**
 * Importing an itemised list from a spreadsheet or pasted rows (src/lists). The flow:
 * `listImportTarget` names a path for the upload (weapp: wx.cloud.uploadFile; H5: the local cloud's upload
 * route) → `previewListImport` reads the file or text and checks every row with the rule module, storing
 * nothing → `confirmListImport` reads it again and stores the list (替换 or 追加) entry by entry through
 * patchAnswers (src/rules/listParts.ts), a bounded number of entries per call: the phone calls again with
 * `from` until all are stored, so no call nears the function timeout. `listTemplate` and `exportList` write .xlsx files.
 */
import { z } from 'zod'
import { fail, ok, type CloudResult } from '../../errors'
import { buildPreview, importedValue, listItem, parseDelimited, type ImportPreview, type ImportProblem, type ListEntryValue } from '../../lists'
import type { ItemListItem } from '../../form'
import { importFolder } from '../ports/uploads'
import { membership, writeDenied } from './access'
import { patchAnswers, MAX_OPS, type PublicOpResult } from './answers'
import { define, runDefinition, type SignedContext } from './define'
import { digest } from './input'
import { storedList, type StoredList } from './storedAnswers'
import { partKey } from '../../rules/listParts'

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

type Read = { ok: true; preview: ImportPreview; list: StoredList; existing: ListEntryValue[] } | { ok: false; result: CloudResult<never> }

/**
 * Reads the source and the list as stored, and builds the preview. `importId` (confirm only) makes the new
 * entries' ids the same on every call of one import, and leaves this import's entries already stored out of
 * the comparison, so a call that continues an import sees the list as it was before it.
 */
async function readSource(event: { appId: string; itemId: string; source: Source }, ctx: SignedContext, item: ItemListItem, importId?: string): Promise<Read> {
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
  const list = await storedList(ctx.store, event.appId, event.itemId)
  const prefix = importId === undefined ? null : `i${digest(importId).slice(0, 8)}_`
  const existing = prefix === null ? list.entries : list.entries.filter((e) => !e.id.startsWith(prefix))
  let n = 0
  const newId = prefix === null ? () => `imp_${ctx.random(4)}` : () => `${prefix}${++n}`
  const preview = buildPreview(item, table, { existing, now: ctx.clock.now(), newId })
  return { ok: true, preview, list, existing }
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
  /** The list's stamp when previewed (StoredList.stamp): confirm refuses if the list changed since. */
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
    baseVersion: r.list.stamp,
    summary: p.summary,
    refused: p.refused,
    problems: p.problems.slice(0, PREVIEW_PROBLEMS),
    problemCount: p.problems.length,
    appendSkipped: p.appendSkipped.slice(0, PREVIEW_PROBLEMS),
    replaceRefused: refusal(importedValue(w.item, p, 'replace', r.existing)),
    appendRefused: refusal(importedValue(w.item, p, 'append', r.existing))
  })
})

/** Entries stored per confirm call: two store transactions of MAX_OPS, about 4.5 s at 20 ms per database call (npm run bench), well inside the router's 20 s. */
export const CONFIRM_OPS_PER_CALL = 100

type ImportOp = { opId: string; itemId: string; value: unknown; explanation?: string; evidence?: string[]; baseVersion: number }

/** The writes of one import, in a fixed order so every call of the import sees the same list: new entries, removed entries, the head. */
function importOps(itemId: string, importId: string, mode: 'replace' | 'append', r: Extract<Read, { ok: true }>): { ops: ImportOp[]; added: number } {
  const added = mode === 'replace' ? r.preview.entries : r.preview.appendEntries
  const ops: ImportOp[] = []
  const opId = () => `${importId}.${ops.length}`
  for (const e of added) ops.push({ opId: opId(), itemId: partKey(itemId, e.id), value: e, baseVersion: r.list.parts.get(e.id)?.version ?? 0 })
  if (mode === 'replace') {
    // The entries replaced: those stored now, and those an earlier call of this import removed already.
    const kept = new Set(added.map((e) => e.id))
    const removed = new Set(r.existing.map((e) => e.id).filter((id) => !kept.has(id)))
    for (const [entryId, f] of r.list.parts) if (f.value === null && f.opId.startsWith(`${importId}.`)) removed.add(entryId)
    for (const id of [...removed].sort()) ops.push({ opId: opId(), itemId: partKey(itemId, id), value: null, baseVersion: r.list.parts.get(id)?.version ?? 0 })
  }
  // The head holds no entries once a list is in parts (an older head may still hold some: they were sent above).
  const head = r.list.head
  const headValue = head?.value as { none?: boolean; entries?: unknown[] } | null | undefined
  if (!head || headValue?.none || (headValue?.entries?.length ?? 0) > 0) {
    ops.push({
      opId: opId(),
      itemId,
      value: { entries: [] },
      ...(head?.explanation ? { explanation: head.explanation } : {}),
      ...(head?.evidence?.length ? { evidence: head.evidence } : {}),
      baseVersion: head?.version ?? 0
    })
  }
  return { ops, added: added.length }
}

/**
 * The writes of imports in progress, kept by this function instance for the import's next call: a warm instance
 * does not read the file and the list again. Only an optimisation — a call on another instance plans the same
 * writes again (the ids are fixed per import) — so a few recent imports are enough.
 */
const plannedImports = new Map<string, { ops: ImportOp[]; added: number; count: number }>()
const PLANNED_KEPT = 8

function remember(key: string, plan: { ops: ImportOp[]; added: number; count: number }): void {
  plannedImports.delete(key)
  plannedImports.set(key, plan)
  while (plannedImports.size > PLANNED_KEPT) plannedImports.delete(plannedImports.keys().next().value as string)
}

/** What a fresh function instance knows of imports in progress: nothing (tests use it to call as another instance). */
export function forgetPlannedImports(): void {
  plannedImports.clear()
}

export const confirmListImport = define(
  z
    .object({ appId, itemId, source, mode: z.enum(['replace', 'append']), baseVersion: z.number().int().min(0), opId: z.string().min(8).max(48), from: z.number().int().min(0).max(20000).optional() })
    .strict(),
  async (event, ctx) => {
    const w = await writer(event.appId, event.itemId, ctx)
    if (!w.ok) return w.result
    const from = event.from ?? 0
    const key = `${ctx.caller.openid}|${event.appId}|${event.itemId}|${event.mode}|${event.opId}`
    let plan = from > 0 ? plannedImports.get(key) : undefined
    if (!plan) {
      const r = await readSource(event, ctx, w.item, event.opId)
      if (!r.ok) return r.result
      // Someone changed the list after the preview: the user decides again on the list as it is now. (A first
      // call sent again after its reply was lost finds its own first op stored: not a change by someone else.)
      if (from === 0 && r.list.stamp !== event.baseVersion && (await ctx.store.getOps(event.appId, [`${event.opId}.0`])).length === 0) {
        return fail('LIST_CHANGED_SINCE_PREVIEW')
      }
      const next = importedValue(w.item, r.preview, event.mode, r.existing)
      if (!next.ok) return ok({ status: 'refused' as const, problems: [next.problem] })
      plan = { ...importOps(event.itemId, event.opId, event.mode, r), count: next.value.entries.length }
      if (plan.added === 0) return fail('IMPORT_REFUSED')
      remember(key, plan)
    }
    const { ops, added, count } = plan
    const to = Math.min(ops.length, from + CONFIRM_OPS_PER_CALL)
    for (let at = from; at < to; at += MAX_OPS) {
      const patched = await runDefinition('patchAnswers', patchAnswers, { appId: event.appId, ops: ops.slice(at, Math.min(to, at + MAX_OPS)) }, ctx)
      if (!patched.ok) return patched
      const results = (patched.data as { results: PublicOpResult[] }).results
      const refused = results.findIndex((x) => x.status === 'refused')
      if (refused >= 0) {
        const x = results[refused] as Extract<PublicOpResult, { status: 'refused' }>
        // Busy: what is stored stays stored; the phone continues from the first entry not stored.
        if (x.code === 'BUSY') return ok({ status: 'partial' as const, done: at + refused, total: ops.length })
        return fail(x.code)
      }
    }
    if (to < ops.length) return ok({ status: 'partial' as const, done: to, total: ops.length })
    plannedImports.delete(key)
    return ok({ status: 'stored' as const, added, count })
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
  const { entries } = await storedList(ctx.store, event.appId, event.itemId)
  return ok({ fileName: `${item.label}.xlsx`, count: entries.length, base64: (await (await xlsx()).exportXlsx(item, entries)).toString('base64') })
})
