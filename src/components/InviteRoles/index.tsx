import { Text, View } from '@tarojs/components'
import type { Role } from '../../cloud/ports/store'
import { ROLE_NAMES } from '../../sync/device'
import './index.css'

/** The roles an owner can invite: operators fill sections, the county reviews, the city gives its opinion. */
export const INVITE_ROLES: readonly Exclude<Role, 'owner'>[] = ['operator', 'countyReviewer', 'cityRecommender']

/** Which role the invite is for, as chips beside the link; tapping another makes a new link for that role. */
export function InviteRoles({ role, onPick }: { role: Exclude<Role, 'owner'>; onPick: (role: Exclude<Role, 'owner'>) => void }) {
  return (
    <View className='invite-roles'>
      <Text className='invite-roles__label'>邀请的身份：</Text>
      {INVITE_ROLES.map((r) => (
        <Text key={r} className={`invite-roles__role ${r === role ? 'invite-roles__role--on' : ''}`} onClick={() => r !== role && onPick(r)}>
          {ROLE_NAMES[r]}
        </Text>
      ))}
    </View>
  )
}
