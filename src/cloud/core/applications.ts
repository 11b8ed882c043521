import { z } from 'zod'
import { ok, fail } from '../../errors'
import { membership } from './access'
import { define } from './define'
import type { ApplicationDoc } from '../ports/store'
import { assignedSections } from '../../rules/progress'
import { cleanName, MAX_DISPLAY_NAME, MAX_UNIT, newMemberId, publicMember, type NamedMemberDoc } from './names'

/** An application as members see it: without the owner's openid. */
const publicApplication = ({ ownerOpenid: _owner, ...app }: ApplicationDoc) => app

/**
 * The caller's name and unit for a new membership: from the event (WeChat callers have no platform name),
 * else the dev login's name. Returns an error code when either is unusable.
 */
export function memberName(event: { displayName?: string; unit?: string }, callerName: string | null): { displayName: string; unit: string | null } | 'INVALID_DISPLAY_NAME' | 'INVALID_UNIT' {
  const displayName = cleanName(event.displayName ?? callerName, MAX_DISPLAY_NAME)
  if (displayName === null) return 'INVALID_DISPLAY_NAME'
  if (event.unit === undefined || event.unit.trim() === '') return { displayName, unit: null }
  const unit = cleanName(event.unit, MAX_UNIT)
  return unit === null ? 'INVALID_UNIT' : { displayName, unit }
}

/** Name fields in events: loose limits here, the exact rules in memberName (so the error says which). */
export const nameFields = { displayName: z.string().max(200).optional(), unit: z.string().max(200).optional() }

const region = z.object({ city: z.string().min(1).max(20), county: z.string().min(1).max(30) }).strict()
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const appId = z.string().min(1).max(64)

export const createApplication = define(
  z.object({ clusterName: z.string().max(60).optional(), region: region.optional(), deadline: date.optional(), ...nameFields }).strict(),
  async (event, { caller, clock, store, random }) => {
    const name = memberName(event, caller.displayName)
    if (typeof name === 'string') return fail(name) // shown beside the field in the name form: no field suffix
    const now = clock.now().toISOString()
    const app: ApplicationDoc = {
      id: `app_${random(8)}`,
      ownerOpenid: caller.openid,
      clusterName: event.clusterName ?? '',
      region: event.region ?? null,
      deadline: event.deadline ?? null,
      createdAt: now,
      seq: 0,
      version: 1
    }
    const owner: NamedMemberDoc = {
      appId: app.id,
      openid: caller.openid,
      memberId: newMemberId(random),
      displayName: name.displayName,
      unit: name.unit,
      role: 'owner',
      sections: [],
      joinedAt: now,
      removedAt: null
    }
    await store.createApplication(app, owner)
    return ok({ ...publicApplication(app), me: publicMember(owner) })
  }
)

export const getApplication = define(z.object({ appId }).strict(), async (event, { caller, store }) => {
  const m = await membership(store, event.appId, caller.openid)
  if (!m.ok) return m.result
  const app = await store.getApplication(event.appId)
  if (!app) return fail('NOT_FOUND')
  // The sections active operators were given: the owner's chat walks the others (src/rules/progress.ts chatScope).
  const assigned = assignedSections(await store.listMembers(event.appId))
  return ok({ application: publicApplication(app), me: m.member, assigned })
})

export const listMyApplications = define(z.object({}).strict(), async (_event, { caller, store }) => ok((await store.listApplicationsOf(caller.openid)).map(publicApplication)))

/** The owner sets region, cluster name and deadline (version-guarded, retried on a concurrent change). */
export const updateApplication = define(
  z.object({ appId, clusterName: z.string().max(60).optional(), region: region.optional(), deadline: date.optional() }).strict(),
  async (event, { caller, store }) => {
    const m = await membership(store, event.appId, caller.openid)
    if (!m.ok) return m.result
    if (m.member.role !== 'owner') return fail('OWNER_ONLY')
    const { appId: id, ...changes } = event
    for (let attempt = 0; attempt < 5; attempt++) {
      const app = await store.getApplication(id)
      if (!app) return fail('NOT_FOUND')
      if (await store.updateApplication(id, app.version, changes)) {
        const updated = await store.getApplication(id)
        return updated ? ok(publicApplication(updated)) : fail('NOT_FOUND')
      }
    }
    return fail('BUSY')
  }
)
