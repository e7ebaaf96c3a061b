import { asReply, networkFailure, type Reply, type Transport } from './transport.port'

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

  async function invoke<T>(name: string, data: Record<string, unknown>): Promise<Reply<T>> {
    try {
      return asReply<T>(await app.callFunction(name, data))
    } catch (error) {
      return networkFailure(error)
    }
  }

  async function beforeSession<T>(data: Record<string, unknown>): Promise<Reply<T>> {
    try {
      await anonymously()
    } catch (error) {
      return networkFailure(error)
    }
    return invoke<T>(SIGN_IN_FUNCTION, data)
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

/** The slice of `@cloudbase/js-sdk`'s app that `fromJsSdk` uses (v2 names, and v1's custom provider). */
export interface JsSdkApp {
  auth(options?: { persistence?: 'local' | 'session' | 'none' }): {
    signInAnonymously?(): Promise<unknown>
    anonymousAuthProvider?(): { signIn(): Promise<unknown> }
    setCustomSignFunc?(getTicket: () => Promise<string>): void
    signInWithCustomTicket?(): Promise<unknown>
    customAuthProvider?(): { signIn(ticket: string): Promise<unknown> }
    signOut(): Promise<unknown>
  }
  callFunction(options: { name: string; data: Record<string, unknown> }): Promise<{ result?: unknown }>
}

/**
 * Binds an initialised SDK app (`cloudbase.init({env})`). The login state is kept per tab
 * (`session`), like the local console's token. js-sdk 2.x signs in with `setCustomSignFunc` +
 * `signInWithCustomTicket` and `signInAnonymously`; 1.x with `customAuthProvider().signIn(ticket)`
 * and `anonymousAuthProvider().signIn()`: whichever the app offers.
 */
export function fromJsSdk(sdkApp: JsSdkApp): CloudbaseWebApp {
  const auth = sdkApp.auth({ persistence: 'session' })
  return {
    async signInAnonymously() {
      if (auth.signInAnonymously) await auth.signInAnonymously()
      else if (auth.anonymousAuthProvider) await auth.anonymousAuthProvider().signIn()
      else throw new Error('this CloudBase SDK offers no anonymous login')
    },
    async signInWithTicket(ticket) {
      if (auth.setCustomSignFunc && auth.signInWithCustomTicket) {
        auth.setCustomSignFunc(() => Promise.resolve(ticket))
        await auth.signInWithCustomTicket()
      } else if (auth.customAuthProvider) await auth.customAuthProvider().signIn(ticket)
      else throw new Error('this CloudBase SDK offers no custom login')
    },
    signOut: async () => void (await auth.signOut()),
    callFunction: async (name, data) => (await sdkApp.callFunction({ name, data })).result,
  }
}
