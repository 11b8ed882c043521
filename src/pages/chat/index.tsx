import { CustomWrapper, ScrollView, Text, View } from '@tarojs/components'
import Taro, { useDidHide, useLoad } from '@tarojs/taro'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { controlsFor, editItem, notify, openSection, refresh, reply, rescope, scopeFor, startChat, type ChatState, type Turn } from '../../chat'
import { ChatTurn } from '../../components/ChatTurn'
import { InputBar } from '../../components/InputBar'
import { QuickReplies } from '../../components/QuickReplies'
import { settleAtEnd } from '../../components/scrollEnd'
import { FORM, findItem, sectionOf, type SectionId } from '../../form'
import { currentApp, deviceStore, syncClient } from '../../sync/device'
import { syncMemberView } from '../../sync/memberView'
import { onExit } from '../../sync/onExit'
import { onOnline } from '../../sync/onOnline'
import './index.css'

/** Only recent turns are mounted; older ones are one tap away. */
const PAGE = 40
/** Turns per CustomWrapper: an answer re-renders its own chunk, not the whole list (weapp setData). */
const CHUNK = 10

function chunks(turns: Turn[]): Turn[][] {
  const out: Turn[][] = []
  for (const t of turns) {
    const key = Math.floor(t.id / CHUNK)
    const last = out[out.length - 1]
    if (last && Math.floor(last[0].id / CHUNK) === key) last.push(t)
    else out.push([t])
  }
  return out
}

export default function Chat() {
  const app = currentApp()
  const appId = app?.appId ?? 'none'
  const scope = app ? scopeFor(app.role, app.sections) : []
  const store = deviceStore(appId)
  const sync = syncClient(appId)
  const [answers, setAnswers] = useState(() => store.answers())
  const resume = () => {
    const saved = store.chat()
    return saved ? rescope(saved, store.answers(), scope) : startChat(scope, store.answers())
  }
  const [chat, setChat] = useState<ChatState>(resume)
  const [shown, setShown] = useState(PAGE)
  const [unsynced, setUnsynced] = useState(sync.unsynced)

  // Answers are written synchronously; the chat history (cursor and turns) is saved just after the screen
  // updates, and flushed when the page hides or the app goes away, so a send is not slowed by a large write.
  const pendingSave = useRef<ChatState | null>(null)
  const flush = useCallback(() => {
    if (pendingSave.current) store.saveChat(pendingSave.current)
    pendingSave.current = null
  }, [store])
  useEffect(() => {
    const off = onExit(flush)
    return () => {
      off()
      flush()
    }
  }, [flush])
  useDidHide(flush)
  const saveSoon = (next: ChatState) => {
    pendingSave.current = next
    setTimeout(flush, 200)
  }
  const commit = (next: ChatState) => {
    saveSoon(next)
    setChat(next)
  }
  const latest = useRef({ chat, answers })
  latest.current = { chat, answers }

  /** Sends the outbox, then merges what others changed; conflicts and refusals appear in the chat. */
  const syncNow = useCallback(async () => {
    const before = sync.snapshot.conflicts.length + sync.snapshot.refused.length
    const view = await syncMemberView(appId)
    setUnsynced(sync.unsynced)
    let next = latest.current.chat
    if (view.changed.length > 0) {
      next = refresh(next, latest.current.answers, view.answers)
      setAnswers(view.answers)
    }
    const notes = [...sync.snapshot.conflicts, ...sync.snapshot.refused].slice(before)
    for (const n of notes) {
      const label = findItem(n.itemId)?.label ?? n.itemId
      next = notify(next, 'warning', 'code' in n ? `云端未保存“${label}”：${n.message}` : `“${label}”同时被其他成员修改：已保存最新的填写，另一份已留存在修改记录中。`, n.itemId)
    }
    if (next !== latest.current.chat) commit(next)
  }, [sync, appId])

  // Retry the outbox when the network returns, and on a timer (the client itself respects its backoff).
  useEffect(() => {
    const retry = () => {
      if (sync.unsynced > 0) sync.flush().then(() => setUnsynced(sync.unsynced))
    }
    const off = onOnline(() => syncNow())
    const timer = setInterval(retry, 5000)
    return () => {
      off()
      clearInterval(timer)
    }
  }, [sync, syncNow])

  useLoad((params: Record<string, string | undefined>) => {
    if (!app) {
      Taro.redirectTo({ url: '/pages/index/index' })
      return
    }
    const current = resume()
    if (params.item && findItem(params.item)) commit(editItem(current, store.answers(), params.item, params.year))
    else if (params.section && FORM.sections.some((s) => s.id === params.section) && sectionOf(current.cursor ?? '')?.id !== params.section) {
      commit(openSection(current, store.answers(), params.section as SectionId))
    } else if (current !== store.chat()) commit(current)
    syncNow()
  })

  const send = (text: string) => {
    const step = reply(chat, answers, text, { now: new Date() })
    // Device first: the answers and the outbox are on disk before the screen changes or the network is tried.
    const next = store.apply(step.writes)
    for (const w of step.writes) sync.enqueue(w.itemId, w.answer)
    saveSoon(step.state)
    setAnswers(next)
    setChat(step.state)
    setUnsynced(sync.unsynced)
    // The outbox is already on disk; sending waits until the new question has been painted.
    if (step.writes.length > 0) setTimeout(() => sync.flush().then(() => setUnsynced(sync.unsynced)), 60)
  }

  const onEdit = useCallback((itemId: string) => commit(editItem(latest.current.chat, latest.current.answers, itemId)), [])

  const visible = chat.turns.slice(-shown)
  const lastId = visible.length ? visible[visible.length - 1].id : 0
  useEffect(() => settleAtEnd('chat__list'), [lastId])
  const controls = useMemo(() => controlsFor(chat), [chat])
  const section = chat.cursor ? sectionOf(chat.cursor) : undefined

  return (
    <View className='chat'>
      <View className='chat__header'>
        <Text className='chat__section'>{section?.title ?? (scope.length ? '填报完成' : '只读')}</Text>
        <Text className={`chat__sync ${unsynced ? 'chat__sync--pending' : ''}`} onClick={syncNow}>
          {unsynced ? `未同步 ${unsynced} 条` : '已同步'}
        </Text>
        <Text className='chat__link' onClick={() => Taro.navigateTo({ url: '/pages/overview/index' })}>
          总览
        </Text>
      </View>
      <ScrollView className='chat__list' scrollY scrollIntoView={`bottom-${lastId}`} scrollWithAnimation={false}>
        {chat.turns.length > shown ? (
          <Text className='chat__more' onClick={() => setShown(shown + PAGE)}>
            查看更早的消息
          </Text>
        ) : null}
        {chunks(visible).map((group) => (
          <CustomWrapper key={group[0].id}>
            {group.map((t) => (
              <ChatTurn key={t.id} turn={t} onEdit={onEdit} />
            ))}
          </CustomWrapper>
        ))}
        {/* A sentinel after the last turn: scrolling it into view shows the newest message in full. */}
        <View id={`bottom-${lastId}`} className='chat__bottom' />
      </ScrollView>
      <QuickReplies controls={controls} onPick={send} />
      <InputBar key={chat.cursor ?? 'done'} mode={controls.mode} {...(controls.limit ? { limit: controls.limit } : {})} onSend={send} />
    </View>
  )
}
