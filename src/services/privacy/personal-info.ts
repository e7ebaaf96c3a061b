import Taro from '@tarojs/taro'
import type { GeoPoint } from '@core/repair/on-site-proof'
import { privacyConsent } from './privacy-consent'
import { promptForConsent } from './privacy-gate'

/**
 * The only place the app calls WeChat's personal-information APIs (docs/privacy.md lists them and
 * a test holds the code to that list). Each call first makes sure the user agreed to the privacy
 * guide, showing the app's dialog the first time; without agreement the call is not made.
 */
async function consented(): Promise<boolean> {
  if (!(await privacyConsent.needed())) return true
  const agreed = await promptForConsent()
  if (agreed) privacyConsent.agreed()
  return agreed
}

/** Photos from the camera or album; null when the user declined the guide. Closing the picker rejects, as Taro does. */
export async function choosePhotos(count: number): Promise<Taro.chooseMedia.ChooseMedia[] | null> {
  if (!(await consented())) return null
  const { tempFiles } = await Taro.chooseMedia({
    count,
    mediaType: ['image'],
    sourceType: ['album', 'camera'],
    sizeType: ['compressed'],
  })
  return tempFiles
}

/** A QR code from the camera only (a screenshot from the album cannot stand in for a visitor's phone). */
export async function scanQrCode(): Promise<string | null> {
  if (!(await consented())) return null
  try {
    return (await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })).result
  } catch {
    return null
  }
}

/** Opens the phone's dialer with `phoneNumber`. */
export async function callPhone(phoneNumber: string): Promise<void> {
  if (!(await consented())) return
  await Taro.makePhoneCall({ phoneNumber }).catch(() => undefined)
}

/** Copies `text` to the clipboard; false when it was not copied. */
export async function copyText(text: string): Promise<boolean> {
  if (!(await consented())) return false
  return Taro.setClipboardData({ data: text }).then(
    () => true,
    () => false,
  )
}

/** Saves a picture (the monthly report's poster) to the photo album; false when not saved. */
export async function savePhotoToAlbum(filePath: string): Promise<boolean> {
  if (!(await consented())) return false
  return Taro.saveImageToPhotosAlbum({ filePath }).then(
    () => true,
    () => false,
  )
}

/** One file sent to a WeChat chat (CSV imports); null when the guide was declined. Cancelling rejects, as Taro does. */
export async function chooseChatFile(extension: string[]): Promise<Taro.chooseMessageFile.ChooseFile[] | null> {
  if (!(await consented())) return null
  return (await Taro.chooseMessageFile({ count: 1, type: 'file', extension })).tempFiles
}

/** A check-in should not wait long on a phone without a fix. */
const LOCATION_TIMEOUT_MS = 5000

/**
 * Where the device is, if it says within a few seconds; undefined when the user declined the guide
 * or the location, there is no fix or the platform has none (a check-in then goes ahead without one).
 */
export async function currentLocation(): Promise<GeoPoint | undefined> {
  if (!(await consented())) return undefined
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), LOCATION_TIMEOUT_MS))
  const located = Taro.getLocation({ type: 'gcj02' }).then(
    (r): GeoPoint => ({ latitude: r.latitude, longitude: r.longitude, accuracy: r.accuracy }),
    () => undefined,
  )
  return Promise.race([located, timeout])
}

/** For the phone-number button: its open-type is itself a personal-information component. */
export const ensurePrivacyConsent = consented
