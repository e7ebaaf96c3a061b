import { useEffect, useState } from 'react'
import { ELDER_CLASS, elderMode } from '../../services/elder-mode'
import { useProfile } from './use-profile'

/**
 * Whether 长辈模式 is on for the signed-in person, a setter, and the class for the page's outer view
 * (larger text and touch targets come from the theme's `.ll-elder` tokens).
 */
export function useElderMode() {
  const openid = useProfile().data?.openid ?? null
  const [, rerender] = useState(0)
  useEffect(() => elderMode.subscribe(() => rerender((n) => n + 1)), [])
  const on = openid !== null && elderMode.isOn(openid)
  useEffect(() => elderMode.applyToDocument(on), [on])
  return {
    on,
    set: (next: boolean) => openid && elderMode.set(openid, next),
    className: on ? ELDER_CLASS : '',
  }
}
