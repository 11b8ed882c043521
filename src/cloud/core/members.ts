import { z } from 'zod'
import { FORM, type SectionId } from '../../form'
import { fail, ok, type CloudResult, type ErrorCode } from '../../errors'
import type { JoinDecision, MemberDoc } from '../ports/store'
import { membership } from './access'
import { define } from './define'

const appId = z.string().min(1).max(64)
const SECTION_IDS = FORM.sections.map((s) => s.id) as [SectionId, ...SectionId[]]
const HOUR = 3600 * 1000

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
  z.object({ token: z.string().min(1).max(64), displayName: z.string().min(1).max(20).optional() }).strict(),
  async (event, { caller, clock, store }) => {
    const now = clock.now().toISOString()
    const refuse = (code: ErrorCode) => ({ join: null, result: fail(code) as CloudResult<MemberDoc> })
    return store.join(event.token, caller.openid, (invite, existing): JoinDecision<CloudResult<MemberDoc>> => {
      if (!invite) return refuse('INVITE_NOT_FOUND')
      if (existing && existing.removedAt === null) return { join: null, result: ok(existing) }
      if (existing && existing.removedAt !== null && invite.createdAt <= existing.removedAt) return refuse('INVITE_BEFORE_REMOVAL')
      if (invite.revokedAt !== null) return refuse('INVITE_REVOKED')
      if (invite.expiresAt <= now) return refuse('INVITE_EXPIRED')
      if (invite.uses >= invite.maxUses) return refuse('INVITE_USED_UP')
      const member: MemberDoc = {
        appId: invite.appId,
        openid: caller.openid,
        displayName: event.displayName ?? caller.displayName,
        role: invite.role,
        sections: [],
        joinedAt: now,
        removedAt: null
      }
      return { join: member, result: ok(member) }
    })
  }
)

export const listMembers = define(z.object({ appId }).strict(), async (event, { caller, store }) => {
  const m = await membership(store, event.appId, caller.openid)
  if (!m.ok) return m.result
  return ok((await store.listMembers(event.appId)).filter((x) => x.removedAt === null))
})

// The target is `memberOpenid`: a key named openid is refused everywhere, so a request can never pass as someone.
export const removeMember = define(z.object({ appId, memberOpenid: z.string().min(1).max(64) }).strict(), async (event, { caller, clock, store }) => {
  const m = await membership(store, event.appId, caller.openid)
  if (!m.ok) return m.result
  if (m.member.role !== 'owner') return fail('OWNER_ONLY')
  const target = await store.getMember(event.appId, event.memberOpenid)
  if (!target || target.removedAt !== null) return fail('NOT_MEMBER')
  if (target.role === 'owner') return fail('CANNOT_REMOVE_OWNER')
  await store.putMember({ ...target, removedAt: clock.now().toISOString() })
  return ok({ removed: true })
})

export const assignSections = define(
  z.object({ appId, memberOpenid: z.string().min(1).max(64), sections: z.array(z.enum(SECTION_IDS)).max(10) }).strict(),
  async (event, { caller, store }) => {
    const m = await membership(store, event.appId, caller.openid)
    if (!m.ok) return m.result
    if (m.member.role !== 'owner') return fail('OWNER_ONLY')
    const target = await store.getMember(event.appId, event.memberOpenid)
    if (!target || target.removedAt !== null) return fail('NOT_MEMBER')
    const updated = { ...target, sections: [...new Set(event.sections)] }
    await store.putMember(updated)
    return ok(updated)
  }
)
