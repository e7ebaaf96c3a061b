import { useMemo } from 'react'
import { View } from '@tarojs/components'
import { qrDarkRuns } from './qr-matrix'
import './visitor.scss'

/** White modules around the symbol; scanners need a margin to find the corners. */
const QUIET_ZONE = 2

/**
 * A QR code drawn as Views. Whole-pixel modules: fractional sizes leave hairline seams that
 * cameras can misread.
 */
export function QrCode({ text, maxPx = 240 }: { text: string; maxPx?: number }) {
  const rows = useMemo(() => qrDarkRuns(text), [text])
  const cell = Math.floor(maxPx / (rows.length + 2 * QUIET_ZONE))
  const side = cell * (rows.length + 2 * QUIET_ZONE)
  return (
    <View className="ll-qr" style={{ width: `${side}px`, height: `${side}px`, padding: `${cell * QUIET_ZONE}px` }}>
      {rows.map((runs, y) => (
        <View key={y} className="ll-qr__row" style={{ height: `${cell}px` }}>
          {runs.map(([x, length]) => (
            <View key={x} className="ll-qr__dark" style={{ left: `${x * cell}px`, width: `${length * cell}px` }} />
          ))}
        </View>
      ))}
    </View>
  )
}
