// eslint-disable-next-line @typescript-eslint/no-require-imports -- shared with the .mjs scripts
const { findBrowser, installPlan } = require('../../scripts/lib/find-browser.cjs') as typeof import('../helpers/findBrowserTypes')

function machine(files: string[], env: Record<string, string> = {}, extra: { isRoot?: boolean } = {}) {
  const set = new Set(files)
  return {
    env,
    home: '/home/me',
    isRoot: extra.isRoot ?? false,
    exists: (p: string) => set.has(p),
    list: (dir: string) => [...new Set(files.filter((f) => f.startsWith(dir + '/')).map((f) => f.slice(dir.length + 1).split('/')[0]))]
  }
}

describe('finding a browser for the e2e tests', () => {
  it('uses CHROMIUM_PATH first when it exists', () => {
    expect(findBrowser(machine(['/opt/chrome/chrome', '/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/chrome/chrome' }))).toBe('/opt/chrome/chrome')
  })

  it('refuses a CHROMIUM_PATH that does not exist instead of silently using another browser', () => {
    expect(() => findBrowser(machine(['/usr/bin/chromium'], { CHROMIUM_PATH: '/nope' }))).toThrow('CHROMIUM_PATH=/nope does not exist')
  })

  it('uses Debian’s chromium when no path is given', () => {
    expect(findBrowser(machine(['/usr/bin/chromium']))).toBe('/usr/bin/chromium')
  })

  it('falls back to the newest chromium in Playwright’s cache', () => {
    const files = ['/home/me/.cache/ms-playwright/chromium-1100/chrome-linux/chrome', '/home/me/.cache/ms-playwright/chromium-1200/chrome-linux/chrome']
    expect(findBrowser(machine(files))).toBe('/home/me/.cache/ms-playwright/chromium-1200/chrome-linux/chrome')
  })

  it('reads PLAYWRIGHT_BROWSERS_PATH for the cache and accepts the headless shell', () => {
    const files = ['/pw/chromium_headless_shell-1200/chrome-linux/headless_shell']
    expect(findBrowser(machine(files, { PLAYWRIGHT_BROWSERS_PATH: '/pw' }))).toBe('/pw/chromium_headless_shell-1200/chrome-linux/headless_shell')
  })

  it('finds nothing on a machine with only Node', () => {
    expect(findBrowser(machine(['/usr/bin/node']))).toBeNull()
  })
})

describe('when no browser is found', () => {
  it('installs Debian’s chromium with apt as root', () => {
    expect(installPlan(machine(['/usr/bin/apt-get'], {}, { isRoot: true }))).toEqual({
      kind: 'apt',
      commands: [
        ['apt-get', ['update']],
        ['apt-get', ['install', '-y', 'chromium']]
      ]
    })
  })

  it('says in one line how to install one when it cannot install it itself', () => {
    const plan = installPlan(machine(['/usr/bin/apt-get'], {}, { isRoot: false }))
    expect(plan).toEqual({
      kind: 'advice',
      message: 'No Chromium found for the browser tests: install one (Debian/Ubuntu: sudo apt-get install -y chromium; elsewhere: npx playwright install chromium) or set CHROMIUM_PATH to a Chromium/Chrome binary.'
    })
    expect(installPlan(machine([], {}, { isRoot: true })).kind).toBe('advice')
  })
})
