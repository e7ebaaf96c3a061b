import { existsSync, readFileSync, statSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import { extname, join, resolve, sep } from 'node:path'
import { decodePath } from './http'

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
}

/** Serves the H5 build from `dir`, falling back to index.html (hash routing), or says to build it. */
export function staticServer(dir: string): (res: ServerResponse, pathname: string) => void {
  const staticRoot = resolve(dir)
  return (res, pathname) => {
    const candidate = resolve(staticRoot, `.${decodePath(pathname)}`)
    // Inside means under the folder itself: a sibling such as `dist-h5-old` shares the prefix.
    const inside = candidate.startsWith(staticRoot + sep)
    const target =
      inside && existsSync(candidate) && statSync(candidate).isFile() ? candidate : join(staticRoot, 'index.html')
    if (!existsSync(target)) {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' })
      return void res.end('H5 build not found: run `npm run build:h5` (or `npm start`, which builds it).')
    }
    res.writeHead(200, { 'Content-Type': MIME[extname(target)] ?? 'application/octet-stream' })
    res.end(readFileSync(target))
  }
}

/**
 * Serves the desktop console's build at `/console/` (`path` is what follows `/console`). Resolved, then
 * checked against the folder with its separator: nothing beside or above it is served.
 */
export function consoleServer(dir: string | undefined): (res: ServerResponse, path: string) => void {
  const consoleRoot = dir ? resolve(dir) : null
  return (res, path) => {
    if (path === '') {
      res.writeHead(301, { Location: '/console/' })
      return void res.end()
    }
    const candidate = consoleRoot ? resolve(consoleRoot, `.${decodePath(path)}`) : ''
    const inside = consoleRoot !== null && candidate.startsWith(consoleRoot + sep)
    const target = inside && existsSync(candidate) && statSync(candidate).isFile() ? candidate : null
    const index = consoleRoot ? join(consoleRoot, 'index.html') : ''
    const file = target ?? (path.includes('.') && !path.endsWith('.html') ? null : index)
    if (!file || !existsSync(file)) {
      res.writeHead(file === index ? 503 : 404, { 'Content-Type': 'text/plain; charset=utf-8' })
      return void res.end(
        file === index ? 'Console build not found: run `npm run build:console` (or `npm start`).' : 'not found',
      )
    }
    res.writeHead(200, {
      'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    })
    res.end(readFileSync(file))
  }
}
