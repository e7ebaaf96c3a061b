import { transport } from './transport'

/** Server time minus device time. The local host's dev clock can run ahead of the browser's. */
let offsetMs = 0

export const serverClock = {
  /** Re-reads the server's clock where it can differ (H5 on the local host); a no-op in WeChat. */
  async sync(): Promise<void> {
    const sent = Date.now()
    const now = await transport.serverNow()
    if (now) offsetMs = new Date(now).getTime() - Math.round((sent + Date.now()) / 2)
  },
  now: (): number => Date.now() + offsetMs,
}
