import type { ReactNode } from 'react'
import { View } from '@tarojs/components'

/** A detail screen's primary actions, fixed to the bottom within reach of the thumb (styles: the theme). */
export function BottomBar({ children }: { children: ReactNode }) {
  return (
    <>
      <View className="ll-bottom-bar-spacer" />
      <View className="ll-bottom-bar">{children}</View>
    </>
  )
}
