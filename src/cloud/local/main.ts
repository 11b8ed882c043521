import * as path from 'path'
import { startLocalCloud } from './server'

/** Entry of `npm start` (bundled to dist/local/server.cjs): serves dist/h5 and the functions on 127.0.0.1. */
async function main(): Promise<void> {
  const root = process.env.APP_ROOT ?? process.cwd()
  const port = Number(process.env.PORT ?? 8787)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT 无效：${process.env.PORT}`)
    process.exit(2)
  }
  const dataDir = path.resolve(root, process.env.DATA_DIR ?? 'data')
  // The reminder scan's interval (REMINDER_SCAN_MS; default 10 minutes, 0 turns the timer off).
  const reminderScanMs = Number(process.env.REMINDER_SCAN_MS ?? 10 * 60 * 1000)
  const cloud = await startLocalCloud({ dataDir, port, staticDir: path.resolve(root, process.env.STATIC_DIR ?? 'dist/h5'), reminderScanMs: Number.isFinite(reminderScanMs) ? reminderScanMs : 0 })
  console.log(`集群申报助手 local cloud: ${cloud.url}/  (data: ${dataDir})`)
  const stop = (signal: string) => {
    console.log(`${signal}: shutting down`)
    cloud.close().then(() => process.exit(0))
  }
  process.once('SIGINT', () => stop('SIGINT'))
  process.once('SIGTERM', () => stop('SIGTERM'))
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
