import { Text, View } from '@tarojs/components'
import { memo } from 'react'
import { questionFor, type Turn } from '../../chat'
import { findItem } from '../../form'
import { QuestionBubble } from '../QuestionBubble'
import './index.css'

/** Above the first question of another section. */
export const entersText = (title: string) => `进入：${title}`

/** One turn of the conversation. A tap on the user's own answer opens that item for editing. */
/** Memoised: an answer re-renders only the new turns, not the whole history. */
export const ChatTurn = memo(function ChatTurn({ turn, onEdit }: { turn: Turn; onEdit: (itemId: string) => void }) {
  if (turn.from === 'user') {
    return (
      <View id={`turn-${turn.id}`} className='turn turn--user' onClick={() => turn.itemId && onEdit(turn.itemId)}>
        <Text className='turn__text'>{turn.text}</Text>
      </View>
    )
  }
  if (turn.kind === 'question') {
    const item = findItem(turn.itemId)
    if (!item) return null
    return (
      <View id={`turn-${turn.id}`} className='turn turn--question'>
        {turn.enters ? <Text className='turn__enters'>{entersText(turn.enters)}</Text> : null}
        <QuestionBubble question={questionFor(item)} prompt={turn.prompt} showChips={false} />
      </View>
    )
  }
  return (
    <View id={`turn-${turn.id}`} className={`turn turn--bot turn--${turn.tone}`}>
      <Text className='turn__text'>{turn.text}</Text>
    </View>
  )
})
