/**
 * Choosing an application on home. One getApplication call gives both this member's standing (role, sections,
 * name — kept on the device as the current application) and the record home's status shows (name, region,
 * deadline); the status hook takes that record instead of asking the cloud for it again in the same show.
 */
import type { Role } from '../cloud/ports/store'
import { callFunction } from './cloud/binding'
import { setCurrentApp, type CurrentApp } from './device'

/** What home's status reads from the cloud's application record. */
export interface ApplicationRecord {
  clusterName: string
  region: { city: string; county: string } | null
  deadline: string | null
}

interface GetApplicationReply {
  application: ApplicationRecord
  me: { role: Role; sections: string[]; displayName: string | null }
  assigned?: string[]
}

/** Records fetched by chooseApplication and not yet taken by the status. */
const fetched = new Map<string, ApplicationRecord>()

/** Reads the application and my standing in it, and makes it the current application; a message when refused. */
export async function chooseApplication(appId: string): Promise<CurrentApp | string> {
  const r = await callFunction<GetApplicationReply>('getApplication', { appId })
  if (!r.ok) return r.error.message
  fetched.set(appId, r.data.application)
  const app = { appId, clusterName: r.data.application.clusterName, role: r.data.me.role, sections: r.data.me.sections, displayName: r.data.me.displayName, assigned: r.data.assigned ?? [] }
  setCurrentApp(app)
  return app
}

/** Reads the application's record: the one chooseApplication just fetched (once), else from the cloud. */
export async function applicationRecord(appId: string): Promise<ApplicationRecord | null> {
  const kept = fetched.get(appId)
  if (kept) {
    fetched.delete(appId)
    return kept
  }
  const r = await callFunction<GetApplicationReply>('getApplication', { appId })
  return r.ok ? r.data.application : null
}
