import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { FORM, sectionSummaries } from '../../form'
import { ensureSignedIn, type SignInState } from '../../sync'
import './index.css'

const SECTIONS = sectionSummaries()

/** Home: the form's sections with their item counts, read from the model. */
export default function Home() {
  const [signIn, setSignIn] = useState<SignInState | null>(null)
  useDidShow(() => {
    ensureSignedIn().then(setSignIn)
  })

  return (
    <View className='home'>
      <View className='home__header'>
        <Text className='home__title'>{FORM.title}</Text>
        {signIn?.kind === 'signedIn' ? (
          <Text className='home__user'>当前用户：{signIn.displayName ?? '微信用户'}</Text>
        ) : null}
        {signIn?.kind === 'failed' ? <Text className='home__error'>{signIn.message}</Text> : null}
      </View>
      <View className='home__actions'>
        <Text className='home__action' onClick={() => Taro.navigateTo({ url: '/pages/chat/index' })}>
          继续填报
        </Text>
        <Text className='home__action' onClick={() => Taro.navigateTo({ url: '/pages/overview/index' })}>
          填报总览
        </Text>
      </View>
      {SECTIONS.map((s) => (
        <View
          key={s.id}
          className='section-card'
          data-section={s.id}
          onClick={() => Taro.navigateTo({ url: `/pages/chat/index?section=${s.id}` })}
        >
          <Text className='section-card__title'>{s.title}</Text>
          <Text className='section-card__count'>
            {s.answerableCount > 0 ? `${s.answerableCount} 项待填（必填 ${s.requiredCount} 项）` : '导出后签字盖章'}
          </Text>
        </View>
      ))}
    </View>
  )
}
