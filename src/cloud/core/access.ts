import { sectionOf } from '../../form'
import { fail, type CloudResult } from '../../errors'
import type { MemberDoc, Role, Store } from '../ports/store'

/** The caller's membership, or the error to return. Removed members are not members. */
export async function membership(store: Store, appId: string, openid: string): Promise<{ ok: true; member: MemberDoc } | { ok: false; result: CloudResult<never> }> {
  const member = await store.getMember(appId, openid)
  if (!member || member.removedAt !== null) return { ok: false, result: fail('NOT_MEMBER') }
  return { ok: true, member }
}

/** The 市级中小企业主管部门推荐意见 (section 九): typed by the city, by nobody else (policy.md §1.12). */
export const CITY_OPINION = 's9.cityOpinion'

/**
 * Who may write an item: the owner anything, an operator the sections assigned to them, the county reviewer
 * nothing; the city recommender only its opinion, which no one else may write.
 */
export function writeDenied(member: MemberDoc, itemId: string): 'READ_ONLY_ROLE' | 'SECTION_NOT_ASSIGNED' | 'CITY_ONLY' | null {
  const role: Role = member.role
  if (itemId === CITY_OPINION) return role === 'cityRecommender' ? null : 'CITY_ONLY'
  switch (role) {
    case 'owner':
      return null
    case 'operator': {
      const section = sectionOf(itemId)?.id
      return section !== undefined && member.sections.includes(section) ? null : 'SECTION_NOT_ASSIGNED'
    }
    case 'countyReviewer':
    case 'cityRecommender':
      return 'READ_ONLY_ROLE'
  }
}
