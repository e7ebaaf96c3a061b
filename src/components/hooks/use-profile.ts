import { useEffect } from 'react'
import { session } from '../../services/session.service'
import { useRemote } from './use-remote'

/** The signed-in user's profile (cached by the session after the first fetch; on the phone from the last run until then). */
export function useProfile() {
  const remote = useRemote(() => session.profile(), 'profile')
  const { reload } = remote
  // An effect rather than useLoad: components that mount after the page loaded need it too.
  useEffect(() => {
    void reload()
  }, [reload])
  return remote
}
