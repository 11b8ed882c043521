import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { OPERATOR_SCOPE } from '../../rules'
import { ApplicationSettings } from '../../components/ApplicationSettings'
import { getSection, sectionNumeral, type SectionId } from '../../form'
import { callFunction } from '../../sync'
import { ROLE_NAMES, currentApp, type CurrentApp } from '../../sync/device'
import './index.css'

/** As listMembers returns it: an opaque per-application id, never an openid (src/cloud/core/names.ts). */
interface Member {
  memberId: string
  displayName: string | null
  unit: string | null
  role: CurrentApp['role']
  sections: SectionId[]
}


export const ASSIGN_HINT = '点选下方的部分，分配给该填报员填写；再点一次取消。未分配的部分由负责人填写。'

const TITLE = (id: SectionId) => getSection(id).title

/** What the owner is told after assigning: who fills which parts now, by the parts' printed titles. */
export const assignedText = (name: string, sections: readonly SectionId[]) =>
  sections.length > 0 ? `已保存：${name}负责${sections.map((s) => `“${TITLE(s)}”`).join('')}。` : `已保存：${name}暂无负责的部分。`

/** What a member who cannot assign sees of an operator's parts: a line, not chips that look tappable. */
export const scopeLine = (sections: readonly SectionId[]) => (sections.length > 0 ? `负责：${sections.map(TITLE).join('；')}` : '负责：尚未分配')

/** The owner assigns sections to operators (tap a section to toggle it) and removes members. */
export default function Members() {
  const app = currentApp()
  const [members, setMembers] = useState<Member[]>([])
  const [message, setMessage] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const load = async () => {
    if (!app) return
    const r = await callFunction<Member[]>('listMembers', { appId: app.appId })
    if (r.ok) setMembers(r.data)
    else setMessage(r.error.message)
  }
  useDidShow(() => {
    load()
  })
  const toggle = async (m: Member, section: SectionId) => {
    if (!app) return
    const sections = m.sections.includes(section) ? m.sections.filter((s) => s !== section) : [...m.sections, section]
    const r = await callFunction('assignSections', { appId: app.appId, memberId: m.memberId, sections })
    if (!r.ok) setMessage(r.error.message)
    else setDone(assignedText(m.displayName ?? '微信用户', sections))
    await load()
  }
  const remove = async (m: Member) => {
    if (!app) return
    const r = await callFunction('removeMember', { appId: app.appId, memberId: m.memberId })
    if (!r.ok) setMessage(r.error.message)
    else setDone(`已移除成员“${m.displayName ?? '微信用户'}”。`)
    await load()
  }
  return (
    <View className='members'>
      {message ? <Text className='members__message'>{message}</Text> : null}
      {done ? <Text className='members__done'>{done}</Text> : null}
      {app?.role === 'owner' ? <ApplicationSettings appId={app.appId} /> : null}
      {app?.role === 'owner' && members.some((m) => m.role === 'operator') ? <Text className='members__hint'>{ASSIGN_HINT}</Text> : null}
      {members.map((m) => (
        <View key={m.memberId} className='member' data-member-id={m.memberId}>
          <View className='member__head'>
            <Text className='member__name'>{`${m.displayName ?? '微信用户'} · ${ROLE_NAMES[m.role]}`}</Text>
            {m.role !== 'owner' && app?.role === 'owner' ? (
              <Text className='member__remove' onClick={() => remove(m)}>
                移除
              </Text>
            ) : null}
          </View>
          {m.unit ? <Text className='member__unit'>{m.unit}</Text> : null}
          {m.role === 'operator' && app?.role !== 'owner' ? <Text className='member__scope'>{scopeLine(m.sections)}</Text> : null}
          {m.role === 'operator' && app?.role === 'owner' ? (
            <View className='member__sections'>
              {OPERATOR_SCOPE.map((s) => (
                <Text key={s} className={`member__section ${m.sections.includes(s) ? 'member__section--on' : ''}`} onClick={() => toggle(m, s)}>
                  {sectionNumeral(s)}
                </Text>
              ))}
            </View>
          ) : null}
        </View>
      ))}
    </View>
  )
}
