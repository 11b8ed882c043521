import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { memberTodo, todoScope, type MemberTodo } from '../../reminders/todo'
import type { SectionProgress } from '../../rules'
import { callFunction } from '../../sync'
import type { CurrentApp } from '../../sync/device'
import { memberAnswers } from '../../sync/memberView'
import type { BoardMember } from '../SectionBoard/board'
import { ASK_ON_TAP, JOINED_ASK, SUBSCRIBE_NOTE, subscribeReminders } from './subscribeReminders'
import { SUBSCRIBE_BUTTON, SUBSCRIBE_DECLINED, TODO_TITLE, creditsText, emptyTodoText } from './texts'
import './index.css'

export interface MyTodoProps {
  app: CurrentApp
  /** What home already computed (useApplicationStatus): progress of every section, members, deadline. */
  status: { progress: SectionProgress[]; members: BoardMember[]; deadline: string | null | undefined }
  refreshKey: number
  /** The clock for days left (tests freeze it). */
  now?: Date
  /** False while the member is not signed in: the cloud is not asked. */
  signedIn?: boolean
  /** The member has just joined: the moment to offer reminders. */
  justJoined?: boolean
}

interface ReminderStatus {
  role: CurrentApp['role']
  sections: string[]
  credits: Record<string, number>
  returned: { itemId: string; comment: string }[]
}

/**
 * The member's own todo from home's progress, the answers on the device and the county's returned items; the role
 * and sections are the cloud's when it has answered (the device's may predate a reassignment).
 */
export function todoOf(app: CurrentApp, status: MyTodoProps['status'], cloud: ReminderStatus | null, now: Date): MemberTodo {
  const me = cloud ? { role: cloud.role, sections: cloud.sections } : { role: app.role, sections: app.sections }
  return memberTodo({ answers: memberAnswers(app.appId), progress: status.progress, scope: todoScope(me, status.members), returned: cloud?.returned ?? [], deadline: status.deadline ?? null, now })
}

/**
 * 我的待办 on home: incomplete sections, warnings to explain, missing evidence and returned items of this member,
 * and how many reminders they will still receive (the deadline with days left is in home's banner just above). Tapping an item opens its
 * question; in the weapp that tap also asks for a reminder when none is left (a natural moment).
 */
export function MyTodo({ app, status, refreshKey, now, signedIn = true, justJoined = false }: MyTodoProps) {
  const [reminders, setReminders] = useState<ReminderStatus | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    // Signed out (offline in WeChat, no dev session in the browser): the todo from the device, nothing asked.
    if (!signedIn) return
    callFunction<ReminderStatus>('reminderStatus', { appId: app.appId }).then((r) => {
      if (live && r.ok) setReminders(r.data)
    })
    return () => {
      live = false
    }
  }, [app.appId, refreshKey, signedIn])

  const todo = todoOf(app, status, reminders, now ?? new Date())
  const role = reminders?.role ?? app.role
  const readOnly = role === 'countyReviewer'
  const credits = reminders ? reminders.credits.deadline ?? 0 : null

  const subscribe = () =>
    subscribeReminders().then((r) => {
      if (r.kind === 'granted') {
        setMessage(null)
        setReminders((s) => (s ? { ...s, credits: { ...s.credits, deadline: r.credits } } : s))
      } else setMessage(r.kind === 'declined' ? SUBSCRIBE_DECLINED : r.message)
    })

  const open = (itemId: string) => {
    const go = () => Taro.navigateTo({ url: `/pages/chat/index?item=${encodeURIComponent(itemId)}` })
    // Asked inside the tap (WeChat shows the subscription dialog only there); the chat opens once it is answered.
    if (ASK_ON_TAP && credits === 0) subscribe().then(go, go)
    else go()
  }

  return (
    <View className='todo'>
      <Text className='todo__title'>{TODO_TITLE}</Text>
      {todo.items.length === 0 ? <Text className='todo__empty'>{emptyTodoText(role, reminders?.sections ?? app.sections)}</Text> : null}
      {todo.items.map((i) => (
        <Text key={`${i.kind}-${i.itemId}`} className={`todo__item todo__item--${i.kind}`} data-item={i.itemId} onClick={() => open(i.itemId)}>
          {i.text}
        </Text>
      ))}
      {justJoined && !readOnly && credits === 0 ? <Text className='todo__joined'>{JOINED_ASK}</Text> : null}
      {readOnly ? null : <Text className='todo__credits'>{creditsText(credits)}</Text>}
      {readOnly ? null : <Text className='todo__note'>{SUBSCRIBE_NOTE}</Text>}
      <View className='todo__actions'>
        {readOnly ? null : (
          <Button className='todo__subscribe' size='mini' onClick={subscribe}>
            {SUBSCRIBE_BUTTON}
          </Button>
        )}
        <Text className='todo__messages' onClick={() => Taro.navigateTo({ url: '/pages/messages/index' })}>
          消息
        </Text>
      </View>
      {message ? <Text className='todo__message'>{message}</Text> : null}
    </View>
  )
}
