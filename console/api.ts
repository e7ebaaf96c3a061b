import { parsedReply } from '@core/shared/reply-schemas'
import type { z } from '@core/shared/zod'
import {
  openedSignInReply,
  pollAnswerReply,
  type ConsoleUser,
  type OpenedSignIn,
  type PollAnswer,
  type Reply,
  type Transport,
} from './transport/transport.port'

export type { ConsoleUser, Reply } from './transport/transport.port'

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

let transport: Transport | undefined
/** Chosen once at start-up by the build's target (transport/select.ts). */
export const chooseTransport = (chosen: Transport) => {
  transport = chosen
}
const current = (): Transport => {
  if (!transport) throw new Error('no console transport chosen')
  return transport
}

/** Told when the session is refused, so the console shows the sign-in again. */
let onSignedOut: () => void = () => {}
export const whenSignedOut = (listener: () => void) => {
  onSignedOut = listener
}

/**
 * Calls a cloud function with the same event and envelope as the mini-program, and parses the data
 * with the action's reply schema (core/<module>/*.replies.ts): a reply of another shape is INTERNAL,
 * shown as an error, not a screen crashing later on a missing field.
 */
export async function call<T>(
  fn: string,
  action: string,
  reply: z.ZodType<T>,
  input: Record<string, unknown> = {},
): Promise<Reply<T>> {
  const token = session.read()?.token
  const answer = await current().call(fn, { action, ...input }, token)
  if (!answer.ok && answer.error.code === 'UNAUTHENTICATED' && token) {
    session.clear()
    onSignedOut()
  }
  return parsedReply(answer, reply, `${fn}.${action}`)
}

/** What a console nobody has signed into yet may do: open a code, poll it, take on the session. */
export const signInApi = {
  open: async (): Promise<Reply<OpenedSignIn>> =>
    parsedReply(await current().openSignIn(), openedSignInReply, 'consoleSignIn.open'),
  poll: async (code: string, secret: string): Promise<Reply<PollAnswer>> =>
    parsedReply(await current().pollSignIn(code, secret), pollAnswerReply, 'consoleSignIn.poll'),
  async complete(token: string, user: ConsoleUser): Promise<Reply<null>> {
    const adopted = await current().adopt(token)
    if (adopted.ok) session.save(token, user)
    return adopted
  },
  async signOut(): Promise<void> {
    session.clear()
    await current().signOut()
  },
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
