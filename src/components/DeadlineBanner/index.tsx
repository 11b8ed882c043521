import { Text, View } from '@tarojs/components'
import { deadlineText } from './deadline'
import { UNNAMED, UNNAMED_HINT } from '../../sync/unnamed'

/** The application's name (the cover's 集群名称), region and deadline with days left. */
export function DeadlineBanner({ name, region, deadline, now }: { name: string; region: string | null; deadline: string | null | undefined; now: Date }) {
  return (
    <View className='deadline'>
      <Text className='deadline__name'>{name}</Text>
      {name === UNNAMED ? <Text className='deadline__hint'>{UNNAMED_HINT}</Text> : null}
      {region ? <Text className='deadline__region'>{`所属地区：${region}`}</Text> : null}
      {deadline === undefined ? null : <Text className='deadline__date'>{deadlineText(deadline, now)}</Text>}
    </View>
  )
}

export { daysLeft, deadlineText, shanghaiToday } from './deadline'
