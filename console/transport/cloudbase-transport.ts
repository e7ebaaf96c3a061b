import type cloudbase from '@cloudbase/js-sdk'
import { asReply } from '@core/shared/reply-schemas'
import { networkFailure, type Reply, type Transport } from './transport.port'

/**
 * What the console needs of a CloudBase web app (`@cloudbase/js-sdk`), narrowed so everything around
 * it is tested with a fake; `fromJsSdk` binds the real SDK to it.
 */
export interface CloudbaseWebApp {
  /** A login state for a console nobody has signed into yet (anonymous login, enabled per environment). */
  signInAnonymously(): Promise<void>
  /** Signs in with the custom-login ticket an approved console sign-in answered. */
  signInWithTicket(ticket: string): Promise<void>
  signOut(): Promise<void>
  /** `app.callFunction({name, data})`'s `result`: the function's own return, our envelope. */
  callFunction(name: string, data: Record<string, unknown>): Promise<unknown>
}

/**
 * The deployed function a console without a session calls to open and poll its sign-in code
 * (`/api/console/open` and `/api/console/poll` on the local host).
 */
export const SIGN_IN_FUNCTION = 'consoleSignIn'

/** Production: the same functions and envelopes through the web SDK, identity from its login state. */
export function cloudbaseTransport(app: CloudbaseWebApp): Transport {
  let anonymous: Promise<void> | null = null
  /** Signs in anonymously once, before the first call without a session; a failure is retried next time. */
  const anonymously = () =>
    (anonymous ??= app.signInAnonymously().catch((error: unknown) => {
      anonymous = null
      throw error
    }))

  async function invoke(name: string, data: Record<string, unknown>): Promise<Reply<unknown>> {
    try {
      return asReply(await app.callFunction(name, data))
    } catch (error) {
      return networkFailure(error)
    }
  }

  async function beforeSession(data: Record<string, unknown>): Promise<Reply<unknown>> {
    try {
      await anonymously()
    } catch (error) {
      return networkFailure(error)
    }
    return invoke(SIGN_IN_FUNCTION, data)
  }

  return {
    // The SDK sends its own login state; the sign-in's ticket was spent on it in `adopt`.
    call: (fn, event) => invoke(fn, event),
    openSignIn: () => beforeSession({ action: 'open' }),
    pollSignIn: (code, secret) => beforeSession({ action: 'poll', code, secret }),
    async adopt(ticket) {
      try {
        await app.signInWithTicket(ticket)
        return { ok: true, data: null }
      } catch (error) {
        return networkFailure(error)
      }
    },
    async signOut() {
      anonymous = null
      await app.signOut().catch(() => {})
    },
  }
}

type SdkAuth = cloudbase.auth.App

/**
 * The slice of a `@cloudbase/js-sdk` 3.x app (`cloudbase.init({env})`) that `fromJsSdk` uses, in the
 * package's own types: a renamed or retyped method fails the type check here and in the tests' fakes.
 */
export interface JsSdkApp {
  auth: Pick<SdkAuth, 'signInAnonymously' | 'signInWithCustomTicket' | 'signOut'>
  callFunction: cloudbase.app.App['callFunction']
}

/**
 * 3.x answers a failed sign-in or sign-out with `{data, error}` instead of throwing (its declarations
 * still say the login state for `signInWithCustomTicket`); made a throw so the transport reports it.
 */
function throwIfRefused(outcome: unknown): void {
  const error = (outcome as { error?: unknown } | null | undefined)?.error
  if (!error) return
  throw error instanceof Error ? error : new Error(String((error as { message?: unknown }).message ?? error))
}

/**
 * Binds an initialised SDK app. 3.x keeps its login (access and refresh tokens) in the browser's
 * localStorage whatever `persistence` says, so the console's own per-tab session (api.ts) decides
 * whether a tab is signed in, and opening the sign-in replaces the stored login with an anonymous one.
 */
export function fromJsSdk(sdkApp: JsSdkApp): CloudbaseWebApp {
  const { auth } = sdkApp
  return {
    signInAnonymously: async () => throwIfRefused(await auth.signInAnonymously()),
    signInWithTicket: async (ticket) =>
      throwIfRefused(await auth.signInWithCustomTicket(() => Promise.resolve(ticket))),
    signOut: async () => throwIfRefused(await auth.signOut()),
    async callFunction(name, data) {
      const response = await sdkApp.callFunction({ name, data })
      // A platform refusal (no such function, a security rule) comes back as `{code, message}`, no
      // result; 3.x reads a top-level `code` in a function's return as one, which our envelopes never have.
      const refusal = response as Partial<{ code: string; message: string }>
      if (!('result' in response) && refusal.code) throw new Error(`${refusal.code}: ${refusal.message ?? ''}`)
      return response.result
    },
  }
}
