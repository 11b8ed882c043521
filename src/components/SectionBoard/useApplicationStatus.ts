/**
 * Loads what home shows for the chosen application: the answers as this member sees them (device, then the
 * pull), each section's progress and findings, the members and their sections, the deadline. Also keeps the
 * cloud's application name and region equal to the cover's answers (owner only).
 *
 * Per show: one sync, one getApplication (shared with home's chooseApplication), one listMembers and one
 * 提交 check. The rule module is loaded on demand (./progressLoader.ts), so it is not in the weapp main package.
 */
import { useEffect, useRef, useState } from 'react'
import type { SectionProgress } from '../../rules/progress'
import type { Answers } from '../../rules/values'
import { callFunction } from '../../sync'
import { applicationRecord, type ApplicationRecord } from '../../sync/chooseApplication'
import type { CurrentApp } from '../../sync/device'
import { applicationName, coverIdentity, memberAnswers, mirrorCoverToApplication, syncMemberView } from '../../sync/memberView'
import type { BoardMember } from './board'
import { loadRuleCheck, progressNow } from './progressLoader'

export interface ApplicationStatus {
  name: string
  region: string | null
  deadline: string | null
  progress: SectionProgress[]
  members: BoardMember[]
}

function status(answers: Answers, record: ApplicationRecord | null, listedName: string, members: BoardMember[]): ApplicationStatus {
  const cover = coverIdentity(answers)
  const region = cover.region ?? record?.region ?? null
  return {
    name: applicationName(answers, record?.clusterName ?? listedName),
    region: region ? `${region.city}${region.county}` : null,
    deadline: record?.deadline ?? null,
    progress: progressNow(answers, new Date()),
    members
  }
}

/**
 * `refreshKey` is home's count of completed shows: 0 until the first show has signed in, so nothing is asked of
 * the cloud before that; each later value loads everything once.
 */
export function useApplicationStatus(app: CurrentApp | null, refreshKey: number): ApplicationStatus | null {
  const [value, setValue] = useState<ApplicationStatus | null>(() => (app ? status(memberAnswers(app.appId), null, app.clusterName, []) : null))
  /** The application whose device view is on screen. */
  const shownApp = useRef(app?.appId ?? null)
  useEffect(() => {
    if (!app) {
      setValue(null)
      shownApp.current = null
      return
    }
    let live = true
    // Another application was chosen: show what this device holds for it while the cloud answers.
    if (shownApp.current !== app.appId) {
      setValue(status(memberAnswers(app.appId), null, app.clusterName, []))
      shownApp.current = app.appId
    }
    if (refreshKey === 0) return
    ;(async () => {
      const [view, record, listed] = await Promise.all([
        syncMemberView(app.appId),
        applicationRecord(app.appId),
        callFunction<BoardMember[]>('listMembers', { appId: app.appId }),
        loadRuleCheck()
      ])
      if (record) await mirrorCoverToApplication(app.appId, app.role, view.answers, record)
      if (live) setValue(status(view.answers, record, app.clusterName, listed.ok ? listed.data : []))
    })()
    return () => {
      live = false
    }
  }, [app?.appId, refreshKey])
  return value
}
