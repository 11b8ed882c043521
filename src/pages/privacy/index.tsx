import { Text, View } from '@tarojs/components'
import { PRIVACY_GUIDE, PRIVACY_GUIDE_VERSION, PRIVACY_TITLE } from '../../privacy/guide'
import './index.css'

/** 隐私保护指引: what is collected, why, who sees it, how to delete (src/privacy/guide.ts). */
export default function Privacy() {
  return (
    <View className='privacy'>
      <Text className='privacy__title'>{PRIVACY_TITLE}</Text>
      <Text className='privacy__version'>{`更新日期：${PRIVACY_GUIDE_VERSION}`}</Text>
      {PRIVACY_GUIDE.map((s) => (
        <View key={s.title}>
          <Text className='privacy__heading'>{s.title}</Text>
          {s.paragraphs.map((p) => (
            <Text key={p} className='privacy__paragraph'>
              {p}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}
