import { randomUUID } from 'crypto'
import type { LocalCloud } from '../../src/cloud/local'
import { login, post } from './localCloud'

/** A signed-in dev user calling functions over real HTTP. */
export class Client {
  constructor(
    readonly cloud: LocalCloud,
    readonly token: string,
    readonly openid: string
  ) {}

  static async login(cloud: LocalCloud, name: string): Promise<Client> {
    const s = await login(cloud, name)
    return new Client(cloud, s.token, s.openid)
  }

  call(name: string, data: unknown = {}) {
    return post(`${this.cloud.url}/api/functions/${name}`, data, this.token)
  }

  async ok<T = any>(name: string, data: unknown = {}): Promise<T> {
    const r = await this.call(name, data)
    if (!r.body.ok) throw new Error(`${name}: ${JSON.stringify(r.body)}`)
    return r.body.data as T
  }

  /** Posts a file to the local cloud's upload route (the browser build's stand-in for wx.cloud.uploadFile). */
  async upload(cloudPath: string, bytes: Uint8Array, contentType = 'application/octet-stream') {
    const res = await fetch(`${this.cloud.url}/api/files?cloudPath=${encodeURIComponent(cloudPath)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}`, 'content-type': contentType },
      body: bytes as unknown as RequestInit['body']
    })
    return { status: res.status, body: await res.json() }
  }

  patch(appId: string, ops: { itemId: string; value: unknown; baseVersion: number; opId?: string; explanation?: string }[]) {
    return this.ok<{ results: any[] }>('patchAnswers', { appId, ops: ops.map((o) => ({ opId: o.opId ?? randomUUID(), ...o })) })
  }
}

/** An application with an owner, two operators (s2 and s3) and a county reviewer. */
export async function team(cloud: LocalCloud) {
  const owner = await Client.login(cloud, '负责人')
  const a = await Client.login(cloud, '财务')
  const b = await Client.login(cloud, '科技')
  const reviewer = await Client.login(cloud, '县审核')
  const app = await owner.ok('createApplication', { clusterName: '潍坊市坊子区动力装备特色产业集群', region: { city: '潍坊市', county: '坊子区' }, deadline: '2024-04-30' })
  const memberIds: string[] = []
  for (const [client, role] of [[a, 'operator'], [b, 'operator'], [reviewer, 'countyReviewer']] as const) {
    const invite = await owner.ok('createInvite', { appId: app.id, role, expiresInHours: 24, maxUses: 1 })
    memberIds.push((await client.ok('joinApplication', { token: invite.token })).memberId)
  }
  await owner.ok('assignSections', { appId: app.id, memberId: memberIds[0], sections: ['s2'] })
  await owner.ok('assignSections', { appId: app.id, memberId: memberIds[1], sections: ['s3'] })
  return { owner, a, b, reviewer, appId: app.id as string, memberIds: { a: memberIds[0], b: memberIds[1], reviewer: memberIds[2] } }
}
