import { buildHostBundle } from '../support/host-bundle'
import { findTestBrowser, testFontConfig } from '../support/test-browser'

/**
 * Finds the test browser once, before the workers start. On a fresh machine that unpacks the
 * packaged Chromium; two workers unpacking it at the same moment race for one file, and the
 * second launches it half-written (spawn ETXTBSY). Unpacks the test fonts and bundles the host
 * every file starts, once.
 */
export default async function globalSetup(): Promise<void> {
  buildHostBundle()
  await findTestBrowser()
  await testFontConfig()
}
