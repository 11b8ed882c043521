import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { countChars } from '../../rules'
import './index.css'

import type { InputMode } from '../../chat'

/**
 * The input bar: a numeric keyboard for single numbers (with a switch to the full keyboard for 万/亿/%),
 * a text area with a live character count against the limit for narratives and the plan.
 */
export function InputBar({ mode, limit, onSend }: { mode: InputMode; limit?: number; onSend: (text: string) => void }) {
  const [text, setText] = useState('')
  const [fullKeyboard, setFullKeyboard] = useState(false)
  const send = () => {
    if (text.trim() === '') return
    onSend(text)
    setText('')
  }
  const count = countChars(text.trim())
  return (
    <View className='input-bar'>
      {mode === 'long' ? (
        <View className='input-bar__long'>
          <Textarea className='input-bar__textarea' value={text} maxlength={-1} autoHeight placeholder='请输入…' onInput={(e) => setText(e.detail.value)} />
          {limit ? <Text className={`input-bar__count ${count > limit ? 'input-bar__count--over' : ''}`}>{`${count}/${limit}`}</Text> : null}
        </View>
      ) : (
        <Input
          className='input-bar__input'
          type={mode === 'digit' && !fullKeyboard ? 'digit' : 'text'}
          value={text}
          maxlength={-1}
          placeholder={mode === 'digit' && !fullKeyboard ? '输入数字' : '输入回答'}
          confirmType='send'
          onInput={(e) => setText(e.detail.value)}
          onConfirm={send}
        />
      )}
      {mode === 'digit' ? (
        <Text className='input-bar__switch' onClick={() => setFullKeyboard(!fullKeyboard)}>
          {fullKeyboard ? '数字' : '万/亿/%'}
        </Text>
      ) : null}
      <Button className='input-bar__send' size='mini' type='primary' onClick={send}>
        发送
      </Button>
    </View>
  )
}
