import { z } from 'zod'
import { FORM, type SectionId } from '../../form'
import { fail, ok } from '../../errors'
import { membership } from './access'
import { define } from './define'
import { memberName, nameFields } from './applications'
import { newMemberId, publicMember, sameName, type NamedMemberDoc } from './names'
import type { Store } from '../ports/store'

const appId = z.string().min(1).max(64)
const SECTION_IDS = FORM.sections.map((s) => s.id) as [SectionId, ...SectionId[]]
const HOUR = 3600 * 1000
const memberId = z.string().min(1).max(64)

/**
 * The active members of an application, each with its opaque id (members stored before ids existed get one
 * now, once).
 */
async function activeMembers(store: Store, appId: string, random: (bytes: number) => string): Promise<NamedMemberDoc[]> {
  const out: NamedMemberDoc[] = []
  for (const m of (await store.listMembers(appId)) as NamedMemberDoc[]) {
    if (m.removedAt !== null) continue
    if (m.memberId) out.push(m)
    else {
      const named = { ...m, memberId: newMemberId(random) }
      await store.putMember(named)
      out.push(named)
    }
  }
  return out
}

export const createInvite = define(
  z
    .object({
      appId,
      role: z.enum(['operator', 'countyReviewer', 'cityRecommender']),
      expiresInHours: z.number().int().min(1).max(24 * 30),
      maxUses: z.number().int().min(1).max(50)
    })
    .strict(),
  async (event, { caller, clock, store, random }) => {
    const m = await membership(store, event.appId, caller.openid)
    if (!m.ok) return m.result
    if (m.member.role !== 'owner') return fail('OWNER_ONLY')
    const now = clock.now()
    const invite = {
      token: random(16),
      appId: event.appId,
      role: event.role,
      createdBy: caller.openid,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + event.expiresInHours * HOUR).toISOString(),
      maxUses: event.maxUses,
      uses: 0,
      revokedAt: null
    }
    await store.createInvite(invite)
    return ok(invite)
  }
)

export const revokeInvite = define(z.object({ appId, token: z.string().min(1).max(64) }).strict(), async (event, { caller, clock, store }) => {
  const m = await membership(store, event.appId, caller.openid)
  if (!m.ok) return m.result
  if (m.member.role !== 'owner') return fail('OWNER_ONLY')
  const invite = await store.getInvite(event.token)
  if (!invite || invite.appId !== event.appId) return fail('INVITE_NOT_FOUND')
  await store.revokeInvite(event.token, clock.now().toISOString())
  return ok({ revoked: true })
})

/** Joining with a share-card or link token: checked for expiry, revocation and remaining uses. */
export const joinApplication = define(
  z.object({ token: z.string().min(1).max(64), ...nameFields }).strict(),
  async (event, { caller, clock, store, random }) => {
    const name = memberName(event, caller.displayName)
    if (typeof name === 'string') return fail(name) // shown beside the field in the name form: no field suffix
    for (let attempt = 0; attempt < 5; attempt++) {
      const invite = await store.getInvite(event.token)
      if (!invite) return fail('INVITE_NOT_FOUND')
      if (invite.revokedAt !== null) return fail('INVITE_REVOKED')
      if (invite.expiresAt <= clock.now().toISOString()) return fail('INVITE_EXPIRED')
      if (invite.uses >= invite.maxUses) return fail('INVITE_USED_UP')
      const existing = await store.getMember(invite.appId, caller.openid)
      if (existing && existing.removedAt === null) return ok(publicMember(existing))
      // A name is unique within the application, so the owner can tell members apart when assigning sections.
      const others = await activeMembers(store, invite.appId, random)
      if (others.some((m) => m.displayName !== null && sameName(m.displayName, name.displayName))) return fail('DISPLAY_NAME_TAKEN')
      if (!(await store.useInvite(invite.token, invite.uses))) continue
      const member: NamedMemberDoc = {
        appId: invite.appId,
        openid: caller.openid,
        memberId: newMemberId(random),
        displayName: name.displayName,
        unit: name.unit,
        role: invite.role,
        sections: [],
        joinedAt: clock.now().toISOString(),
        removedAt: null
      }
      await store.putMember(member)
      return ok(publicMember(member))
    }
    return fail('BUSY')
  }
)

/** Members by name and opaque id; no openid reaches another member's phone. */
export const listMembers = define(z.object({ appId }).strict(), async (event, { caller, store, random }) => {
  const m = await membership(store, event.appId, caller.openid)
  if (!m.ok) return m.result
  return ok((await activeMembers(store, event.appId, random)).map(publicMember))
})

/** The active member with this opaque id, or null. */
async function byMemberId(store: Store, appId: string, id: string, random: (bytes: number) => string): Promise<NamedMemberDoc | null> {
  return (await activeMembers(store, appId, random)).find((x) => x.memberId === id) ?? null
}

export const removeMember = define(z.object({ appId, memberId }).strict(), async (event, { caller, clock, store, random }) => {
  const m = await membership(store, event.appId, caller.openid)
  if (!m.ok) return m.result
  if (m.member.role !== 'owner') return fail('OWNER_ONLY')
  const target = await byMemberId(store, event.appId, event.memberId, random)
  if (!target) return fail('NOT_MEMBER')
  if (target.role === 'owner') return fail('CANNOT_REMOVE_OWNER')
  await store.putMember({ ...target, removedAt: clock.now().toISOString() })
  return ok({ removed: true })
})

export const assignSections = define(
  z.object({ appId, memberId, sections: z.array(z.enum(SECTION_IDS)).max(10) }).strict(),
  async (event, { caller, store, random }) => {
    const m = await membership(store, event.appId, caller.openid)
    if (!m.ok) return m.result
    if (m.member.role !== 'owner') return fail('OWNER_ONLY')
    const target = await byMemberId(store, event.appId, event.memberId, random)
    if (!target) return fail('NOT_MEMBER')
    const updated = { ...target, sections: [...new Set(event.sections)] }
    await store.putMember(updated)
    return ok(publicMember(updated))
  }
)
