import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { BotQuestion } from '../../chat'
import './index.css'

/** One bot question: label as printed, unit, hint, what to enter, quick-reply chips, and 怎么填？ help. */
export function QuestionBubble({ question, prompt, showChips = true }: { question: BotQuestion; prompt?: string; showChips?: boolean }) {
  const [showHelp, setShowHelp] = useState(false)
  return (
    <View className='bubble bubble--bot' data-item-id={question.itemId}>
      {question.group ? <Text className='bubble__group'>{question.group}</Text> : null}
      <Text className='bubble__label'>{question.label}</Text>
      {question.hint ? <Text className='bubble__hint'>{question.hint}</Text> : null}
      {question.unit ? <Text className='bubble__unit'>单位：{question.unit}</Text> : null}
      <Text className='bubble__expects'>{prompt ?? question.expects}</Text>
      {question.note ? <Text className='bubble__note'>{question.note}</Text> : null}
      {showChips && question.options.length > 0 ? (
        <View className='bubble__chips'>
          {question.options.map((o) => (
            <Text key={o} className='chip'>
              {o}
            </Text>
          ))}
        </View>
      ) : null}
      <Text className='bubble__help-toggle' onClick={() => setShowHelp(!showHelp)}>
        {showHelp ? '收起填报说明' : '怎么填？'}
      </Text>
      {showHelp ? (
        <View className='bubble__help'>
          {question.help.map((h) => (
            <Text key={h} className='bubble__help-line'>
              {h}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  )
}
