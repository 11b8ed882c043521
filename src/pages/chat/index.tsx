import { CustomWrapper, ScrollView, Text, View } from '@tarojs/components'
import Taro, { useDidHide, useLoad } from '@tarojs/taro'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { OPERATOR_SCOPE, controlsFor, editItem, openSection, reply, startChat, type ChatState, type Turn } from '../../chat'
import { ChatTurn } from '../../components/ChatTurn'
import { InputBar } from '../../components/InputBar'
import { FORM, findItem, sectionOf, type SectionId } from '../../form'
import { deviceStore } from '../../sync/device'
import { onExit } from '../../sync/onExit'
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
  const store = deviceStore()
  const [answers, setAnswers] = useState(() => store.answers())
  const [chat, setChat] = useState<ChatState>(() => store.chat() ?? startChat(OPERATOR_SCOPE, store.answers()))
  const [shown, setShown] = useState(PAGE)

  // Answers are written synchronously; the chat history (cursor and turns) is saved just after the screen
  // updates, and flushed when the page hides or unloads, so a send is not slowed by a large history write.
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

  useLoad((params: Record<string, string | undefined>) => {
    const current = store.chat() ?? startChat(OPERATOR_SCOPE, store.answers())
    if (params.item && findItem(params.item)) commit(editItem(current, store.answers(), params.item, params.year))
    else if (params.section && FORM.sections.some((s) => s.id === params.section) && sectionOf(current.cursor ?? '')?.id !== params.section) {
      commit(openSection(current, store.answers(), params.section as SectionId))
    } else if (!store.chat()) commit(current)
  })

  const send = (text: string) => {
    const step = reply(chat, answers, text, { now: new Date() })
    // Device first: the answers are on disk before the screen changes.
    const next = store.apply(step.writes)
    saveSoon(step.state)
    setAnswers(next)
    setChat(step.state)
  }

  const latest = useRef({ chat, answers })
  latest.current = { chat, answers }
  const onEdit = useCallback((itemId: string) => commit(editItem(latest.current.chat, latest.current.answers, itemId)), [])

  const visible = chat.turns.slice(-shown)
  const lastId = visible.length ? visible[visible.length - 1].id : 0
  const controls = useMemo(() => controlsFor(chat), [chat])
  const section = chat.cursor ? sectionOf(chat.cursor) : undefined

  return (
    <View className='chat'>
      <View className='chat__header'>
        <Text className='chat__section'>{section?.title ?? '填报完成'}</Text>
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
      <ScrollView className='chat__chips' scrollX>
        {controls.chips.map((c) => (
          <Text key={c} className='chat__chip' onClick={() => send(c)}>
            {c}
          </Text>
        ))}
      </ScrollView>
      <InputBar key={chat.cursor ?? 'done'} mode={controls.mode} {...(controls.limit ? { limit: controls.limit } : {})} onSend={send} />
    </View>
  )
}
