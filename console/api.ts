import type { Role } from '@core/identity/actor'
import type { ErrorCode } from '@core/shared/errors'

/** A function's reply, or a failure the console met before reaching one (code NETWORK). */
export type Reply<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: ErrorCode | 'NETWORK'; message: string; fieldErrors?: Record<string, string[]> } }

export interface ConsoleUser {
  openid: string
  name: string
  role: Role
  /** Head office: sees the company's estates compared. */
  companyAdmin: boolean
}

const SESSION_KEY = 'linli-console-session'

/** The signed-in session, kept per browser tab so closing the tab ends it. */
export const session = {
  read(): { token: string; user: ConsoleUser } | null {
    try {
      return JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null')
    } catch {
      return null
    }
  },
  save(token: string, user: ConsoleUser) {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify({ token, user }))
  },
  clear() {
    sessionStorage.removeItem(SESSION_KEY)
  },
}

/** Told when the host refuses the token, so the console shows the sign-in again. */
let onSignedOut: () => void = () => {}
export const whenSignedOut = (listener: () => void) => {
  onSignedOut = listener
}

function asReply<T>(body: unknown): Reply<T> {
  const value = body as { ok?: unknown; data?: unknown; error?: { code?: unknown } }
  if (value && value.ok === true) return { ok: true, data: value.data as T }
  if (value && value.ok === false && typeof value.error?.code === 'string') return value as Reply<T>
  return { ok: false, error: { code: 'INTERNAL', message: 'malformed reply' } }
}

async function post<T>(path: string, body: unknown, token?: string): Promise<Reply<T>> {
  try {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    })
    if (response.status === 401 && token) {
      session.clear()
      onSignedOut()
    }
    return asReply<T>(await response.json())
  } catch (error) {
    return { ok: false, error: { code: 'NETWORK', message: String(error) } }
  }
}

/** Calls a cloud function with the same event and envelope as the mini-program. */
export function call<T = unknown>(fn: string, action: string, input: Record<string, unknown> = {}): Promise<Reply<T>> {
  return post<T>(`/api/fn/${fn}`, { action, ...input }, session.read()?.token)
}

/** The host's two routes for a console nobody has signed into yet. */
export const signInApi = {
  open: () => post<{ code: string; secret: string; expiresAt: string }>('/api/console/open', {}),
  poll: (code: string, secret: string) =>
    post<{ status: 'pending' } | { status: 'signedIn'; token: string; user: ConsoleUser }>('/api/console/poll', {
      code,
      secret,
    }),
}

const MESSAGES: Record<string, string> = {
  UNAUTHENTICATED: '登录已失效，请重新扫码登录',
  FORBIDDEN: '您没有权限进行此操作',
  VALIDATION_FAILED: '填写的内容有误，请检查',
  NOT_FOUND: '内容不存在或已被删除',
  INVALID_TRANSITION: '状态已变化，请刷新后再试',
  CONFLICT: '其他人刚刚修改过，请刷新后再试',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  NETWORK: '网络连接失败，请检查网络',
}

/** Words for a failure: the schema's own Chinese field message when there is one. */
export function messageOf(error: { code: string; fieldErrors?: Record<string, string[]> }): string {
  const field = Object.values(error.fieldErrors ?? {})
    .flat()
    .find((m) => /[\u4e00-\u9fff]/.test(m))
  return field ?? MESSAGES[error.code] ?? '服务开小差了，请稍后再试'
}
