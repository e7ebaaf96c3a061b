import { formatLocal, type IsoTime } from '@core/shared/time'

/** Console figures as people read them; a figure with nothing behind it is a dash, never 0. */

export const DASH = '—'

/** 42 -> "42 分钟", 150 -> "2.5 小时". */
export function minutesText(minutes: number | null): string {
  if (minutes === null) return DASH
  return minutes < 60 ? `${minutes} 分钟` : `${(minutes / 60).toFixed(1)} 小时`
}

/** 0.857 -> "85.7%". */
export const shareText = (share: number | null): string => (share === null ? DASH : `${(share * 100).toFixed(1)}%`)

export const starsText = (average: number | null): string => (average === null ? DASH : `${average.toFixed(1)} 星`)

export const timeText = (at: IsoTime | null): string => (at === null ? DASH : formatLocal(at))
