import Taro from '@tarojs/taro'
import type { GeoPoint } from '@core/repair/on-site-proof'

/** A check-in should not wait long on a phone without a fix. */
const LOCATION_TIMEOUT_MS = 5000

/**
 * Where the device is, if it says within a few seconds; undefined when the user refused, there is
 * no fix or the platform has no location (the check-in then goes ahead without one).
 */
export async function currentLocation(): Promise<GeoPoint | undefined> {
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), LOCATION_TIMEOUT_MS))
  const located = Taro.getLocation({ type: 'gcj02' }).then(
    (r): GeoPoint => ({ latitude: r.latitude, longitude: r.longitude, accuracy: r.accuracy }),
    () => undefined,
  )
  return Promise.race([located, timeout])
}
