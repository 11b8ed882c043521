import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { formatAnswer } from '../../chat'
import { FORM, isAnswerable, type SectionId } from '../../form'
import { currentApp, deviceStore, pullIntoDevice } from '../../sync/device'
import './index.css'

/** A whole section laid out like the paper form: label as printed, the answer, tap to edit in the chat. */
export default function Table() {
  const router = useRouter()
  const section = FORM.sections.find((s) => s.id === (router.params.section as SectionId)) ?? FORM.sections[1]
  const [answers, setAnswers] = useState(() => deviceStore(currentApp()?.appId ?? 'none').answers())
  useDidShow(() => {
    const appId = currentApp()?.appId ?? 'none'
    setAnswers(deviceStore(appId).answers())
    // Pull what the other members filled, then show it.
    pullIntoDevice(appId).then((merged) => merged && setAnswers(merged))
  })
  return (
    <View className='table'>
      <Text className='table__title'>{section.title}</Text>
      {section.items.filter(isAnswerable).map((item) => (
        <View key={item.id} className='table__row' data-item-id={item.id} onClick={() => Taro.navigateTo({ url: `/pages/chat/index?item=${item.id}` })}>
          <Text className='table__label'>{item.group ? `${item.group} · ${item.label}` : item.label}</Text>
          <Text className={`table__value ${answers[item.id] ? '' : 'table__value--empty'}`}>{formatAnswer(item, answers[item.id]?.value)}</Text>
        </View>
      ))}
    </View>
  )
}
