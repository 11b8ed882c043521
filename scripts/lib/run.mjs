import { spawn } from 'child_process'
import * as path from 'path'

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..')

/** Runs a command from the repository root with inherited output; rejects on a non-zero exit. */
export function run(cmd, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`))
    )
    child.on('error', reject)
  })
}

export const taroBuild = (type) => run('npx', ['taro', 'build', '--type', type], { NODE_ENV: 'production' })
