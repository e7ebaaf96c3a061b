import { existsSync, readFileSync, statSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'

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
    const candidate = normalize(join(staticRoot, decodeURIComponent(pathname)))
    const inside = candidate.startsWith(staticRoot)
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
