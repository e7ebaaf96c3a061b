import { useEffect, useRef, useState } from 'react'
import { useDidHide, useDidShow } from '@tarojs/taro'

/** Calls `tick` every `ms` while the page is on screen (not while another page covers it). */
export function usePolling(tick: () => void, ms: number): void {
  const [visible, setVisible] = useState(true)
  const tickRef = useRef(tick)
  tickRef.current = tick
  useDidShow(() => setVisible(true))
  useDidHide(() => setVisible(false))
  useEffect(() => {
    if (!visible) return undefined
    const timer = setInterval(() => tickRef.current(), ms)
    return () => clearInterval(timer)
  }, [visible, ms])
}
