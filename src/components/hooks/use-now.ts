import { useEffect, useState } from 'react'
import { serverClock } from '../../services/clock.service'

/** The server's current time in ms, re-rendering every `ms` (a countdown ticks each second). */
export function useNow(ms = 1000): number {
  const [now, setNow] = useState(serverClock.now)
  useEffect(() => {
    const timer = setInterval(() => setNow(serverClock.now()), ms)
    return () => clearInterval(timer)
  }, [ms])
  return now
}
