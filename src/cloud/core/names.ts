/**
 * Member names: what a member is called inside one application (称呼) and, optionally, the unit they work for.
 * Shown to every member of the application, so both are checked on the server: no control characters, no
 * invisible format characters (bidi overrides such as U+202E can make a name read backwards), limited length.
 * No openid ever leaves the server in a member listing: members are addressed by an opaque per-application id.
 */
import type { MemberDoc, Role, Store } from '../ports/store'
import type { SectionId } from '../../form'

export const MAX_DISPLAY_NAME = 20
export const MAX_UNIT = 40

// Cc: control characters; Cf: format characters (bidi controls U+202A–202E and U+2066–2069, U+200E/U+200F,
// zero-width characters, U+061C); Zl/Zp: line and paragraph separators.
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u

/** A trimmed name of 1–`max` characters without forbidden characters, or null. */
export function cleanName(raw: unknown, max: number): string | null {
  if (typeof raw !== 'string' || FORBIDDEN.test(raw)) return null
  const name = raw.trim().replace(/[ \u3000]+/g, ' ')
  if (name === '' || [...name].length > max) return null
  return name
}

/** Two names are the same for uniqueness when they differ only in width or case (ＡＢ = ab). */
export const sameName = (a: string, b: string) => a.normalize('NFKC').toLowerCase() === b.normalize('NFKC').toLowerCase()

/** What the store keeps for a member, with the name fields this module adds. */
export type NamedMemberDoc = MemberDoc & { unit?: string | null; memberId?: string }

/** What other members see: no openid. */
export interface PublicMember {
  appId: string
  memberId: string
  displayName: string | null
  unit: string | null
  role: Role
  sections: SectionId[]
  joinedAt: string
}

export function publicMember(m: NamedMemberDoc): PublicMember {
  return { appId: m.appId, memberId: m.memberId ?? '', displayName: m.displayName, unit: m.unit ?? null, role: m.role, sections: m.sections, joinedAt: m.joinedAt }
}

export const newMemberId = (random: (bytes: number) => string) => `m_${random(8)}`

/**
 * Members' names by openid, to say who wrote or uploaded something without sending an openid to another member's
 * client (members are addressed by name and an opaque id only).
 */
export async function authorNames(store: Store, appId: string): Promise<(openid: string) => string | null> {
  const names = new Map<string, string | null>((await store.listMembers(appId)).map((m) => [m.openid, m.displayName]))
  return (openid) => names.get(openid) ?? null
}
