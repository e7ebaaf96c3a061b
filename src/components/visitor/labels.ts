import { formatLocal } from '@core/shared/time'
import type { PassState, Refusal } from '@core/visitor/visitor-pass'

export const PASS_STATE_LABEL: Record<PassState, string> = {
  not_yet_valid: '未到时间',
  valid: '有效',
  used_up: '已用完',
  expired: '已过期',
  revoked: '已作废',
}

/** NutUI Tag colours: passes that still open the gate stand out. */
export const PASS_STATE_TONE: Record<PassState, 'primary' | 'success' | 'default'> = {
  not_yet_valid: 'primary',
  valid: 'success',
  used_up: 'default',
  expired: 'default',
  revoked: 'default',
}

/** What the gate screen says when it turns a code away. */
export const REFUSAL_LABEL: Record<Refusal, string> = {
  not_yet_valid: '通行证尚未生效',
  expired: '通行证已过期',
  revoked: '通行证已被住户作废',
  used_up: '通行次数已用完',
  unknown: '未找到该通行证',
}

/** `11月27日 10:00–12:00`, or both dates when the window crosses midnight. */
export function formatWindow(validFrom: string, validUntil: string): string {
  const from = formatLocal(validFrom, 'M月D日 HH:mm')
  const sameDay = formatLocal(validFrom, 'YYYY-MM-DD') === formatLocal(validUntil, 'YYYY-MM-DD')
  return `${from}–${formatLocal(validUntil, sameDay ? 'HH:mm' : 'M月D日 HH:mm')}`
}
