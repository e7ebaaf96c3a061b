import { useEffect } from 'react'
import type { ConsentMoment } from '@core/notify/templates'
import { consent } from '../../services/consent.service'

/**
 * For a page with a tap that may ask for subscribe-message consent: loads the template ids when
 * the page opens, and returns the ask to call first thing in that tap (see consent.ask).
 */
export function useConsent(moment: ConsentMoment): () => Promise<void> {
  useEffect(() => {
    void consent.prepare()
  }, [])
  return () => consent.ask(moment)
}
