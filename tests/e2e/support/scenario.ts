import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { signIn, type SignInOptions, type User } from './browser'
import { REPO, startHost, type Host } from './host'

/** A function's reply as the host sends it. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } }

/**
 * The host and the people of one browser test file: the host starts before its tests, and every
 * browser opened with `as` is closed (reporting its page errors) after them.
 */
export function browserScenario() {
  let host: Host | undefined
  const users: User[] = []

  beforeAll(async () => {
    if (!existsSync(join(REPO, 'dist-h5/index.html')))
      throw new Error('build the H5 app first: npx taro build --type h5')
    host = await startHost()
  })

  afterAll(async () => {
    await Promise.all(users.map((u) => u.close()))
    await host?.stop()
  })

  const started = (): Host => {
    if (!host) throw new Error('the host starts in beforeAll')
    return host
  }

  return {
    host: started,
    /** Opens a browser signed in as `openid`. */
    async as(openid: string, options?: SignInOptions): Promise<User> {
      const user = await signIn(started().baseUrl, openid, options)
      users.push(user)
      return user
    },
  }
}
