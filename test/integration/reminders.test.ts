import Database from 'better-sqlite3'
import * as path from 'path'
import { Client, team } from '../helpers/client'
import { startLocalCloud } from '../../src/cloud/local'
import { post, startCloud, tempDataDir } from '../helpers/localCloud'

/** 10:00 in Shanghai, three days before the team's deadline (2024-04-30). */
const NOW = new Date('2024-04-27T02:00:00.000Z')

function outbox(dataDir: string): { touser: string; page: string }[] {
  const db = new Database(path.join(dataDir, 'local-cloud.sqlite'), { readonly: true })
  try {
    return db.prepare('SELECT touser, page FROM reminder_outbox ORDER BY id').all() as { touser: string; page: string }[]
  } finally {
    db.close()
  }
}

describe('reminders on the local cloud', () => {
  it('runs the scan on demand: a member with a credit and an open section finds the reminder on the 消息 list, once', async () => {
    const cloud = await startCloud(undefined, undefined, () => NOW)
    try {
      const t = await team(cloud)
      expect(await t.a.ok('grantReminderCredit', { templates: ['deadline'] })).toEqual({ credits: { deadline: 1 } })
      expect(await t.a.ok('grantReminderCredit', { templates: ['deadline'] })).toEqual({ credits: { deadline: 2 } })
      const scan = (c: Client) => post(`${cloud.url}/api/dev/reminders/scan`, {}, c.token)
      const first = await scan(t.a)
      expect(first.body).toEqual({ ok: true, data: { day: '2024-04-27', applications: 1, planned: 3, unchecked: 0, sent: 1, noCredit: 2, duplicate: 0, invalid: 0, failed: 0, done: true } })
      expect((await scan(t.owner)).body.data).toMatchObject({ sent: 0, duplicate: 1 })
      expect(await t.a.ok('listMessages')).toEqual([
        {
          id: `2024-04-27_${t.appId}_${t.a.openid}`,
          appId: t.appId,
          day: '2024-04-27',
          at: NOW.toISOString(),
          kind: 'member',
          title: '潍坊市坊子区动力装备特色产业集群',
          body: '您还有 1 项待办：二、主导产业情况：还有 20 项必填未填写。',
          deadlineLine: '截止日期：2024-04-30（还剩 3 天）',
          itemId: 's2.totalOutput'
        }
      ])
      expect(await t.b.ok('listMessages')).toEqual([])
      expect(outbox(cloud.dataDir)).toEqual([{ touser: t.a.openid, page: `pages/messages/index?app=${t.appId}&item=s2.totalOutput` }])
      expect(await t.a.ok('reminderStatus', { appId: t.appId })).toEqual({ role: 'operator', sections: ['s2'], credits: { deadline: 1 }, daysBefore: [7, 3, 1, 0], returned: [] })
    } finally {
      await cloud.close()
    }
  })

  it('refuses the dev scan without a dev session', async () => {
    const cloud = await startCloud(undefined, undefined, () => NOW)
    try {
      const r = await post(`${cloud.url}/api/dev/reminders/scan`, {})
      expect(r).toEqual({ status: 401, body: { ok: false, error: { code: 'UNAUTHENTICATED', message: '尚未登录或登录已失效，请重新登录。' } } })
    } finally {
      await cloud.close()
    }
  })

  it('runs the scan on its own timer too', async () => {
    const cloud = await startLocalCloud({ dataDir: tempDataDir(), port: 0, clock: { now: () => NOW }, reminderScanMs: 50 })
    try {
      const t = await team(cloud)
      await t.a.ok('grantReminderCredit', { templates: ['deadline'] })
      let messages: { body: string }[] = []
      for (let i = 0; i < 200 && messages.length === 0; i++) {
        await new Promise((r) => setTimeout(r, 25))
        messages = await t.a.ok('listMessages')
      }
      expect(messages.map((m) => m.body)).toEqual(['您还有 1 项待办：二、主导产业情况：还有 20 项必填未填写。'])
    } finally {
      await cloud.close()
    }
  })
})
