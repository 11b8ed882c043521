import { sectionOf } from '../../form'
import { fail, type CloudResult } from '../../errors'
import type { MemberDoc, Role, Store } from '../ports/store'

/** The caller's membership, or the error to return. Removed members are not members. */
export async function membership(store: Store, appId: string, openid: string): Promise<{ ok: true; member: MemberDoc } | { ok: false; result: CloudResult<never> }> {
  const member = await store.getMember(appId, openid)
  if (!member || member.removedAt !== null) return { ok: false, result: fail('NOT_MEMBER') }
  return { ok: true, member }
}

/** Who may write an item: the owner anything, an operator the sections assigned to them, reviewers nothing. */
export function writeDenied(member: MemberDoc, itemId: string): 'READ_ONLY_ROLE' | 'SECTION_NOT_ASSIGNED' | null {
  const role: Role = member.role
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
