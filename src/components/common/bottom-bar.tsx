import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import '../theme/theme.scss'

/** A detail screen's primary actions, fixed to the bottom of the screen within reach of the thumb. */
export function BottomBar({ children }: { children: ReactNode }) {
  return (
    <>
      <View className="ll-bottom-bar-spacer" />
      <View className="ll-bottom-bar">{children}</View>
    </>
  )
}
