import { Button, Input, Text, View } from '@tarojs/components'
import { UNNAMED } from '../../sync/unnamed'
import { useState } from 'react'
import { requirePrivacyConsent } from '../../privacy/consent'
import './index.css'

export const NAME_FORM_TEXT = {
  create: { title: '新建申报：您的称呼', submit: '新建申报' },
  join: { title: '加入申报：您的称呼', submit: '加入申报' }
} as const

/** The join form's title once the invite is known: which application, in which role. */
export const joinTitle = (clusterName: string, roleName: string, invitedBy: string | null = null) =>
  `${invitedBy ? `${invitedBy}邀请您` : ''}加入申报“${clusterName || UNNAMED}”，担任${roleName}：您的称呼`

export const CONSENT_DECLINED = '需要同意隐私保护指引后才能填写称呼和单位。'

/**
 * Asks for the name other members will see and, optionally, the unit. In WeChat the name field is the
 * nickname input (type="nickname": the user may pick their WeChat nickname;
 * https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/userProfile.html). The server
 * checks both (src/cloud/core/names.ts) and its Chinese message is shown here. Privacy consent comes first.
 */
export function NameForm({
  purpose,
  defaultName,
  title,
  onSubmit,
  onCancel
}: {
  purpose: keyof typeof NAME_FORM_TEXT
  /** A more precise title (the join form names the application and role once the invite is read). */
  title?: string
  defaultName?: string | null
  /** Resolves to an error message to show, or null when done. */
  onSubmit: (displayName: string, unit: string) => Promise<string | null>
  onCancel?: () => void
}) {
  // A small form off the chat's typing path: plain state. The nickname input reports a picked WeChat
  // nickname in its blur event, so both events update the name.
  const [name, setName] = useState(defaultName ?? '')
  const [unit, setUnit] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const text = NAME_FORM_TEXT[purpose]
  const submit = async () => {
    if (busy) return
    setBusy(true)
    try {
      if (!(await requirePrivacyConsent())) return setError(CONSENT_DECLINED)
      setError(await onSubmit(name, unit))
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='name-form'>
      <Text className='name-form__title'>{title ?? text.title}</Text>
      <Input
        className='name-form__name'
        type={process.env.TARO_ENV === 'weapp' ? 'nickname' : 'text'}
        value={name}
        maxlength={20}
        placeholder='称呼，如：王会计（1–20 个字）'
        onInput={(e) => setName(e.detail.value)}
        onBlur={(e) => setName(e.detail.value)}
      />
      <Input className='name-form__unit' value={unit} maxlength={40} placeholder='所在单位（选填），如：坊子区工信局' onInput={(e) => setUnit(e.detail.value)} />
      {error ? <Text className='name-form__error'>{error}</Text> : null}
      <View className='name-form__buttons'>
        {onCancel ? (
          <Button className='name-form__cancel' size='mini' onClick={onCancel}>
            取消
          </Button>
        ) : null}
        <Button className='name-form__submit' size='mini' type='primary' {...(busy ? { disabled: true } : {})} onClick={submit}>
          {text.submit}
        </Button>
      </View>
    </View>
  )
}
