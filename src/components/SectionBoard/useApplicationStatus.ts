/**
 * Loads what home shows for the chosen application: the answers as this member sees them (device, then the
 * pull), each section's progress and findings, the members and their sections, the deadline. Also keeps the
 * cloud's application name and region equal to the cover's answers (owner only).
 *
 * Per show: one sync, one getApplication (shared with home's chooseApplication), one listMembers, and the 提交
 * check only when the answers changed. The rule module is loaded on demand (./progressLoader.ts), so it is not in
 * the weapp main package; the cards get their findings when it has loaded, also when signing in failed (offline).
 */
import { useEffect, useRef, useState } from 'react'
import type { SectionProgress } from '../../rules/progress'
import type { Answers } from '../../rules/values'
import { callFunction } from '../../sync'
import { applicationRecord, type ApplicationRecord } from '../../sync/chooseApplication'
import type { CurrentApp } from '../../sync/device'
import { applicationName, coverIdentity, memberAnswers, mirrorCoverToApplication, syncMemberView } from '../../sync/memberView'
import type { BoardMember } from './board'
import { loadRuleCheck, progressNow, ruleCheckLoaded } from './progressLoader'

export interface ApplicationStatus {
  name: string
  region: string | null
  /** undefined until the cloud's record has been read (offline, or still loading): nothing is said about it. */
  deadline: string | null | undefined
  progress: SectionProgress[]
  members: BoardMember[]
}

function status(answers: Answers, record: ApplicationRecord | null, listedName: string, members: BoardMember[]): ApplicationStatus {
  const cover = coverIdentity(answers)
  const region = cover.region ?? record?.region ?? null
  return {
    name: applicationName(answers, record?.clusterName ?? listedName),
    region: region ? `${region.city}${region.county}` : null,
    deadline: record ? record.deadline : undefined,
    progress: progressNow(answers, new Date()),
    members
  }
}

/**
 * `refreshKey` is home's count of completed shows: 0 until the first show has signed in, so nothing is asked of
 * the cloud before that; each later value loads everything once.
 */
export function useApplicationStatus(app: CurrentApp | null, refreshKey: number): ApplicationStatus | null {
  /** The application and answers whose status is on screen. */
  const shown = useRef<{ appId: string; answers: Answers } | null>(null)
  const [value, setValue] = useState<ApplicationStatus | null>(() => {
    if (!app) return null
    shown.current = { appId: app.appId, answers: memberAnswers(app.appId) }
    return status(shown.current.answers, null, app.clusterName, [])
  })
  useEffect(() => {
    if (!app) {
      setValue(null)
      shown.current = null
      return
    }
    let live = true
    const stop = () => {
      live = false
    }
    // Another application was chosen: show what this device holds for it while the cloud answers.
    if (shown.current?.appId !== app.appId) {
      shown.current = { appId: app.appId, answers: memberAnswers(app.appId) }
      setValue(status(shown.current.answers, null, app.clusterName, []))
    }
    // The cards on screen get their findings as soon as the rule check has loaded.
    if (!ruleCheckLoaded()) {
      loadRuleCheck().then((loaded) => {
        const on = shown.current
        if (loaded && live && on) setValue((v) => v && { ...v, progress: progressNow(on.answers, new Date()) })
      })
    }
    if (refreshKey === 0) return stop
    ;(async () => {
      const [view, record, listed] = await Promise.all([
        syncMemberView(app.appId),
        applicationRecord(app.appId),
        callFunction<BoardMember[]>('listMembers', { appId: app.appId }),
        loadRuleCheck()
      ])
      if (record) await mirrorCoverToApplication(app.appId, app.role, view.answers, record)
      if (!live) return
      shown.current = { appId: app.appId, answers: view.answers }
      setValue(status(view.answers, record, app.clusterName, listed.ok ? listed.data : []))
    })()
    return stop
  }, [app?.appId, refreshKey])
  return value
}
