import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { OPERATOR_SCOPE, sectionProgress, type SectionProgress } from '../../chat'
import { check, type Finding } from '../../rules'
import { currentApp, deviceStore } from '../../sync/device'
import './index.css'

function load(): SectionProgress[] {
  const answers = deviceStore(currentApp()?.appId ?? 'none').answers()
  return sectionProgress(answers, check(answers, { level: 'submit', now: new Date() }), OPERATOR_SCOPE)
}

function FindingRow({ f, kind }: { f: Finding; kind: 'error' | 'warning' | 'evidence' }) {
  return (
    <View className={`finding finding--${kind}`} onClick={() => Taro.navigateTo({ url: `/pages/chat/index?item=${f.itemIds[0]}` })}>
      <Text className='finding__text'>{f.message}</Text>
    </View>
  )
}

/** Each section's completion, errors, unexplained warnings and missing evidence; a tap opens the question. */
export default function Overview() {
  const [sections, setSections] = useState<SectionProgress[]>(load)
  useDidShow(() => setSections(load()))
  return (
    <View className='overview'>
      {sections.map((s) => (
        <View key={s.id} className='overview__section' data-section={s.id}>
          <View className='overview__head' onClick={() => Taro.navigateTo({ url: `/pages/table/index?section=${s.id}` })}>
            <Text className='overview__title'>{s.title}</Text>
            <Text className='overview__percent'>{`${s.percent}%（${s.answered}/${s.total}）`}</Text>
          </View>
          <View className='overview__bar'>
            <View className='overview__fill' style={{ width: `${s.percent}%` }} />
          </View>
          {s.errors.map((f, i) => (
            <FindingRow key={`e${i}`} f={f} kind='error' />
          ))}
          {s.warnings.map((f, i) => (
            <FindingRow key={`w${i}`} f={f} kind='warning' />
          ))}
          {s.missingEvidence.length > 0 ? <Text className='overview__evidence'>{`缺少佐证材料 ${s.missingEvidence.length} 项`}</Text> : null}
        </View>
      ))}
    </View>
  )
}
