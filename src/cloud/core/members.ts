import { z } from 'zod'
import { FORM, type SectionId } from '../../form'
import { fail, ok, type CloudResult, type ErrorCode } from '../../errors'
import type { JoinDecision } from '../ports/store'
import { membership } from './access'
import { define } from './define'
import { memberName, nameFields } from './applications'
import { newMemberId, publicMember, sameName, type NamedMemberDoc, type PublicMember } from './names'
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

/**
 * Joining with a share-card or link token, all in one store transaction. An existing member is recognised
 * before the invite is judged (following an old link is not an error for them); a removed member cannot
 * come back with an invite issued before the removal; then expiry, revocation and remaining uses.
 */
export const joinApplication = define(
  z.object({ token: z.string().min(1).max(64), ...nameFields }).strict(),
  async (event, { caller, clock, store, random }) => {
    const name = memberName(event, caller.displayName)
    if (typeof name === 'string') return fail(name) // shown beside the field in the name form: no field suffix
    const now = clock.now().toISOString()
    // A name is unique within the application, so the owner can tell members apart when assigning sections.
    // Read before the join's transaction (no queries inside one); two people joining at the same instant
    // with the same name can still both get in.
    const target = await store.getInvite(event.token)
    const others = target ? await activeMembers(store, target.appId, random) : []
    const refuse = (code: ErrorCode) => ({ join: null, result: fail(code) as CloudResult<PublicMember> })
    return store.join(event.token, caller.openid, (invite, existing): JoinDecision<CloudResult<PublicMember>> => {
      if (!invite) return refuse('INVITE_NOT_FOUND')
      if (existing && existing.removedAt === null) return { join: null, result: ok(publicMember(others.find((m) => m.openid === existing.openid) ?? existing)) }
      if (existing && existing.removedAt !== null && invite.createdAt <= existing.removedAt) return refuse('INVITE_BEFORE_REMOVAL')
      if (invite.revokedAt !== null) return refuse('INVITE_REVOKED')
      if (invite.expiresAt <= now) return refuse('INVITE_EXPIRED')
      if (invite.uses >= invite.maxUses) return refuse('INVITE_USED_UP')
      if (others.some((m) => m.openid !== caller.openid && m.displayName !== null && sameName(m.displayName, name.displayName))) return refuse('DISPLAY_NAME_TAKEN')
      const member: NamedMemberDoc = {
        appId: invite.appId,
        openid: caller.openid,
        memberId: newMemberId(random),
        displayName: name.displayName,
        unit: name.unit,
        role: invite.role,
        sections: [],
        joinedAt: now,
        removedAt: null
      }
      return { join: member, result: ok(publicMember(member)) }
    })
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

/**
 * What an invite is for, before joining: the application's name, the role it gives and who sent it, so the person
 * following the link knows what they join. The token is the capability (whoever has the link may join); an invite that can
 * no longer be used answers with its reason, unless the caller is already a member.
 */
export const inviteInfo = define(z.object({ token: z.string().min(1).max(64) }).strict(), async (event, { caller, clock, store }) => {
  const invite = await store.getInvite(event.token)
  if (!invite) return fail('INVITE_NOT_FOUND')
  const existing = await store.getMember(invite.appId, caller.openid)
  const member = existing !== null && existing.removedAt === null
  if (!member) {
    if (existing && existing.removedAt !== null && invite.createdAt <= existing.removedAt) return fail('INVITE_BEFORE_REMOVAL')
    if (invite.revokedAt !== null) return fail('INVITE_REVOKED')
    if (invite.expiresAt <= clock.now().toISOString()) return fail('INVITE_EXPIRED')
    if (invite.uses >= invite.maxUses) return fail('INVITE_USED_UP')
  }
  const [app, inviter] = await Promise.all([store.getApplication(invite.appId), store.getMember(invite.appId, invite.createdBy)])
  // Who sent the link, by the name the application knows them by (never their openid).
  return ok({ clusterName: app?.clusterName ?? '', role: invite.role, alreadyMember: member, invitedBy: inviter?.displayName ?? null })
})
