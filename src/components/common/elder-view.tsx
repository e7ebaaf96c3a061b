import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { useElderMode } from '../hooks/use-elder-mode'

/**
 * A page's outer view that follows 长辈模式: the mini-program has no root shared by every page, so
 * each page a resident may open wraps its content in this (H5 also marks <html> for popups).
 */
export function ElderView({ className, children }: { className?: string; children: ReactNode }) {
  const elder = useElderMode()
  return <View className={[className, elder.className].filter(Boolean).join(' ')}>{children}</View>
}
