import Taro from '@tarojs/taro'
import type { Profile } from '@core/estate/profile'

/**
 * What the first screens showed last time, kept on the phone (Taro storage) so they can draw at
 * once and then ask the server (stale-while-revalidate). It holds one person's data in one estate
 * and household at a time: each entry is keyed by that owner, a profile for anyone else empties it,
 * and signing in or out, switching estate or joining one empties it too.
 */

/** Every key starts with this; bump the version when a cached shape changes. */
const PREFIX = 'linli.cache.v1.'
const OWNER_KEY = `${PREFIX}owner`

type Owner = Pick<Profile, 'openid' | 'estateId' | 'unitId'>

const ownerOf = (who: Owner): string => [who.openid, who.estateId ?? '-', who.unitId ?? '-'].join('|')
const currentOwner = (): string => Taro.getStorageSync<string>(OWNER_KEY) || ''
const keyOf = (owner: string, name: string) => `${PREFIX}${owner}.${name}`

/** Storage can refuse (full, or private mode in a browser): the cache is only ever a head start. */
function quietly<T>(run: () => T, fallback: T): T {
  try {
    return run()
  } catch {
    return fallback
  }
}

export const screenCache = {
  /** The entry `name` of the current owner, or null when there is none (or no known owner). */
  read<T>(name: string): T | null {
    return quietly(() => {
      const owner = currentOwner()
      if (!owner) return null
      const stored: unknown = Taro.getStorageSync(keyOf(owner, name))
      return stored === '' || stored === undefined || stored === null ? null : (stored as T)
    }, null)
  },

  /** Keeps `data` as the current owner's `name`; nothing while the owner is unknown. */
  write(name: string, data: unknown): void {
    quietly(() => {
      const owner = currentOwner()
      if (owner) Taro.setStorageSync(keyOf(owner, name), data)
    }, undefined)
  },

  /** Called with each fresh profile: another person, estate or household than the cache's empties it first. */
  adopt(profile: Profile): void {
    quietly(() => {
      const owner = ownerOf(profile)
      if (owner !== currentOwner()) {
        this.clear()
        Taro.setStorageSync(OWNER_KEY, owner)
      }
      Taro.setStorageSync(keyOf(owner, 'profile'), profile)
    }, undefined)
  },

  /** Forgets every entry and the owner. */
  clear(): void {
    quietly(() => {
      for (const key of Taro.getStorageInfoSync().keys) if (key.startsWith(PREFIX)) Taro.removeStorageSync(key)
    }, undefined)
  },
}
