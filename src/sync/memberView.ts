/**
 * The answers as this member now sees them: every answer accepted on this device (written there first) merged
 * with what the other members wrote, pulled from the cloud. Home, the chat, the overview and the table all
 * read answers through here, so a colleague's answer shows the same everywhere, whichever page opens first.
 */
import type { Answer, Answers } from '../rules'
import { answerOf } from '../rules/answerShape'
import type { Role } from '../cloud/ports/store'
import { callFunction } from './cloud/binding'
import { UNNAMED } from './unnamed'
import { currentApp, deviceStore, setCurrentApp, syncSession } from './device'

export type MemberAnswers = Record<string, Answer>

/** What this device holds now (own answers and everything pulled before), without waiting for the network. */
export function memberAnswers(appId: string): MemberAnswers {
  return deviceStore(appId).answers()
}

export interface MemberViewUpdate {
  answers: MemberAnswers
  /** Items whose value, explanation or photos changed with this pull. */
  changed: string[]
}

const same = (a: Answer | undefined, b: Answer | undefined) => JSON.stringify(a && answerOf(a)) === JSON.stringify(b && answerOf(b))

/** Sends this member's outbox, then pulls the others' changes onto the device (unsent local edits win). */
export async function syncMemberView(appId: string): Promise<MemberViewUpdate> {
  const before = memberAnswers(appId)
  // The same path as the chat: the sync session sends, pulls and keeps notices for the chat to show once.
  const merged = await syncSession(appId).syncNow()
  const answers = merged ?? memberAnswers(appId)
  const changed = Object.keys(answers).filter((id) => !same(before[id], answers[id]))
  return { answers, changed }
}

export interface CoverIdentity {
  clusterName: string | null
  region: { city: string; county: string } | null
}

/** The cover's 集群名称 (answered in 一, mirrored on the cover) and 所属地区: the application's name and region. */
export function coverIdentity(answers: Answers): CoverIdentity {
  const name = answers['s1.clusterName']?.value
  const region = answers['cover.region']?.value as { city?: unknown; county?: unknown } | undefined
  return {
    clusterName: typeof name === 'string' && name.trim() !== '' ? name.trim() : null,
    region: region && typeof region.city === 'string' && typeof region.county === 'string' && region.city !== '' ? { city: region.city, county: region.county } : null
  }
}

/** The name to show for an application: the cover's answer when there is one, else what the cloud lists. */
export function applicationName(answers: Answers, listed: string): string {
  return coverIdentity(answers).clusterName ?? (listed || UNNAMED)
}

interface ApplicationRecord {
  clusterName: string
  region: { city: string; county: string } | null
}

/**
 * Keeps the cloud's application record (what 我的申报 lists for every member) equal to the cover's answers.
 * Only the owner may update the record; for others this does nothing.
 */
export async function mirrorCoverToApplication(appId: string, role: Role, answers: Answers, record: ApplicationRecord): Promise<boolean> {
  if (role !== 'owner') return false
  const cover = coverIdentity(answers)
  const changes: Record<string, unknown> = {}
  if (cover.clusterName !== null && cover.clusterName !== record.clusterName) changes.clusterName = cover.clusterName.slice(0, 60)
  if (cover.region !== null && (cover.region.city !== record.region?.city || cover.region.county !== record.region?.county)) changes.region = cover.region
  if (Object.keys(changes).length === 0) return false
  const r = await callFunction('updateApplication', { appId, ...changes })
  return r.ok
}

/** This member's role and sections and the county's returned items, as the cloud has them now. */
export interface MemberStanding {
  role: Role
  sections: string[]
  /** Sections active operators were given. */
  assigned: string[]
  /** Items the county returned for fixing, while the application is returned; empty otherwise. */
  returned: { itemId: string; comment: string }[]
}

/**
 * Reads the member's standing from the cloud and keeps the device's current application up to date (the owner
 * may have reassigned sections since this phone last saw home). Null when offline.
 */
export async function refreshStanding(appId: string): Promise<MemberStanding | null> {
  const r = await callFunction<{
    application: { review?: { status: string; returned: { itemId: string; comment: string }[] } }
    me: { role: Role; sections: string[] }
    assigned?: string[]
  }>('getApplication', { appId })
  if (!r.ok) return null
  const saved = currentApp()
  const assigned = r.data.assigned ?? []
  if (saved && saved.appId === appId && (saved.role !== r.data.me.role || saved.sections.join() !== r.data.me.sections.join() || (saved.assigned ?? []).join() !== assigned.join())) {
    setCurrentApp({ ...saved, role: r.data.me.role, sections: r.data.me.sections, assigned })
  }
  const review = r.data.application.review
  return { role: r.data.me.role, sections: r.data.me.sections, assigned, returned: review?.status === 'returned' ? review.returned : [] }
}
