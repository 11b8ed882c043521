import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { devLogin } from '../../sync/cloud/devSession.h5'
import './index.css'

export const NAME_NEEDED = '请输入显示名称，例如：张三（财务）。'

/**
 * Browser build only (see app.config.ts): pick a display name, get a stable local identity from the local
 * cloud. In WeChat the platform supplies identity and this page does not exist.
 */
export default function DevLogin() {
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit() {
    if (name.trim() === '') return setError(NAME_NEEDED)
    setBusy(true)
    const result = await devLogin(name)
    setBusy(false)
    if (!result.ok) {
      setError(result.error.message)
      return
    }
    await Taro.redirectTo({ url: '/pages/index/index' })
  }

  return (
    <View className='login'>
      <Text className='login__title'>本地开发登录</Text>
      <Text className='login__tip'>仅用于本机浏览器版本：输入显示名称即可登录，同名即同一身份。微信小程序中身份由微信提供。</Text>
      <Input
        className='login__input'
        placeholder='显示名称，如：张三（财务）'
        value={name}
        maxlength={20}
        onInput={(e) => setName(e.detail.value)}
        onConfirm={submit}
      />
      {error ? <Text className='login__error'>{error}</Text> : null}
      <Button className='login__button' type='primary' {...(busy ? { disabled: true } : {})} onClick={submit}>
        登录
      </Button>
    </View>
  )
}
