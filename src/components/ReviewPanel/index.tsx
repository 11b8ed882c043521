import { Button, Input, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { SubmitResult, ToFix } from '../../cloud/core'
import { callFunction } from '../../sync'
import { ExportButton } from '../ExportButton'
import { REVIEW_TEXT as T, itemByText, labelOf, type Status } from './texts'
import { TOFIX_CLOSE, TOFIX_OPEN, groupToFix, toFixGroupTitle } from './toFix'
import './index.css'

type Role = 'owner' | 'operator' | 'countyReviewer' | 'cityRecommender'
interface Review {
  status: Status
  returned: { itemId: string; comment: string }[]
}
interface Loaded {
  role: Role
  review: Review
}

const openItem = (itemId: string) => Taro.navigateTo({ url: `/pages/chat/index?item=${itemId}` })
const randomOpId = () => `op-city-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`

/**
 * Submission and review on the overview: the owner submits (or sees what to fix) and reopens with a reason; the
 * county reviewer returns single items with comments or approves; the city records its opinion once approved.
 * Returned items open their question in the chat. The export button sits below for every member.
 */
export function ReviewPanel({ appId }: { appId: string }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [note, setNote] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null)
  const [toFix, setToFix] = useState<ToFix[]>([])
  /** The to-fix section shown open: '' the first, '-' none, else its key. */
  const [expanded, setExpanded] = useState('')
  const [reason, setReason] = useState('')
  const [itemText, setItemText] = useState('')
  const [comment, setComment] = useState('')
  const [pending, setPending] = useState<{ itemId: string; comment: string }[]>([])
  const [opinion, setOpinion] = useState('')

  const load = async () => {
    const r = await callFunction<{ application: { review?: Review }; me: { role: Role } }>('getApplication', { appId })
    if (r.ok) setLoaded({ role: r.data.me.role, review: r.data.application.review ?? { status: 'draft', returned: [] } })
  }
  // Again on every show: coming back from fixing a returned item in the chat shows the state as it is now.
  useDidShow(() => {
    load()
  })

  const step = async (fn: () => Promise<void>) => {
    setNote(null)
    await fn()
    await load()
  }
  const submit = () =>
    step(async () => {
      const r = await callFunction<SubmitResult>('submitApplication', { appId })
      if (!r.ok) return setNote({ tone: 'error', text: r.error.message })
      if (!r.data.submitted) {
        setToFix(r.data.toFix)
        setExpanded('')
        return setNote({ tone: 'error', text: T.blocked(r.data.toFix.length) })
      }
      setToFix([])
      setNote({ tone: 'ok', text: T.submitted })
    })
  const reopen = () =>
    step(async () => {
      if (reason.trim() === '') return setNote({ tone: 'error', text: T.needReason })
      const r = await callFunction<{ version: number }>('reopenApplication', { appId, reason: reason.trim() })
      setNote(r.ok ? { tone: 'ok', text: T.reopened(r.data.version) } : { tone: 'error', text: r.error.message })
    })
  const addReturn = () => {
    const item = itemByText(itemText)
    if (!item) return setNote({ tone: 'error', text: T.noSuchItem(itemText.trim()) })
    if (comment.trim() === '') return setNote({ tone: 'error', text: T.needComment })
    setNote(null)
    setPending([...pending.filter((p) => p.itemId !== item.id), { itemId: item.id, comment: comment.trim() }])
    setItemText('')
    setComment('')
  }
  const review = (decision: 'return' | 'approve') =>
    step(async () => {
      if (decision === 'return' && pending.length === 0) return setNote({ tone: 'error', text: T.needReturns })
      const r = await callFunction('reviewApplication', decision === 'return' ? { appId, decision, items: pending } : { appId, decision })
      if (!r.ok) return setNote({ tone: 'error', text: r.error.message })
      setNote({ tone: 'ok', text: decision === 'return' ? T.returnedSent(pending.length) : T.approved })
      setPending([])
    })
  const saveOpinion = () =>
    step(async () => {
      const r = await callFunction<{ results: { status: string; message?: string }[] }>('patchAnswers', {
        appId,
        ops: [{ opId: randomOpId(), itemId: 's9.cityOpinion', value: opinion.trim(), baseVersion: 0 }]
      })
      const result = r.ok ? r.data.results[0] : null
      if (!r.ok) return setNote({ tone: 'error', text: r.error.message })
      setNote(result && result.status !== 'refused' ? { tone: 'ok', text: T.opinionSaved } : { tone: 'error', text: result?.message ?? '' })
    })

  if (!loaded) return <ExportButton appId={appId} />
  const { role, review: rv } = loaded
  return (
    <View className='review'>
      <Text className={`review__status review__status--${rv.status}`}>{T.status(rv.status, rv.returned.length)}</Text>
      {rv.returned.map((r) => (
        <Text key={r.itemId} className='review__returned' onClick={() => openItem(r.itemId)}>
          {T.returnedRow(labelOf(r.itemId), r.comment)}
        </Text>
      ))}
      {role === 'owner' && (rv.status === 'draft' || rv.status === 'returned') ? (
        <Button className='review__submit' onClick={submit}>
          {T.submit}
        </Button>
      ) : null}
      {note && toFix.length > 0 ? <Text className={`review__note review__note--${note.tone}`}>{note.text}</Text> : null}
      {groupToFix(toFix).map((g, k) => {
        // One section open at a time, the first at the start: the page stays short and the buttons below in reach.
        const open = expanded === '' ? k === 0 : expanded === g.key
        return (
          <View key={g.key} className='review__group' data-section={g.key}>
            <View className={`review__group-head ${open ? 'review__group-head--open' : ''}`} onClick={() => setExpanded(open ? '-' : g.key)}>
              <Text className='review__group-title'>{toFixGroupTitle(g.title, g.items.length)}</Text>
              <Text className='review__group-toggle'>{open ? TOFIX_CLOSE : TOFIX_OPEN}</Text>
            </View>
            {open
              ? g.items.map((f, i) => (
                  <Text key={i} className={`review__fix review__fix--${f.severity}`} onClick={() => openItem(f.itemIds[0])}>
                    {T.toFixRow(f.message)}
                  </Text>
                ))
              : null}
          </View>
        )
      })}
      {role === 'owner' && (rv.status === 'submitted' || rv.status === 'approved') ? (
        <View className='review__row'>
          <Input className='review__input review__input--reason' placeholder={T.reopenReason} value={reason} onInput={(e) => setReason(e.detail.value)} />
          <Button className='review__reopen' onClick={reopen}>
            {T.reopen}
          </Button>
        </View>
      ) : null}
      {role === 'countyReviewer' && rv.status === 'submitted' ? (
        <View className='review__county'>
          <Input className='review__input review__input--item' placeholder={T.returnItem} value={itemText} onInput={(e) => setItemText(e.detail.value)} />
          <Input className='review__input review__input--comment' placeholder={T.returnComment} value={comment} onInput={(e) => setComment(e.detail.value)} />
          <Button className='review__add' onClick={addReturn}>
            {T.addReturn}
          </Button>
          {pending.map((p) => (
            <Text key={p.itemId} className='review__pending'>
              {T.pendingRow(labelOf(p.itemId), p.comment)}
            </Text>
          ))}
          <Button className='review__return' onClick={() => review('return')}>
            {T.sendReturn}
          </Button>
          <Button className='review__approve' onClick={() => review('approve')}>
            {T.approve}
          </Button>
        </View>
      ) : null}
      {role === 'cityRecommender' && rv.status === 'approved' ? (
        <View className='review__row'>
          <Input className='review__input review__input--opinion' placeholder={T.cityOpinion} value={opinion} onInput={(e) => setOpinion(e.detail.value)} />
          <Button className='review__opinion' onClick={saveOpinion}>
            {T.saveOpinion}
          </Button>
        </View>
      ) : null}
      {note && toFix.length === 0 ? <Text className={`review__note review__note--${note.tone}`}>{note.text}</Text> : null}
      <ExportButton appId={appId} />
      {role === 'countyReviewer' || role === 'owner' ? <ExportButton appId={appId} format='xlsx' /> : null}
    </View>
  )
}
