/**
 * Submission and review (县级审核, 市级推荐): pure decisions over the application's ReviewState. The store
 * applies each step with one guarded transaction (Store.setReview), and answer writes check `writable` inside
 * their own transaction (Store.commitOps), so a submit and a racing write never both land after the lock.
 */
import type { ApplicationDoc, MemberDoc, ReviewState } from '../ports/store'
import type { NamedMemberDoc } from './names'

export type ReviewStatus = ReviewState['status']

export const statusOf = (app: ApplicationDoc): ReviewStatus => app.review?.status ?? 'draft'

/** The review as it starts: a draft with nothing returned and nothing logged. */
export const emptyReview = (): ReviewState => ({ status: 'draft', returned: [], log: [] })

/**
 * Whether this member's answer writes may land on the application as it stands: everyone while it is a draft
 * or returned for fixing; nobody while submitted; after approval only the city, for its opinion.
 */
export function writable(app: ApplicationDoc, member: MemberDoc): boolean {
  const status = statusOf(app)
  if (member.role === 'cityRecommender') return status === 'approved'
  return status === 'draft' || status === 'returned'
}

/** A log line: who (the member id other members see, never the openid), their name, when, which version. */
export function logEntry(member: NamedMemberDoc, action: ReviewState['log'][number]['action'], at: string, version: number, note?: string): ReviewState['log'][number] {
  return { action, by: member.memberId ?? '', byName: member.displayName, at, version, ...(note ? { note } : {}) }
}
