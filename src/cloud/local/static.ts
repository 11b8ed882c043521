import * as fs from 'fs'
import type { ServerResponse } from 'http'
import * as path from 'path'

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

/**
 * Serves the H5 build. The router is hash-based, so every page is index.html; a path that escapes the
 * build folder is refused.
 */
export function serveStatic(root: string, urlPath: string, res: ServerResponse): void {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0])
  } catch {
    res.writeHead(400).end()
    return
  }
  const base = path.resolve(root)
  const target = path.resolve(base, '.' + (decoded === '/' ? '/index.html' : decoded))
  if (target !== base && !target.startsWith(base + path.sep)) {
    res.writeHead(403).end()
    return
  }
  const file = fs.existsSync(target) && fs.statSync(target).isFile() ? target : path.join(base, 'index.html')
  if (!fs.existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
    res.end('H5 版本尚未构建：请先运行 npm run build:h5')
    return
  }
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream'
  res.writeHead(200, { 'content-type': type, 'cache-control': file.endsWith('index.html') ? 'no-cache' : 'public, max-age=3600' })
  fs.createReadStream(file).pipe(res)
}
