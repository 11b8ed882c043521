import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter, useShareAppMessage } from '@tarojs/taro'
import { useState } from 'react'
import { DeadlineBanner } from '../../components/DeadlineBanner'
import { SectionBoard } from '../../components/SectionBoard'
import { useApplicationStatus } from '../../components/SectionBoard/useApplicationStatus'
import { FORM } from '../../form'
import { callFunction, ensureSignedIn, type SignInState } from '../../sync'
import { ROLE_NAMES, currentApp, setCurrentApp, type CurrentApp } from '../../sync/device'
import { inviteLink } from '../../sync/invite'
import { forgetInvite, pendingInvite, rememberInvite } from '../../sync/pendingInvite'
import './index.css'

interface AppSummary {
  id: string
  clusterName: string
}

async function choose(appId: string): Promise<CurrentApp | string> {
  const r = await callFunction<{ application: AppSummary; me: { role: CurrentApp['role']; sections: string[] } }>('getApplication', { appId })
  if (!r.ok) return r.error.message
  const app = { appId, clusterName: r.data.application.clusterName, role: r.data.me.role, sections: r.data.me.sections }
  setCurrentApp(app)
  return app
}

/** Home: who I am, my applications (create, join by invite, choose), the sections, invites for the owner. */
export default function Home() {
  const router = useRouter()
  const [signIn, setSignIn] = useState<SignInState | null>(null)
  const [apps, setApps] = useState<AppSummary[]>([])
  const [current, setCurrent] = useState<CurrentApp | null>(currentApp())
  const [message, setMessage] = useState<string | null>(null)
  const [invite, setInvite] = useState<string | null>(null)
  const [shown, setShown] = useState(0)
  const status = useApplicationStatus(current, shown)

  const refresh = async () => {
    const list = await callFunction<AppSummary[]>('listMyApplications', {})
    if (list.ok) setApps(list.data)
    const saved = currentApp()
    if (saved && list.ok && !list.data.some((a) => a.id === saved.appId)) setCurrent(null)
  }

  useDidShow(() => {
    // Kept across the dev login redirect, which drops the page's parameters.
    if (router.params.invite) rememberInvite(router.params.invite)
    ensureSignedIn().then(async (state) => {
      setSignIn(state)
      if (state.kind !== 'signedIn') return
      const token = router.params.invite ?? pendingInvite()
      if (token) {
        forgetInvite()
        const joined = await callFunction<{ appId: string }>('joinApplication', { token })
        if (!joined.ok) setMessage(joined.error.message)
        else {
          const chosen = await choose(joined.data.appId)
          if (typeof chosen === 'string') setMessage(chosen)
          else setCurrent(chosen)
        }
      }
      // Roles and sections may have changed since last time (the owner reassigns them).
      const saved = currentApp()
      if (!token && saved) {
        const chosen = await choose(saved.appId)
        if (typeof chosen !== 'string') setCurrent(chosen)
      }
      await refresh()
      setShown((n) => n + 1)
    })
  })

  // In WeChat the owner shares an invite as a share card; the card opens this page with ?invite=.
  useShareAppMessage(() => ({ title: `邀请您参与填报：${current?.clusterName || FORM.title}`, path: invite ? `/pages/index/index?invite=${invite}` : '/pages/index/index' }))

  const create = async () => {
    const r = await callFunction<AppSummary>('createApplication', {})
    if (!r.ok) return setMessage(r.error.message)
    const chosen = await choose(r.data.id)
    if (typeof chosen === 'string') setMessage(chosen)
    else setCurrent(chosen)
    await refresh()
  }

  const makeInvite = async () => {
    if (!current) return
    const r = await callFunction<{ token: string }>('createInvite', { appId: current.appId, role: 'operator', expiresInHours: 72, maxUses: 10 })
    if (!r.ok) return setMessage(r.error.message)
    setInvite(r.data.token)
  }

  return (
    <View className='home'>
      <View className='home__header'>
        <Text className='home__title'>{FORM.title}</Text>
        {signIn?.kind === 'signedIn' ? <Text className='home__user'>当前用户：{signIn.displayName ?? '微信用户'}</Text> : null}
        {signIn?.kind === 'failed' ? <Text className='home__error'>{signIn.message}</Text> : null}
        {current ? <Text className='home__app'>{`当前申报：${status?.name ?? current.clusterName} · ${ROLE_NAMES[current.role]}`}</Text> : null}
      </View>
      {message ? <Text className='home__message'>{message}</Text> : null}
      <View className='home__apps'>
        {apps.map((a) => (
          <Text
            key={a.id}
            className={`home__app-chip ${current?.appId === a.id ? 'home__app-chip--on' : ''}`}
            data-app={a.id}
            onClick={async () => {
              const chosen = await choose(a.id)
              if (typeof chosen === 'string') setMessage(chosen)
              else setCurrent(chosen)
            }}
          >
            {(current?.appId === a.id ? status?.name : a.clusterName) || '未命名申报'}
          </Text>
        ))}
        <Button className='home__create' size='mini' onClick={create}>
          新建申报
        </Button>
      </View>
      {current ? (
        <View className='home__actions'>
          <Text className='home__action' onClick={() => Taro.navigateTo({ url: '/pages/chat/index' })}>
            继续填报
          </Text>
          <Text className='home__action' onClick={() => Taro.navigateTo({ url: '/pages/overview/index' })}>
            填报总览
          </Text>
          <Text className='home__action' onClick={() => Taro.navigateTo({ url: '/pages/members/index' })}>
            成员分工
          </Text>
          {current.role === 'owner' ? (
            <Text className='home__action' onClick={makeInvite}>
              邀请成员
            </Text>
          ) : null}
        </View>
      ) : null}
      {invite ? <Text className='home__invite'>{inviteLink(invite)}</Text> : null}
      {current && status ? <DeadlineBanner name={status.name} region={status.region} deadline={status.deadline} now={new Date()} /> : null}
      {current && status ? <SectionBoard progress={status.progress} members={status.members} onOpen={(id) => Taro.navigateTo({ url: `/pages/chat/index?section=${id}` })} /> : null}
    </View>
  )
}
