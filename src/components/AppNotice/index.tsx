import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import './index.css'

/** Says that this is not an official channel (shared/wechat.md: 工具 category) and links the privacy guide. */
export function AppNotice() {
  return (
    <View className='app-notice'>
      <Text className='app-notice__text'>非官方填报辅助工具，正式申报以主管部门要求为准</Text>
      <Text className='app-notice__link' onClick={() => Taro.navigateTo({ url: '/pages/privacy/index' })}>
        隐私保护指引
      </Text>
    </View>
  )
}
