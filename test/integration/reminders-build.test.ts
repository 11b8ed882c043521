import * as fs from 'fs'
import * as path from 'path'

/** The reminder timer's bundle (npm test builds dist/cloud first). */
const dir = path.join(__dirname, '..', '..', 'dist', 'cloud', 'reminders')

describe('the reminders cloud function bundle', () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
  })

  it('has its own timer trigger (7-field cron) and the subscribeMessage.send permission, within the timeout WeChat allows', () => {
    if (!fs.existsSync(path.join(dir, 'index.js'))) throw new Error('dist/cloud/reminders missing: run npm run build:cloud')
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8'))).toEqual({
      timeout: 60,
      triggers: [{ name: 'deadlineReminders', type: 'timer', config: '0 0 9-11 * * * *' }],
      permissions: { openapi: ['subscribeMessage.send'] }
    })
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'))
    expect(Object.keys(pkg.dependencies)).toEqual(['wx-server-sdk'])
  })

  it('runs without a caller, as a timer does, and sends nothing while no template id is configured', async () => {
    // A timer run has no OPENID (wxcloud/guide/functions/triggers).
    process.env.WX_CONTEXT_KEYS = 'WX_APPID'
    process.env.WX_APPID = 'wx_test_app'
    delete process.env.WX_OPENID
    const errors = jest.spyOn(console, 'error').mockImplementation(() => {})
    const { main } = require(path.join(dir, 'index.js'))
    expect(await main({ Type: 'Timer', TriggerName: 'deadlineReminders', Time: '2024-04-27T01:00:00Z' }, {})).toEqual({ skipped: 'templateNotConfigured' })
    expect(errors).toHaveBeenCalledWith('reminders: templates.deadline.id is empty in src/reminders/config.json; nothing sent')
    errors.mockRestore()
  })
})
