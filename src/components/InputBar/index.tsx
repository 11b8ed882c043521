import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { countChars } from '../../rules'
import './index.css'

import type { InputMode } from '../../chat'

/**
 * Taro's browser Input/Textarea are controlled React components (they always show the `value` prop), so the
 * browser build keeps the text in state. In WeChat the native input keeps what is typed: the text lives in a
 * ref, typing updates nothing (no setData per keystroke), and `value` changes only to clear the field.
 */
const CONTROLLED = process.env.TARO_ENV !== 'weapp'

/**
 * The input bar: a numeric keyboard for single numbers (with a switch to the text keyboard for 万/亿/%, 无 and
 * commands such as “跳到第三部分”),
 * a text area with a live character count against the limit for narratives and the plan. It stays mounted
 * from one question to the next, so the keyboard stays open between answers.
 */
export function InputBar({
  mode,
  limit,
  initial = '',
  onSend,
  onTyping
}: {
  mode: InputMode
  limit?: number
  /** Text typed before a reload and not sent (kept on the device by the page). */
  initial?: string
  onSend: (text: string) => void
  /** Every change of the unsent text, so the page can keep it on the device. */
  onTyping?: (text: string) => void
}) {
  const text = useRef(initial)
  const [value, setValue] = useState(initial)
  const [count, setCount] = useState(() => (mode === 'long' && limit ? countChars(initial.trim()) : 0))
  const [fullKeyboard, setFullKeyboard] = useState(false)
  // A new kind of question starts on its own keyboard.
  useEffect(() => setFullKeyboard(false), [mode])
  const onInput = (v: string) => {
    text.current = v
    onTyping?.(v)
    if (CONTROLLED) setValue(v)
    if (mode === 'long' && limit) setCount(countChars(v.trim()))
  }
  const send = () => {
    const sent = text.current
    if (sent.trim() === '') return
    onSend(sent)
    text.current = ''
    onTyping?.('')
    setCount(0)
    if (CONTROLLED) setValue('')
    else {
      // `value` was never updated while typing: set it to the sent text, then clear, so WeChat sees a change.
      setValue(sent)
      setTimeout(() => setValue(''), 0)
    }
  }
  return (
    <View className='input-bar'>
      {mode === 'long' ? (
        <View className='input-bar__long'>
          <Textarea className='input-bar__textarea' value={value} maxlength={-1} autoHeight holdKeyboard placeholder='请输入…' onInput={(e) => onInput(e.detail.value)} />
          {limit ? <Text className={`input-bar__count ${count > limit ? 'input-bar__count--over' : ''}`}>{`${count}/${limit}`}</Text> : null}
        </View>
      ) : (
        <Input
          className='input-bar__input'
          type={mode === 'digit' && !fullKeyboard ? 'digit' : 'text'}
          value={value}
          maxlength={-1}
          placeholder={mode === 'digit' && !fullKeyboard ? '输入数字' : '输入回答'}
          confirmType='send'
          confirmHold
          holdKeyboard
          onInput={(e) => onInput(e.detail.value)}
          onConfirm={send}
        />
      )}
      {mode === 'digit' ? (
        <Text className='input-bar__switch' onClick={() => setFullKeyboard(!fullKeyboard)}>
          {fullKeyboard ? '数字键盘' : '文字键盘'}
        </Text>
      ) : null}
      <Button className='input-bar__send' size='mini' type='primary' onClick={send}>
        发送
      </Button>
    </View>
  )
}
