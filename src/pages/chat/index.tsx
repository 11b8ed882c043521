import { CustomWrapper, ScrollView, Text, View } from '@tarojs/components'
import Taro, { useDidHide, useLoad } from '@tarojs/taro'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { askReturned, chatScope, controlsFor, editEntry, editItem, listStored, notify, openSection, reconcile, refresh, reply, rescope, startChat, type ChatState } from '../../chat'
import { ChatTurn } from '../../components/ChatTurn'
import { chunks, MAX_MOUNTED, PAGE, showMore } from '../../components/ChatTurn/chunks'
import { InputBar } from '../../components/InputBar'
import { askOnSectionDone } from '../../components/MyTodo/askOnSectionDone'
import { ListImport } from '../../components/ListImport'
import { EvidenceTray } from '../../components/EvidenceTray'
import { restoredTray, trayFor, trayKey } from '../../evidence/tray'
import { sendPending } from '../../evidence/session'
import { QuickReplies } from '../../components/QuickReplies'
import { settleAtEnd } from '../../components/scrollEnd'
import { FORM, findItem, sectionOf, type SectionId } from '../../form'
import { currentApp, deviceStore, syncSession, taroKeyValue } from '../../sync/device'
import { refreshStanding } from '../../sync/memberView'
import { onExit } from '../../sync/onExit'
import { onOnline } from '../../sync/onOnline'
import './index.css'

/** The chat's timer ticks every 5 s; every sixth tick pulls colleagues' changes (and tells what they changed of one's own). */
const PULL_EVERY_TICKS = 6

export default function Chat() {
  const app = currentApp()
  const appId = app?.appId ?? 'none'
  // The owner walks the sections no operator was given and may open the others (src/rules/progress.ts chatScope).
  const { scope, reach } = app ? chatScope(app.role, app.sections, app.assigned ?? []) : { scope: [], reach: [] }
  const store = deviceStore(appId)
  const session = syncSession(appId)
  const [answers, setAnswers] = useState(() => session.answers)
  const resume = () => {
    const saved = store.chat()
    return saved ? reconcile(rescope(saved, session.answers, scope, reach), session.answers) : startChat(scope, session.answers, undefined, reach)
  }
  const [chat, setChat] = useState<ChatState>(resume)
  const [shown, setShown] = useState(PAGE)
  // The item whose claims the photo panel under the chat shows (after an answer that needs proof).
  const [tray, showTray] = useState<string | null>(() => restoredTray(taroKeyValue.get(trayKey(appId)), session.answers))
  const setTray = (itemId: string | null) => {
    showTray(itemId)
    try {
      taroKeyValue.set(trayKey(appId), itemId ?? '')
    } catch {
      // Storage full: the panel is simply not restored next time.
    }
  }
  const [status, setStatus] = useState(() => ({ unsynced: session.unsynced, storageError: session.storageError }))
  const refreshStatus = () => setStatus({ unsynced: session.unsynced, storageError: session.storageError })

  // The chat history (cursor and turns) is saved just after the screen updates, and when the page hides or
  // the app goes away, so typing and sending never wait for it. Answers are saved by the session at once.
  const pendingSave = useRef<ChatState | null>(null)
  /** Text typed in the last 300 ms, not yet kept: kept now if the page hides or closes first. */
  const pendingTyping = useRef<(() => void) | null>(null)
  const flush = useCallback(() => {
    if (pendingSave.current && store.saveChat(pendingSave.current)) pendingSave.current = null
    const typing = pendingTyping.current
    pendingTyping.current = null
    typing?.()
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

  // Every flush (after a send, the retry timer, the network returning, a tap on “未同步”) ends here: the
  // counts are refreshed and each new refusal or conflict is shown once (src/sync/session.ts).
  useEffect(
    () =>
      session.subscribe(() => {
        refreshStatus()
        const notes = session.takeNotices()
        if (notes.length === 0) return
        let next = latest.current.chat
        for (const n of notes) next = notify(next, 'warning', n.text, n.itemId)
        commit(next)
      }),
    [session]
  )

  /** Sends, pulls the others' changes; a question on screen whose answer a colleague changed is asked again. */
  const syncNow = useCallback(async () => {
    const merged = await session.syncNow()
    if (!merged) return
    const next = refresh(latest.current.chat, latest.current.answers, merged)
    setAnswers(merged)
    if (next !== latest.current.chat) commit(next)
  }, [session])

  // Retry the outbox when the network returns, and on a timer (the client itself respects its backoff);
  // write again what a full storage refused.
  useEffect(() => {
    const off = onOnline(() => syncNow().then(() => sendPending(appId, true)))
    let ticks = 0
    const timer = setInterval(() => {
      if (session.storageError) session.retryStorage()
      // Every 30 s, what colleagues changed (an idle pull is two database calls); else the outbox, then photos.
      else if (++ticks % PULL_EVERY_TICKS === 0) void syncNow().then(() => sendPending(appId))
      else void sendPending(appId)
    }, 5000)
    return () => {
      off()
      clearInterval(timer)
    }
  }, [session, syncNow])

  useLoad((params: Record<string, string | undefined>) => {
    if (!app) {
      Taro.redirectTo({ url: '/pages/index/index' })
      return
    }
    const at = params.section && FORM.sections.some((s) => s.id === params.section) ? (params.section as SectionId) : undefined
    // The first visit, opened at a section: start there (not at the form's first question, then jump).
    const current = !store.chat() && at ? startChat(scope, session.answers, at, reach) : resume()
    // An item already being asked (a reminder's first open question on a fresh chat) is not asked twice.
    // A tapped entry of a list (the table view): that entry opens for changing.
    if (params.item && params.entry && findItem(params.item)?.kind === 'itemList' && /^\d+$/.test(params.entry)) commit(editEntry(current, session.answers, params.item, Number(params.entry), new Date()))
    else if (params.item && findItem(params.item) && (current.cursor !== params.item || params.year)) commit(editItem(current, session.answers, params.item, params.year))
    else if (params.section && FORM.sections.some((s) => s.id === params.section) && sectionOf(current.cursor ?? '')?.id !== params.section) {
      commit(openSection(current, session.answers, params.section as SectionId))
    } else if (current !== store.chat()) commit(current)
    syncNow().then(async () => {
      // Sections reassigned since this phone last saw home, then the items the county returned (told with the
      // reviewer's comment and asked again).
      const standing = await refreshStanding(appId)
      if (!standing) return
      const { answers: now } = latest.current
      const fresh = chatScope(standing.role, standing.sections, standing.assigned)
      const next = askReturned(rescope(latest.current.chat, now, fresh.scope, fresh.reach), now, standing.returned)
      if (next !== latest.current.chat) commit(next)
    })
  })

  const send = (text: string) => {
    const step = reply(chat, answers, text, { now: new Date() })
    askOnSectionDone(chat.cursor, step.state.cursor) // inside the tap: the weapp may ask for a reminder here
    // Device first: the answers and the outbox are on the device (or, storage full, held and shown) before
    // the screen changes or the network is tried.
    const next = session.record(step.writes)
    saveSoon(step.state)
    setAnswers(next)
    setChat(step.state)
    refreshStatus()
    setTray(trayFor(step.writes, tray))
    // Sending waits until the new question has been painted.
    if (step.writes.length > 0) setTimeout(() => session.flush(), 60)
  }

  // Typed and not sent: kept on the device 300 ms after the last change, and at once when the page hides or closes,
  // so a reload or a call loses nothing.
  const [typed] = useState(() => store.typing()?.text ?? '')
  const typingTimer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const onTyping = useCallback(
    (text: string) => {
      if (typingTimer.current) clearTimeout(typingTimer.current)
      const save = () => store.saveTyping(text === '' ? null : { itemId: latest.current.chat.cursor, text })
      pendingTyping.current = null
      if (text === '') return save()
      pendingTyping.current = save
      typingTimer.current = setTimeout(() => {
        pendingTyping.current = null
        save()
      }, 300)
    },
    [store]
  )

  const onEdit = useCallback((itemId: string) => commit(editItem(latest.current.chat, latest.current.answers, itemId)), [])

  const visible = chat.turns.slice(-shown)
  const lastId = visible.length ? visible[visible.length - 1].id : 0
  useEffect(() => settleAtEnd('chat__list'), [lastId])
  const controls = useMemo(() => controlsFor(chat), [chat])
  const section = chat.cursor ? sectionOf(chat.cursor) : undefined
  // An imported list arrives by pull; the chat then says so and moves to the section's next open item.
  // After an import the list question is asked again (已有 N 条…): rows the file could not give can be added or
  // fixed right there, or 完成 / 跳过 moves on.
  const onListStored = (text: string) =>
    syncNow().then(() => {
      const itemId = chat.cursor
      const told = itemId ? listStored(latest.current.chat, session.answers, itemId, text, new Date()) : notify(latest.current.chat, 'ok', text)
      commit(itemId ? editItem(told, session.answers, itemId) : told)
    })

  return (
    <View className='chat'>
      <View className='chat__header'>
        <Text className='chat__section'>{section?.title ?? (scope.length || reach.length ? '填报完成' : '只读')}</Text>
        <Text className={`chat__sync ${status.unsynced ? 'chat__sync--pending' : ''}`} onClick={syncNow}>
          {status.unsynced ? `未同步 ${status.unsynced} 条` : '已同步'}
        </Text>
        <View className='chat__links'>
          <Text className='chat__link' onClick={() => Taro.navigateTo({ url: '/pages/overview/index' })}>
            总览
          </Text>
          {/* The browser build draws this header instead of a title bar: no back button, so a way home. */}
          <Text className='chat__home' onClick={() => Taro.reLaunch({ url: '/pages/index/index' })}>
            首页
          </Text>
        </View>
      </View>
      {status.storageError ? <Text className='chat__storage'>{status.storageError}</Text> : null}
      <ScrollView className='chat__list' scrollY scrollIntoView={`bottom-${lastId}`} scrollWithAnimation={false}>
        {chat.turns.length > shown ? (
          shown < MAX_MOUNTED ? (
            <Text className='chat__more' onClick={() => setShown(showMore(shown))}>
              查看更早的消息
            </Text>
          ) : (
            <Text className='chat__more'>{`只显示最近 ${MAX_MOUNTED} 条消息；更早的回答请在“总览”中查看。`}</Text>
          )
        ) : null}
        {chunks(visible).map((group) => (
          <CustomWrapper key={group.key}>
            {group.turns.map((t) => (
              <ChatTurn key={t.id} turn={t} onEdit={onEdit} />
            ))}
          </CustomWrapper>
        ))}
        {/* A sentinel after the last turn: scrolling it into view shows the newest message in full. */}
        <View id={`bottom-${lastId}`} className='chat__bottom' />
      </ScrollView>
      {/* A stable parent: without it the H5 build left the panel on screen after the cursor moved on. */}
      <View className='chat__list-import'>
        {app && chat.cursor && findItem(chat.cursor)?.kind === 'itemList' ? <ListImport key={chat.cursor} appId={appId} itemId={chat.cursor} onStored={onListStored} /> : null}
      </View>
      {tray ? <EvidenceTray appId={appId} itemId={tray} answers={answers} onChanged={() => setAnswers(session.answers)} onClose={() => setTray(null)} /> : null}
      {/* A member who only reads was told where to look in the chat itself: no input. */}
      {scope.length === 0 && reach.length === 0 ? null : (
        <>
          <QuickReplies controls={controls} onPick={send} />
          {/* Stays mounted from question to question, so the keyboard stays open between answers. */}
          <InputBar mode={controls.mode} {...(controls.limit ? { limit: controls.limit } : {})} initial={typed} onSend={send} onTyping={onTyping} />
        </>
      )}
    </View>
  )
}
