import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter, useShareAppMessage } from '@tarojs/taro'
import { useState } from 'react'
import { DeadlineBanner } from '../../components/DeadlineBanner'
import { SectionBoard } from '../../components/SectionBoard'
import { useApplicationStatus } from '../../components/SectionBoard/useApplicationStatus'
import { FORM } from '../../form'
import { callFunction, ensureSignedIn, type SignInState } from '../../sync'
import { chooseApplication as choose } from '../../sync/chooseApplication'
import { ROLE_NAMES, currentApp, type CurrentApp } from '../../sync/device'
import { inviteLink, inviteUrl } from '../../sync/invite'
import { INVITE_COPIED, INVITE_NOT_COPIED } from './texts'
import { UNNAMED } from '../../sync/unnamed'
import { forgetInvite, pendingInvite, rememberInvite } from '../../sync/pendingInvite'
import { AppNotice } from '../../components/AppNotice'
import { InviteRoles } from '../../components/InviteRoles'
import { NameForm } from '../../components/NameForm'
import { useInviteTitle } from '../../components/NameForm/useInviteTitle'
import { PrivacyConsent } from '../../components/PrivacyConsent'
import { MyTodo } from '../../components/MyTodo'
import './index.css'

/** Invites answered in this run: the page keeps ?invite= in its URL, so it would ask again on every show. */
const answeredInvites = new Set<string>()

type InviteRole = 'operator' | 'countyReviewer' | 'cityRecommender'

interface AppSummary {
  id: string
  clusterName: string
}

/** Home: who I am, my applications (create, join by invite, choose), the sections, invites for the owner. */
export default function Home() {
  const router = useRouter()
  const [signIn, setSignIn] = useState<SignInState | null>(null)
  const [apps, setApps] = useState<AppSummary[]>([])
  const [current, setCurrent] = useState<CurrentApp | null>(currentApp())
  const [message, setMessage] = useState<string | null>(null)
  const [invite, setInvite] = useState<string | null>(null)
  const [inviteRole, setInviteRole] = useState<InviteRole>('operator')
  /** What the copy button did, shown under it. */
  const [copyNote, setCopyNote] = useState<string | null>(null)
  const [shown, setShown] = useState(0)
  const status = useApplicationStatus(current, shown)
  // Just joined: 我的待办 asks for reminders (WeChat shows the subscription dialog only inside a tap: the next one).
  const [justJoined, setJustJoined] = useState(false)
  /** Creating or joining first asks for the member's name and unit (joining: for which application and role). */
  const [asking, setAsking] = useState<{ kind: 'create' } | { kind: 'join'; token: string } | null>(null)
  const joinTitle = useInviteTitle(asking?.kind === 'join' ? asking.token : null)

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
      // An invite opened before signing in was kept (src/sync/pendingInvite.ts); the name form asks first.
      const token = router.params.invite ?? pendingInvite()
      if (token && !answeredInvites.has(token)) setAsking({ kind: 'join', token })
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
  useShareAppMessage(() => ({ title: `邀请您参与申报：${current?.clusterName || FORM.title}`, path: invite ? `/pages/index/index?invite=${invite}` : '/pages/index/index' }))

  /** Creates or joins with the name and unit from the form; returns the message to show in the form, if any. */
  const named = async (displayName: string, unit: string): Promise<string | null> => {
    if (!asking) return null
    const r =
      asking.kind === 'create'
        ? await callFunction<AppSummary>('createApplication', { displayName, unit })
        : await callFunction<{ appId: string }>('joinApplication', { token: asking.token, displayName, unit })
    if (!r.ok) return r.error.message
    if (asking.kind === 'join') {
      answeredInvites.add(asking.token)
      forgetInvite()
      setJustJoined(true)
    }
    setAsking(null)
    const chosen = await choose('id' in r.data ? r.data.id : r.data.appId)
    if (typeof chosen === 'string') setMessage(chosen)
    else setCurrent(chosen)
    await refresh()
    return null
  }

  const copyInvite = (url: string) =>
    Taro.setClipboardData({ data: url }).then(
      () => setCopyNote(INVITE_COPIED),
      () => setCopyNote(INVITE_NOT_COPIED)
    )

  const makeInvite = async (role: InviteRole = 'operator') => {
    if (!current) return
    // Operators are often several; a county or city invite is meant for one or two people.
    const r = await callFunction<{ token: string }>('createInvite', { appId: current.appId, role, expiresInHours: 72, maxUses: role === 'operator' ? 10 : 2 })
    if (!r.ok) return setMessage(r.error.message)
    setInvite(r.data.token)
    setInviteRole(role)
    setCopyNote(null)
  }

  return (
    <View className='home'>
      <View className='home__header'>
        <Text className='home__title'>{FORM.title}</Text>
        {signIn?.kind === 'signedIn' ? <Text className='home__user'>当前用户：{current?.displayName ?? signIn.displayName ?? '微信用户'}</Text> : null}
        {signIn?.kind === 'failed' ? <Text className='home__error'>{signIn.message}</Text> : null}
        {current ? <Text className='home__app'>{`当前申报：${status?.name ?? current.clusterName} · ${ROLE_NAMES[current.role]}`}</Text> : null}
      </View>
      <AppNotice />
      {message ? <Text className='home__message'>{message}</Text> : null}
      {asking ? (
        <NameForm
          key={asking.kind === 'join' ? asking.token : 'create'}
          purpose={asking.kind}
          {...(joinTitle ? { title: joinTitle } : {})}
          defaultName={signIn?.kind === 'signedIn' ? signIn.displayName : null}
          onSubmit={named}
          onCancel={() => setAsking(null)}
        />
      ) : null}
      <PrivacyConsent />
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
            {(current?.appId === a.id ? status?.name : a.clusterName) || UNNAMED}
          </Text>
        ))}
        {/* Hidden while the name form is open (it has its own 新建申报 / 加入申报 button). */}
        {asking ? null : (
          <Button className='home__create' size='mini' onClick={() => setAsking({ kind: 'create' })}>
            新建申报
          </Button>
        )}
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
          <Text className='home__action home__evidence' onClick={() => Taro.navigateTo({ url: '/pages/evidence/index' })}>
            佐证材料
          </Text>
          {current.role === 'owner' ? (
            <Text className='home__action' onClick={() => makeInvite()}>
              邀请成员
            </Text>
          ) : null}
        </View>
      ) : null}
      {invite ? <InviteRoles role={inviteRole} onPick={makeInvite} /> : null}
      {invite ? <Text className='home__invite'>{inviteLink(invite, ROLE_NAMES[inviteRole])}</Text> : null}
      {invite && inviteUrl(invite) ? (
        <Button className='home__copy-invite' size='mini' onClick={() => copyInvite(inviteUrl(invite) as string)}>
          复制邀请链接
        </Button>
      ) : null}
      {invite && copyNote ? <Text className='home__copy-note'>{copyNote}</Text> : null}
      {current && status ? <DeadlineBanner name={status.name} region={status.region} deadline={status.deadline} now={new Date()} /> : null}
      {current && status ? <MyTodo app={current} status={status} refreshKey={shown} signedIn={signIn?.kind === 'signedIn'} justJoined={justJoined} /> : null}
      {current && status ? <SectionBoard progress={status.progress} members={status.members} onOpen={(id) => Taro.navigateTo({ url: `/pages/chat/index?section=${id}` })} /> : null}
    </View>
  )
}
