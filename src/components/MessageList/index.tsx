import { Text, View } from '@tarojs/components'
import type { MessageView } from '../../cloud/core/reminders'
import './index.css'

/** The reminders sent to this user, newest first; a tap opens the reminder's question. */
export function MessageList({ messages, onOpen }: { messages: MessageView[]; onOpen: (m: MessageView) => void }) {
  return (
    <View className='message-list'>
      {messages.map((m) => (
        <View key={m.id} className='message' data-message={m.id} onClick={() => onOpen(m)}>
          <Text className='message__title'>{m.title}</Text>
          <Text className='message__body'>{m.body}</Text>
          <Text className='message__deadline'>{m.deadlineLine}</Text>
          <Text className='message__day'>{`${m.day} 提醒`}</Text>
        </View>
      ))}
    </View>
  )
}

export { openReminder, selectApplication, targetUrl } from './open'
export { MESSAGES_EMPTY, MESSAGES_LOADING } from './texts'
