/**
 * Under the chat, right after an answer that makes claims needing proof: each claim still without a photo (at
 * most a few; the rest are on the 佐证材料 page) with 拍照 / 从相册选, and 稍后补充 to go on without them.
 */
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { findItem } from '../../form'
import { claimsOf, entryDetail, type Answers } from '../../rules'
import { EvidenceClaim } from '../EvidenceClaim'
import { typedNumberOf } from '../../evidence/certificateCheck'
import { moreOnPage, trayTitle } from './texts'
import './index.css'

/** Claims shown at once under the chat: a list of 400 patents is handled on the 佐证材料 page. */
export const TRAY_CLAIMS = 5


interface Props {
  appId: string
  itemId: string
  answers: Answers
  onChanged: () => void
  onClose: () => void
}

export function EvidenceTray({ appId, itemId, answers, onChanged, onClose }: Props) {
  const item = findItem(itemId)
  if (!item) return null
  const claims = claimsOf(item, answers[itemId])
  // Claims proven in this tray stay in view (their thumbnails show the upload); others wait on the page.
  const shown = claims.slice(0, TRAY_CLAIMS)
  const rest = claims.slice(TRAY_CLAIMS).filter((c) => c.refs.length === 0).length
  return (
    <View className='evidence-tray'>
      <View className='evidence-tray__head'>
        <Text className='evidence-tray__title'>{trayTitle(item.label)}</Text>
        <Text className='evidence-tray__later' onClick={onClose}>
          稍后补充
        </Text>
      </View>
      {shown.map((c) => (
        <EvidenceClaim key={c.key} appId={appId} claim={c} editable typedNumber={typedNumberOf(item, answers[itemId], c)} detail={entryDetail(item, answers[itemId], c)} onChanged={onChanged} />
      ))}
      {rest > 0 ? (
        <Text className='evidence-tray__more' onClick={() => Taro.navigateTo({ url: '/pages/evidence/index' })}>
          {moreOnPage(rest)}
        </Text>
      ) : null}
    </View>
  )
}
