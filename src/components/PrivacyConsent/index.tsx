import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { AGREE_BUTTON_ID, answerConsent, onConsentRequest } from '../../privacy/consent'
import { PRIVACY_TITLE } from '../../privacy/guide'
import './index.css'

export const CONSENT_TEXT = '您的称呼、单位以及申报表中的联系人、联系电话会保存并给本申报的成员看到。提交前请阅读并同意《集群申报助手隐私保护指引》。我们只为完成本申报的填写与协作使用这些信息。'

/** The consent dialog, shown while a privacy-related step waits for the user's agreement (src/privacy/consent.ts). */
export function PrivacyConsent() {
  const [open, setOpen] = useState(false)
  useEffect(() => onConsentRequest(setOpen), [])
  if (!open) return null
  return (
    <View className='consent'>
      <View className='consent__dialog'>
        <Text className='consent__title'>隐私保护提示</Text>
        <Text className='consent__text'>{CONSENT_TEXT}</Text>
        <Text className='consent__link' onClick={() => Taro.navigateTo({ url: '/pages/privacy/index' })}>
          {`《${PRIVACY_TITLE}》`}
        </Text>
        <View className='consent__buttons'>
          <Button className='consent__decline' size='mini' onClick={() => answerConsent(false)}>
            不同意
          </Button>
          {/* open-type makes WeChat record the agreement; the id is what resolve({buttonId}) names. */}
          <Button id={AGREE_BUTTON_ID} className='consent__agree' size='mini' type='primary' openType='agreePrivacyAuthorization' onAgreePrivacyAuthorization={() => answerConsent(true)} onClick={() => process.env.TARO_ENV !== 'weapp' && answerConsent(true)}>
            同意并继续
          </Button>
        </View>
      </View>
    </View>
  )
}
