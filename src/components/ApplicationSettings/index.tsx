import { Button, Input, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { callFunction } from '../../sync'
import { coverIdentity, memberAnswers } from '../../sync/memberView'
import { shanghaiToday } from '../DeadlineBanner/deadline'
import { deadlinePlaceholder, readDeadline } from './settings'

interface Record_ {
  clusterName: string
  region: { city: string; county: string } | null
  deadline: string | null
}

/**
 * The owner's application settings. 集群名称 and 所属地区 are the cover's answers (one source of truth: they
 * are filled in the chat and shown here); the deadline is set here, typed as 2027-04-30 or 2027年4月30日.
 */
export function ApplicationSettings({ appId, now = () => new Date() }: { appId: string; now?: () => Date }) {
  const [record, setRecord] = useState<Record_ | null>(null)
  const [deadline, setDeadline] = useState('')
  const [note, setNote] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null)
  useEffect(() => {
    callFunction<{ application: Record_ }>('getApplication', { appId }).then((r) => {
      if (!r.ok) return
      setRecord(r.data.application)
      setDeadline(r.data.application.deadline ?? '')
    })
  }, [appId])
  const cover = coverIdentity(memberAnswers(appId))
  const name = cover.clusterName ?? record?.clusterName ?? ''
  const region = cover.region ?? record?.region ?? null
  const save = async () => {
    const read = readDeadline(deadline, shanghaiToday(now()))
    if (!read.ok) return setNote({ tone: 'error', text: read.message })
    const r = await callFunction<Record_>('updateApplication', { appId, deadline: read.date })
    if (!r.ok) return setNote({ tone: 'error', text: r.error.message })
    setDeadline(read.date)
    setNote({ tone: 'ok', text: `已保存：截止日期 ${read.date}。` })
  }
  return (
    <View className='settings'>
      <Text className='settings__title'>申报设置</Text>
      <Text className='settings__line settings__name'>{`集群名称：${name || '（未填写）'}`}</Text>
      <Text className='settings__line settings__region'>{`所属地区：${region ? `${region.city}${region.county}` : '（未填写）'}`}</Text>
      <Text className='settings__hint'>集群名称在对话的“一、基本情况”中填写，所属地区在“封面”中填写，此处自动同步。</Text>
      <Input className='settings__input settings__input--deadline' value={deadline} placeholder={deadlinePlaceholder(shanghaiToday(now()))} onInput={(e) => setDeadline(e.detail.value)} />
      <Button className='settings__save' size='mini' type='primary' onClick={save}>
        保存设置
      </Button>
      {note ? <Text className={`settings__note settings__note--${note.tone}`}>{note.text}</Text> : null}
    </View>
  )
}

export { readDeadline } from './settings'
