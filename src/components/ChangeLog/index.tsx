import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { CloudResult } from '../../errors'
import type { Item } from '../../form'
import { callFunction } from '../../sync'
import { CHANGELOG_CLOSE, CHANGELOG_EMPTY, CHANGELOG_LOADING, CHANGELOG_OVERWROTE, CHANGELOG_TITLE, changeLines, type AuditView, type ChangeLine, type ReplacedView } from './lines'
import './index.css'

type HistoryPage = { audit: AuditView[]; history: ReplacedView[]; next: number | null }

/** fieldHistory pages oldest first; an answer rarely has more than one page, and ten pages (1,000 changes) are read at most. */
const MAX_PAGES = 10

async function readAll(appId: string, itemId: string): Promise<{ audit: AuditView[]; replaced: ReplacedView[] } | { error: string }> {
  const audit: AuditView[] = []
  const replaced: ReplacedView[] = []
  let after: number | null = 0
  for (let page = 0; page < MAX_PAGES && after !== null; page++) {
    const r: CloudResult<HistoryPage> = await callFunction<HistoryPage>('fieldHistory', { appId, itemId, after })
    if (!r.ok) return { error: r.error.message }
    audit.push(...r.data.audit)
    replaced.push(...r.data.history)
    after = r.data.next
  }
  return { audit, replaced }
}

/** Who changed an answer and when, newest first, over the page (read from the cloud: every member's changes). */
export function ChangeLog({ appId, item, onClose }: { appId: string; item: Item; onClose: () => void }) {
  const [lines, setLines] = useState<ChangeLine[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    readAll(appId, item.id).then((r) => {
      if (!live) return
      if ('error' in r) setError(r.error)
      else setLines(changeLines(item, r.audit, r.replaced))
    })
    return () => {
      live = false
    }
  }, [appId, item])
  return (
    <View className='changelog' onClick={onClose}>
      <View className='changelog__sheet' onClick={(e) => e.stopPropagation()}>
        <Text className='changelog__title'>{CHANGELOG_TITLE(item.label)}</Text>
        {error ? <Text className='changelog__error'>{error}</Text> : null}
        {!error && lines === null ? <Text className='changelog__note'>{CHANGELOG_LOADING}</Text> : null}
        {lines && lines.length === 0 ? <Text className='changelog__note'>{CHANGELOG_EMPTY}</Text> : null}
        <View className='changelog__list'>
          {(lines ?? []).map((l) => (
            <View key={l.version} className='changelog__line' data-version={l.version}>
              <Text className='changelog__who'>{`${l.when}　${l.who}`}</Text>
              <Text className='changelog__text'>{l.text}</Text>
              {l.before ? <Text className='changelog__before'>{l.before}</Text> : null}
              {l.overwrote ? <Text className='changelog__overwrote'>{CHANGELOG_OVERWROTE}</Text> : null}
            </View>
          ))}
        </View>
        <Text className='changelog__close' onClick={onClose}>
          {CHANGELOG_CLOSE}
        </Text>
      </View>
    </View>
  )
}
