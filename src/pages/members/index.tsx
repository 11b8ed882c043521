import { Button, Input, Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { OPERATOR_SCOPE } from '../../chat'
import { FORM, type SectionId } from '../../form'
import { callFunction } from '../../sync'
import { ROLE_NAMES, currentApp, setCurrentApp, type CurrentApp } from '../../sync/device'
import './index.css'

/** As listMembers returns it: an opaque per-application id, never an openid (src/cloud/core/names.ts). */
interface Member {
  memberId: string
  displayName: string | null
  unit: string | null
  role: CurrentApp['role']
  sections: SectionId[]
}

const SHORT = (id: SectionId) => FORM.sections.find((s) => s.id === id)?.title.split('、')[0] ?? id

/** The owner assigns sections to operators (tap a section to toggle it) and removes members. */
export default function Members() {
  const app = currentApp()
  const [members, setMembers] = useState<Member[]>([])
  const [message, setMessage] = useState<string | null>(null)
  const [settings, setSettings] = useState({ clusterName: '', city: '', county: '', deadline: '' })
  const load = async () => {
    if (!app) return
    const r = await callFunction<Member[]>('listMembers', { appId: app.appId })
    if (r.ok) setMembers(r.data)
    else setMessage(r.error.message)
    const a = await callFunction<{ application: { clusterName: string; region: { city: string; county: string } | null; deadline: string | null } }>('getApplication', { appId: app.appId })
    if (a.ok) {
      const { clusterName, region, deadline } = a.data.application
      setSettings({ clusterName, city: region?.city ?? '', county: region?.county ?? '', deadline: deadline ?? '' })
    }
  }
  /** The owner names the application, sets its region and the deadline the reminders count down to. */
  const saveSettings = async () => {
    if (!app) return
    const r = await callFunction<{ clusterName: string }>('updateApplication', {
      appId: app.appId,
      clusterName: settings.clusterName.trim(),
      ...(settings.city.trim() && settings.county.trim() ? { region: { city: settings.city.trim(), county: settings.county.trim() } } : {}),
      ...(settings.deadline.trim() ? { deadline: settings.deadline.trim() } : {})
    })
    if (!r.ok) return setMessage(r.error.message)
    setCurrentApp({ ...app, clusterName: r.data.clusterName })
    setMessage(null)
  }
  const field = (key: keyof typeof settings, placeholder: string) => (
    <Input className={`settings__input settings__input--${key}`} value={settings[key]} placeholder={placeholder} onInput={(e) => setSettings({ ...settings, [key]: e.detail.value })} />
  )
  useDidShow(() => {
    load()
  })
  const toggle = async (m: Member, section: SectionId) => {
    if (!app) return
    const sections = m.sections.includes(section) ? m.sections.filter((s) => s !== section) : [...m.sections, section]
    const r = await callFunction('assignSections', { appId: app.appId, memberId: m.memberId, sections })
    if (!r.ok) setMessage(r.error.message)
    await load()
  }
  const remove = async (m: Member) => {
    if (!app) return
    const r = await callFunction('removeMember', { appId: app.appId, memberId: m.memberId })
    if (!r.ok) setMessage(r.error.message)
    await load()
  }
  return (
    <View className='members'>
      {message ? <Text className='members__message'>{message}</Text> : null}
      {app?.role === 'owner' ? (
        <View className='settings'>
          <Text className='settings__title'>申报设置</Text>
          {field('clusterName', '集群名称，如：潍坊市坊子区动力装备特色产业集群')}
          {field('city', '所属市，如：潍坊市')}
          {field('county', '县（市、区），如：坊子区')}
          {field('deadline', '截止日期，如：2024-04-30')}
          <Button className='settings__save' size='mini' type='primary' onClick={saveSettings}>
            保存设置
          </Button>
        </View>
      ) : null}
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
          {m.role === 'operator' ? (
            <View className='member__sections'>
              {OPERATOR_SCOPE.map((s) => (
                <Text key={s} className={`member__section ${m.sections.includes(s) ? 'member__section--on' : ''}`} onClick={() => app?.role === 'owner' && toggle(m, s)}>
                  {SHORT(s)}
                </Text>
              ))}
            </View>
          ) : null}
        </View>
      ))}
    </View>
  )
}
