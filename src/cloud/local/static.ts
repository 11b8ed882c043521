import * as fs from 'fs'
import type { ServerResponse } from 'http'
import * as path from 'path'
import { contentSecurityPolicy } from './headers'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf'
}

/** The real path of a regular file inside `base` (itself a real path), or null: symlinks never lead out. */
function regularFileUnder(base: string, target: string): string | null {
  try {
    const real = fs.realpathSync(target)
    if (real !== base && !real.startsWith(base + path.sep)) return null
    return fs.statSync(real).isFile() ? real : null
  } catch {
    return null
  }
}

/**
 * Serves the H5 build. The router is hash-based, so every page is index.html. Only regular files whose real
 * path is inside the build folder are served; a path that escapes it is refused.
 */
export function serveStatic(root: string, urlPath: string, res: ServerResponse): void {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0])
  } catch {
    res.writeHead(400).end()
    return
  }
  let base: string
  try {
    base = fs.realpathSync(path.resolve(root))
  } catch {
    base = path.resolve(root)
  }
  const target = path.resolve(base, '.' + (decoded === '/' ? '/index.html' : decoded))
  if (decoded.includes('\0') || (target !== base && !target.startsWith(base + path.sep))) {
    res.writeHead(403).end()
    return
  }
  const file = regularFileUnder(base, target) ?? (fs.existsSync(target) ? null : regularFileUnder(base, path.join(base, 'index.html')))
  if (file === null) {
    const exists = fs.existsSync(target)
    res.writeHead(exists ? 403 : 404, { 'content-type': 'text/plain; charset=utf-8' })
    res.end(exists ? '' : 'H5 版本尚未构建：请先运行 npm run build:h5')
    return
  }
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream'
  if (file.endsWith('.html')) {
    const html = fs.readFileSync(file, 'utf8')
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache', 'content-security-policy': contentSecurityPolicy(html) })
    res.end(html)
    return
  }
  res.writeHead(200, { 'content-type': type, 'cache-control': 'public, max-age=3600' })
  fs.createReadStream(file).pipe(res)
}
