import { z } from 'zod'
import { ok, fail } from '../../errors'
import { membership } from './access'
import { define } from './define'
import type { ApplicationDoc } from '../ports/store'

const region = z.object({ city: z.string().min(1).max(20), county: z.string().min(1).max(30) }).strict()
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const appId = z.string().min(1).max(64)

export const createApplication = define(
  z.object({ clusterName: z.string().max(60).optional(), region: region.optional(), deadline: date.optional() }).strict(),
  async (event, { caller, clock, store, random }) => {
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
    await store.createApplication(app, {
      appId: app.id,
      openid: caller.openid,
      displayName: caller.displayName,
      role: 'owner',
      sections: [],
      joinedAt: now,
      removedAt: null
    })
    return ok(app)
  }
)

export const getApplication = define(z.object({ appId }).strict(), async (event, { caller, store }) => {
  const m = await membership(store, event.appId, caller.openid)
  if (!m.ok) return m.result
  const app = await store.getApplication(event.appId)
  return app ? ok({ application: app, me: m.member }) : fail('NOT_FOUND')
})

export const listMyApplications = define(z.object({}).strict(), async (_event, { caller, store }) => ok(await store.listApplicationsOf(caller.openid)))

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
      if (await store.updateApplication(id, app.version, changes)) return ok(await store.getApplication(id))
    }
    return fail('BUSY')
  }
)
