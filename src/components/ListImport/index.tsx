import { Button, Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { findItem } from '../../form'
import {
  IMPORT_ACTIONS,
  PASTE_HINT,
  appendLabel,
  NOTHING_TO_APPEND,
  busyText,
  alreadyListedText,
  morePreviewProblems,
  partlyStoredText,
  replaceLabel,
  savingText,
  storedText,
  SUMMARY_PROBLEMS,
  type ImportProblem
} from '../../lists'
import type { ImportPreviewResult } from '../../cloud/core/listImport'
import { callFunction } from '../../sync/cloud/binding'
import { deliverXlsx, pickAndUpload } from './transfer'
import './index.css'

type Source = { fileID: string; name: string } | { text: string }

/** What previewListImport returns (src/cloud/core/listImport.ts), minus the item the panel already knows. */
type Preview = Omit<ImportPreviewResult, 'itemId'>

type Stage =
  | { kind: 'idle' }
  | { kind: 'paste'; text: string }
  | { kind: 'busy'; what: 'upload' | 'preview' | 'store' | 'file'; progress?: { done: number; total: number } }
  | { kind: 'preview'; source: Source; preview: Preview }
  | { kind: 'message'; tone: 'ok' | 'error'; text: string }

/** Up to this many rows already in the list are named one by one; more are counted in one line. */
const FEW_SKIPPED = 3
/** Rows listed under the summary; the rest are counted. */
const SHOWN = 20
/** Pasted text travels inside one call (listImport.ts MAX_PASTE_CHARS). */
const MAX_PASTE = 30000

type ConfirmReply =
  | { status: 'stored'; added: number; count: number }
  | { status: 'partial'; done: number; total: number }
  | { status: 'refused'; problems: ImportProblem[] }

const randomId = () => `imp-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`

/**
 * Shown under an itemised list's question in the chat: import a spreadsheet (or pasted rows), see the preview
 * checked row by row, then 替换 or 追加; download the template; export what is stored. `onStored` lets the
 * chat pull the stored list and move on; the list stays editable in the chat.
 */
export function ListImport({ appId, itemId, onStored }: { appId: string; itemId: string; onStored: (text: string) => void }) {
  const [stage, setStage] = useState<Stage>({ kind: 'idle' })
  const label = findItem(itemId)?.label ?? ''
  const error = (text: string) => setStage({ kind: 'message', tone: 'error', text })

  const preview = async (source: Source) => {
    setStage({ kind: 'busy', what: 'preview' })
    const r = await callFunction<Preview>('previewListImport', { appId, itemId, source })
    if (!r.ok) return error(r.error.message)
    setStage({ kind: 'preview', source, preview: r.data })
  }

  const importFile = async () => {
    // Busy only once a file is chosen: a browser that never reports a closed picker leaves the panel usable.
    const picked = await pickAndUpload((ext) => {
      setStage({ kind: 'busy', what: 'upload' })
      return callFunction<{ cloudPath: string }>('listImportTarget', { appId, itemId, ext })
    })
    if (picked.kind === 'cancelled') return setStage({ kind: 'idle' })
    if (picked.kind === 'error') return error(picked.message)
    await preview({ fileID: picked.fileID, name: picked.name })
  }

  const confirm = async (source: Source, p: Preview, mode: 'replace' | 'append') => {
    setStage({ kind: 'busy', what: 'store' })
    const opId = randomId()
    let from = 0
    let failures = 0
    // A long list is stored a few hundred entries per call: call again from where the cloud stopped. A lost
    // reply is sent again as it was (the cloud stores each entry once).
    for (;;) {
      const r = await callFunction<ConfirmReply>('confirmListImport', { appId, itemId, source, mode, baseVersion: p.baseVersion, opId, ...(from > 0 ? { from } : {}) })
      if (!r.ok) {
        if (r.error.code === 'NETWORK' && ++failures < 3) continue
        return error(from > 0 ? `${r.error.message}${partlyStoredText(from)}` : r.error.message)
      }
      failures = 0
      if (r.data.status === 'refused') return error(r.data.problems.map((x) => x.message).join(''))
      if (r.data.status === 'partial') {
        from = r.data.done
        setStage({ kind: 'busy', what: 'store', progress: { done: r.data.done, total: r.data.total } })
        continue
      }
      const problemRows = new Set(p.problems.map((x) => x.row)).size
      const text = storedText(r.data.added, r.data.count, problemRows)
      setStage({ kind: 'message', tone: 'ok', text })
      onStored(text)
      return
    }
  }

  const file = async (name: 'listTemplate' | 'exportList') => {
    setStage({ kind: 'busy', what: 'file' })
    const r = await callFunction<{ fileName: string; base64: string }>(name, name === 'listTemplate' ? { itemId } : { appId, itemId })
    if (!r.ok) return error(r.error.message)
    await deliverXlsx(r.data.fileName, r.data.base64)
    setStage({ kind: 'idle' })
  }

  const actions = (
    <View className='list-import__actions'>
      <Text className='list-import__action list-import__import' onClick={importFile}>
        {IMPORT_ACTIONS.importFile}
      </Text>
      <Text className='list-import__action list-import__paste' onClick={() => setStage({ kind: 'paste', text: '' })}>
        {IMPORT_ACTIONS.paste}
      </Text>
      <Text className='list-import__action list-import__template' onClick={() => file('listTemplate')}>
        {IMPORT_ACTIONS.template}
      </Text>
      <Text className='list-import__action list-import__export' onClick={() => file('exportList')}>
        {IMPORT_ACTIONS.export}
      </Text>
    </View>
  )

  switch (stage.kind) {
    case 'idle':
      return <View className='list-import' data-item-id={itemId}>{actions}</View>
    case 'busy':
      return (
        <View className='list-import' data-item-id={itemId}>
          <Text className='list-import__busy'>{stage.progress ? savingText(stage.progress.done, stage.progress.total) : busyText(stage.what)}</Text>
        </View>
      )
    case 'message':
      return (
        <View className='list-import' data-item-id={itemId}>
          <Text className={`list-import__message list-import__message--${stage.tone}`}>{stage.text}</Text>
          {actions}
        </View>
      )
    case 'paste':
      return (
        <View className='list-import' data-item-id={itemId}>
          <Text className='list-import__hint'>{`${label}：${PASTE_HINT}`}</Text>
          <Textarea className='list-import__textarea' value={stage.text} maxlength={MAX_PASTE} placeholder={PASTE_HINT} onInput={(e) => setStage({ kind: 'paste', text: e.detail.value })} />
          <View className='list-import__actions'>
            <Button className='list-import__preview-paste' size='mini' type='primary' disabled={stage.text.trim() === ''} onClick={() => preview({ text: stage.text })}>
              {IMPORT_ACTIONS.previewPaste}
            </Button>
            <Button className='list-import__cancel' size='mini' onClick={() => setStage({ kind: 'idle' })}>
              {IMPORT_ACTIONS.cancel}
            </Button>
          </View>
        </View>
      )
    case 'preview': {
      const p = stage.preview
      // The summary already quotes the first problems; the rest are listed under it, then counted.
      // Rows already in the list are listed one by one only when few (a re-imported file would list every row).
      const alreadyListed = p.importable - p.appendable
      const fewSkipped = alreadyListed <= FEW_SKIPPED
      const listed = [...p.problems.slice(SUMMARY_PROBLEMS), ...(fewSkipped ? p.appendSkipped : [])].slice(0, SHOWN)
      const hidden = Math.max(0, p.problemCount - SUMMARY_PROBLEMS - SHOWN)
      return (
        <View className='list-import' data-item-id={itemId}>
          <Text className='list-import__summary'>{p.summary}</Text>
          {p.refused.length === 0
            ? listed.map((x, i) => (
                <Text key={`${x.row}-${i}`} className='list-import__problem' data-row={x.row}>
                  {x.message}
                </Text>
              ))
            : null}
          {hidden > 0 ? <Text className='list-import__problem'>{morePreviewProblems(hidden)}</Text> : null}
          {p.existing > 0 && !fewSkipped ? <Text className='list-import__note'>{alreadyListedText(alreadyListed)}</Text> : null}
          {p.importable > 0 && p.replaceRefused ? <Text className='list-import__refused'>{p.replaceRefused.message}</Text> : null}
          {p.existing > 0 && p.appendable > 0 && p.appendRefused && p.appendRefused.message !== p.replaceRefused?.message ? (
            <Text className='list-import__refused'>{p.appendRefused.message}</Text>
          ) : null}
          {p.existing > 0 && p.appendable === 0 && p.importable > 0 ? <Text className='list-import__problem'>{NOTHING_TO_APPEND}</Text> : null}
          <View className='list-import__actions'>
            {p.importable > 0 && !p.replaceRefused ? (
              <Button className='list-import__replace' size='mini' type='primary' onClick={() => confirm(stage.source, p, 'replace')}>
                {replaceLabel(p.importable, p.existing)}
              </Button>
            ) : null}
            {p.existing > 0 && p.appendable > 0 && !p.appendRefused ? (
              <Button className='list-import__append' size='mini' onClick={() => confirm(stage.source, p, 'append')}>
                {appendLabel(p.appendable)}
              </Button>
            ) : null}
            <Button className='list-import__cancel' size='mini' onClick={() => setStage({ kind: 'idle' })}>
              {IMPORT_ACTIONS.cancel}
            </Button>
          </View>
        </View>
      )
    }
  }
}
