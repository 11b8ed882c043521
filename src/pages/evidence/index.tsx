import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useEffect, useMemo, useState } from 'react'
import { EvidenceClaim } from '../../components/EvidenceClaim'
import { evidenceOverview, overviewSummary, queueSummary } from '../../evidence/overview'
import { typedNumberOf } from '../../evidence/certificateCheck'
import { findItem } from '../../form'
import { entryDetail, type Claim } from '../../rules'
import { evidenceQueue, sendPending } from '../../evidence/session'
import { onOnline } from '../../sync/onOnline'
import { currentApp } from '../../sync/device'
import { memberAnswers, syncMemberView } from '../../sync/memberView'
import './index.css'

/** Claims shown per section before “显示更多” (a list of hundreds of patents). */
const PAGE = 30

export default function Evidence() {
  const app = currentApp()
  const appId = app?.appId ?? 'none'
  const queue = evidenceQueue(appId)
  const [answers, setAnswers] = useState(() => memberAnswers(appId))
  // Those who fill a part start at what is missing; a reviewer starts at the photos there are.
  const [onlyMissing, setOnlyMissing] = useState(() => app?.role === 'owner' || app?.role === 'operator')
  const [limit, setLimit] = useState<Record<string, number>>({})
  // Claims given a photo on this visit stay in view (with their thumbnails and reading) under “only missing”.
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set())
  const keyOf = (c: Claim) => `${c.itemId}/${c.key}`
  const [waiting, setWaiting] = useState(() => queue.waiting)
  const detailOf = (c: Claim) => {
    const item = findItem(c.itemId)
    return item ? entryDetail(item, answers[c.itemId], c) : ''
  }
  const overview = useMemo(() => evidenceOverview(answers, app?.role ?? '', app?.sections ?? []), [answers, app?.role, app?.sections])

  const countWaiting = () => setWaiting(queue.waiting)
  // Uploads finishing or failing while the page is open update its count; waiting ones are tried every 5 s.
  useEffect(() => queue.subscribe(countWaiting), [queue])
  useEffect(() => {
    const timer = setInterval(() => void sendPending(appId), 5000)
    const off = onOnline(() => void sendPending(appId, true))
    return () => {
      off()
      clearInterval(timer)
    }
  }, [appId])

  useDidShow(() => {
    if (!app) {
      Taro.redirectTo({ url: '/pages/index/index' })
      return
    }
    // What the member sees after sync: photos a colleague added arrive with the pull.
    void syncMemberView(appId).then((u) => setAnswers(u.answers))
    void sendPending(appId)
  })

  return (
    <View className='evidence'>
      <Text className='evidence__summary'>{overviewSummary(overview)}</Text>
      {waiting > 0 ? (
        <Text className='evidence__queue' onClick={() => void sendPending(appId, true)}>
          {queueSummary(waiting)}
        </Text>
      ) : null}
      {overview.missing > 0 ? (
        <Text className='evidence__filter' onClick={() => setOnlyMissing(!onlyMissing)}>
          {onlyMissing ? '只显示缺少照片的项（点此显示全部）' : '显示全部（点此只看缺少照片的项）'}
        </Text>
      ) : null}
      {overview.sections.map((s) => {
        // With nothing missing, every claim and its photos are shown.
        const claims = onlyMissing && overview.missing > 0 ? s.claims.filter((c) => c.refs.length === 0 || touched.has(keyOf(c))) : s.claims
        const shown = claims.slice(0, limit[s.id] ?? PAGE)
        return (
          <View key={s.id} className='evidence__section'>
            <Text className='evidence__title'>{`${s.title}（缺 ${s.missing} / 共 ${s.claims.length} 项）`}</Text>
            {!s.editable && s.missing > 0 ? <Text className='evidence__hint'>这一部分由其他成员填写，您可以查看照片。</Text> : null}
            {shown.map((c) => (
              <EvidenceClaim
                key={keyOf(c)}
                appId={appId}
                claim={c}
                editable={s.editable}
                typedNumber={typedNumberOf(findItem(c.itemId), answers[c.itemId], c)}
                detail={detailOf(c)}
                onChanged={() => {
                  setTouched(new Set(touched).add(keyOf(c)))
                  setAnswers(memberAnswers(appId))
                }}
              />
            ))}
            {claims.length > shown.length ? (
              <Text className='evidence__more' onClick={() => setLimit({ ...limit, [s.id]: shown.length + PAGE })}>
                {`显示更多（还有 ${claims.length - shown.length} 项）`}
              </Text>
            ) : null}
          </View>
        )
      })}
    </View>
  )
}
