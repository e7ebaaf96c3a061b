import type { IncomingMessage, ServerResponse } from 'node:http'
import { appError, ErrorCode, type AppError } from '@core/shared/errors'

/** HTTP plumbing of the local host: faults with their status, JSON replies, bounded bodies. */

/** A percent-decoded path; a malformed escape (`%zz`) is the client's fault, not ours. */
export function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname)
  } catch {
    throw new HttpFault(400, appError(ErrorCode.VALIDATION_FAILED, 'malformed URL'))
  }
}

export const MAX_EVENT_BYTES = 1024 * 1024

/** A refusal answered with its own status and the error envelope (400, 401, 404, 413…). */
export class HttpFault extends Error {
  constructor(
    readonly status: number,
    readonly error: AppError,
  ) {
    super(error.message)
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
  res.end(text)
}

export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0)
  const tooLarge = () => new HttpFault(413, appError(ErrorCode.VALIDATION_FAILED, `body over ${limit} bytes`))
  if (declared > limit) {
    req.resume()
    throw tooLarge()
  }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) throw tooLarge()
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

export async function readJson(req: IncomingMessage): Promise<unknown> {
  const body = await readBody(req, MAX_EVENT_BYTES)
  try {
    return body.length === 0 ? {} : JSON.parse(body.toString('utf8'))
  } catch {
    throw new HttpFault(400, appError(ErrorCode.VALIDATION_FAILED, 'body is not valid JSON'))
  }
}

export const unauthenticated = () => new HttpFault(401, appError(ErrorCode.UNAUTHENTICATED, 'missing or invalid token'))
