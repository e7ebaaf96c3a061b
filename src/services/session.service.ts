import Taro from '@tarojs/taro'
import type { Profile } from '@core/estate/profile'
import { profileReply } from '@core/estate/estate.replies'
import type { Role } from '@core/identity/actor'
import { callFunction } from './call'
import { consent } from './consent.service'
import type { Reply } from './reply'
import { screenCache } from './screen-cache.service'
import { ESTATE_ROUTES } from './estate.routes'
import { REPORT_ROUTES } from './report.routes'
import { ROUTES } from './routes'
import { transport } from './transport'

/** Who is signed in, as the `me` function describes them. */
export type { Profile }

let cached: Profile | null = null

export const session = {
  /** Whether the user must pick an identity first (H5 dev sign-in without a token). */
  needsSignIn: () => transport.signInMode === 'dev' && !transport.isSignedIn(),
  devSignInAvailable: () => transport.signInMode === 'dev',

  async signIn(openid: string): Promise<Reply<Profile>> {
    cached = null
    screenCache.clear()
    consent.forget()
    const signedIn = await transport.devSignIn(openid)
    return signedIn.ok ? this.profile() : signedIn
  },

  /** The caller's profile, fetched once per session. */
  async profile(): Promise<Reply<Profile>> {
    if (cached) return { ok: true, data: cached }
    const reply = await callFunction('me', { action: 'profile' }, profileReply)
    if (reply.ok) {
      cached = reply.data
      screenCache.adopt(reply.data)
    }
    return reply
  },

  /**
   * Drops the cached profile (the user just joined, or moved to another estate), so the next read
   * asks the server, and the screens' cache, so no screen shows the household or estate just left.
   */
  forget() {
    cached = null
    screenCache.clear()
  },

  signOut() {
    cached = null
    screenCache.clear()
    consent.forget()
    transport.signOut()
    void Taro.reLaunch({ url: ROUTES.entry })
  },
}

/** Where each role starts: residents on the home tab, staff at the job pool, managers at the late board. */
const HOME_BY_ROLE: Record<Role, { url: string; tab: boolean }> = {
  resident: { url: ROUTES.home, tab: true },
  maintenance: { url: ROUTES.staffPool, tab: false },
  // Vendor workers use the staff screens; the server shows them only their vendor's jobs.
  vendor: { url: ROUTES.staffPool, tab: false },
  manager: { url: ROUTES.adminLate, tab: false },
  guard: { url: ROUTES.staffGate, tab: false },
  // The owners' committee reads published reports and aggregate figures, nothing else.
  committee: { url: REPORT_ROUTES.months, tab: false },
  // Not bound yet: the welcome page, to join with an invite code or apply.
  guest: { url: ESTATE_ROUTES.welcome, tab: false },
  // Head office and the service desk work in the desktop console; on the phone they start at 我的.
  company_admin: { url: ROUTES.mine, tab: true },
  service_desk: { url: ROUTES.mine, tab: true },
}

/**
 * Opens the role's home. `afresh` after moving to another estate: every page, tab pages included,
 * is reloaded, so none still shows the estate just left.
 */
export function goHome(role: Role, afresh = false): void {
  const home = HOME_BY_ROLE[role]
  void (home.tab && !afresh ? Taro.switchTab({ url: home.url }) : Taro.reLaunch({ url: home.url }))
}
