// Which Chromium the e2e tests and the bench drive (playwright-core ships no browser). Looked up in order:
// CHROMIUM_PATH, the Debian/Ubuntu packages, then Playwright's own download cache
// (https://playwright.dev/docs/browsers#managing-browser-binaries: ~/.cache/ms-playwright or
// PLAYWRIGHT_BROWSERS_PATH). CommonJS so that the scripts (ESM) and jest (CommonJS) share it.
const path = require('path')

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']
// Inside a Playwright cache folder (Linux layouts of the chromium and headless-shell downloads).
const CACHE_BINARIES = [
  ['chromium-', 'chrome-linux/chrome'],
  ['chromium-', 'chrome-linux64/chrome'],
  ['chromium_headless_shell-', 'chrome-linux/headless_shell'],
  ['chromium_headless_shell-', 'chrome-headless-shell-linux64/chrome-headless-shell']
]

/**
 * The browser to use, or null. `sys` is injected: {env, exists(path), list(dir) → names or [], home}.
 * An explicit CHROMIUM_PATH that does not exist is an error, not a silent fallback.
 */
function findBrowser(sys) {
  const env = sys.env
  if (env.CHROMIUM_PATH) {
    if (sys.exists(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH
    throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist`)
  }
  for (const p of SYSTEM_PATHS) if (sys.exists(p)) return p
  const cache = env.PLAYWRIGHT_BROWSERS_PATH && env.PLAYWRIGHT_BROWSERS_PATH !== '0' ? env.PLAYWRIGHT_BROWSERS_PATH : path.join(sys.home, '.cache', 'ms-playwright')
  const dirs = sys.list(cache).slice().sort().reverse() // newest revision first
  for (const [prefix, rel] of CACHE_BINARIES) {
    for (const d of dirs) {
      if (!d.startsWith(prefix)) continue
      const p = path.join(cache, d, rel)
      if (sys.exists(p)) return p
    }
  }
  return null
}

/**
 * What to do when no browser is found: as root on Debian/Ubuntu install the distribution's chromium with apt;
 * otherwise one line saying how.
 */
function installPlan(sys) {
  if (sys.isRoot && sys.exists('/usr/bin/apt-get')) return { kind: 'apt', commands: [['apt-get', ['update']], ['apt-get', ['install', '-y', 'chromium']]] }
  return {
    kind: 'advice',
    message: 'No Chromium found for the browser tests: install one (Debian/Ubuntu: sudo apt-get install -y chromium; elsewhere: npx playwright install chromium) or set CHROMIUM_PATH to a Chromium/Chrome binary.'
  }
}

/** The real machine. */
function nodeSystem() {
  const fs = require('fs')
  const os = require('os')
  return {
    env: process.env,
    home: os.homedir(),
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    exists: (p) => fs.existsSync(p),
    list: (dir) => {
      try {
        return fs.readdirSync(dir)
      } catch {
        return []
      }
    }
  }
}

module.exports = { findBrowser, installPlan, nodeSystem, SYSTEM_PATHS }
