import { Text, View } from '@tarojs/components'
import { useDidShow, useLoad } from '@tarojs/taro'
import { useState } from 'react'
import type { MessageView } from '../../cloud/core/reminders'
import { MESSAGES_EMPTY, MESSAGES_LOADING, MessageList, openReminder } from '../../components/MessageList'
import { callFunction, ensureSignedIn } from '../../sync'

/**
 * 消息: the reminders sent to this user. A WeChat reminder opens this page with ?app=&item= (its `page`), which
 * chooses the application and goes straight on to the question.
 */
export default function Messages() {
  const [messages, setMessages] = useState<MessageView[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  useLoad((params: Record<string, string | undefined>) => {
    if (params.app) openReminder(decodeURIComponent(params.app), params.item ? decodeURIComponent(params.item) : null, 'redirect').then(setError)
  })
  useDidShow(() => {
    ensureSignedIn().then(async (state) => {
      if (state.kind !== 'signedIn') return
      const r = await callFunction<MessageView[]>('listMessages', {})
      if (r.ok) setMessages(r.data)
      else setError(r.error.message)
    })
  })
  return (
    <View className='messages'>
      {error ? <Text className='messages__error'>{error}</Text> : null}
      {messages === null ? <Text className='messages__empty'>{MESSAGES_LOADING}</Text> : null}
      {messages && messages.length === 0 ? <Text className='messages__empty'>{MESSAGES_EMPTY}</Text> : null}
      {messages ? <MessageList messages={messages} onOpen={(m) => openReminder(m.appId, m.itemId, 'navigate').then(setError)} /> : null}
    </View>
  )
}
