/**
 * Loads what home shows for the chosen application: the answers as this member sees them (device, then the
 * pull), the rule findings per section, the members and their sections, the deadline. Also keeps the cloud's
 * application name and region equal to the cover's answers (owner only).
 */
import { useEffect, useState } from 'react'
import { ALL_SECTIONS, check, sectionProgress, type Answers, type SectionProgress } from '../../rules'
import { callFunction } from '../../sync'
import type { CurrentApp } from '../../sync/device'
import { applicationName, coverIdentity, memberAnswers, mirrorCoverToApplication, syncMemberView } from '../../sync/memberView'
import type { BoardMember } from './board'

export interface ApplicationStatus {
  name: string
  region: string | null
  deadline: string | null
  progress: SectionProgress[]
  members: BoardMember[]
}

interface Record_ {
  clusterName: string
  region: { city: string; county: string } | null
  deadline: string | null
}

function status(answers: Answers, record: Record_ | null, listedName: string, members: BoardMember[]): ApplicationStatus {
  const cover = coverIdentity(answers)
  const region = cover.region ?? record?.region ?? null
  return {
    name: applicationName(answers, record?.clusterName ?? listedName),
    region: region ? `${region.city}${region.county}` : null,
    deadline: record?.deadline ?? null,
    progress: sectionProgress(answers, check(answers, { level: 'submit', now: new Date() }), ALL_SECTIONS),
    members
  }
}

export function useApplicationStatus(app: CurrentApp | null, refreshKey: number): ApplicationStatus | null {
  const [value, setValue] = useState<ApplicationStatus | null>(() => (app ? status(memberAnswers(app.appId), null, app.clusterName, []) : null))
  useEffect(() => {
    if (!app) {
      setValue(null)
      return
    }
    let live = true
    setValue(status(memberAnswers(app.appId), null, app.clusterName, []))
    ;(async () => {
      const [view, got, listed] = await Promise.all([
        syncMemberView(app.appId),
        callFunction<{ application: Record_ }>('getApplication', { appId: app.appId }),
        callFunction<BoardMember[]>('listMembers', { appId: app.appId })
      ])
      const record = got.ok ? got.data.application : null
      if (record) await mirrorCoverToApplication(app.appId, app.role, view.answers, record)
      if (live) setValue(status(view.answers, record, app.clusterName, listed.ok ? listed.data : []))
    })()
    return () => {
      live = false
    }
  }, [app?.appId, app?.role, refreshKey])
  return value
}
