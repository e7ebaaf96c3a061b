import { useEffect, useState } from 'react'
import { serverClock } from '../../services/clock.service'

/**
 * One clock for every countdown on screen: all subscribers re-render on the same tick, so two
 * figures of one screen ("已超时 9 分钟" and "已超时 8 分钟") can never disagree.
 */
const TICK_MS = 1000
const listeners = new Set<(now: number) => void>()
let timer: ReturnType<typeof setInterval> | null = null

function subscribe(listener: (now: number) => void): () => void {
  listeners.add(listener)
  if (!timer) {
    timer = setInterval(() => {
      const now = serverClock.now()
      listeners.forEach((l) => l(now))
    }, TICK_MS)
  }
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0 && timer) {
      clearInterval(timer)
      timer = null
    }
  }
}

/** The server's current time in ms, from the one shared ticking clock. */
export function useNow(): number {
  const [now, setNow] = useState(serverClock.now)
  useEffect(() => subscribe(setNow), [])
  return now
}
