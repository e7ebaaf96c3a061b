import { scanQrCode } from '../../services/privacy/personal-info'
import type { Scanner } from './scanner.types'

/** WeChat's scanner; only the camera, so a screenshot from the album cannot stand in for the visitor's phone. */
export const scanner: Scanner = {
  available: true,
  scan: scanQrCode,
}
