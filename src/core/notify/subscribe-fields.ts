import { formatYuan } from '../shared/money'
import { formatLocal } from '../shared/time'

/**
 * WeChat subscribe-message data types and the rule each value must obey. A value that breaks its
 * rule makes WeChat refuse the whole message (error 47003), so every value is shaped here first.
 */
export const FIELD_TYPES = [
  'thing',
  'number',
  'letter',
  'symbol',
  'character_string',
  'time',
  'date',
  'amount',
  'phone_number',
  'car_number',
  'name',
  'phrase',
] as const
export type FieldType = (typeof FIELD_TYPES)[number]

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u

/** Cuts to `max` characters (not UTF-16 units), marking the cut with an ellipsis. */
function cut(text: string, max: number): string {
  const chars = [...text.trim()]
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`
}

/** Cuts without a mark, for types whose alphabet has no ellipsis. */
const clip = (text: string, max: number) => [...text].slice(0, max).join('')

/** The field type named by a template key such as `thing2` or `character_string7`. */
export function fieldTypeOf(key: string): FieldType | null {
  const base = key.replace(/\d+$/, '')
  return (FIELD_TYPES as readonly string[]).includes(base) ? (base as FieldType) : null
}

/**
 * Shapes a raw value for a field type. Times are ISO instants, shown in estate time; amounts are
 * integer fen. The result always satisfies WeChat's rule for the type (empty values become `-`
 * where the type allows it, since WeChat also refuses empty values).
 */
export function shapeField(type: FieldType, raw: string | number): string {
  const text = String(raw)
  switch (type) {
    case 'thing':
      return cut(text, 20) || '-'
    case 'number':
      return clip(text.replace(/[^\d.]/g, ''), 32) || '0'
    case 'letter':
      return clip(text.replace(/[^A-Za-z]/g, ''), 32) || 'NA'
    case 'symbol':
      return clip(text.replace(/[\p{L}\p{N}\s]/gu, ''), 5) || '-'
    case 'character_string':
      return clip(text.replace(/[^\x21-\x7e]/g, ''), 32) || '-'
    case 'time':
      return formatLocal(text, 'YYYY年M月D日 HH:mm')
    case 'date':
      return formatLocal(text, 'YYYY年M月D日')
    case 'amount':
      return `${formatYuan(Number(raw))}元`
    case 'phone_number':
      return clip(text.replace(/[^\d+\-()]/g, ''), 17) || '-'
    case 'car_number':
      return clip(text.replace(/\s/g, ''), 8) || '-'
    case 'name':
      // Up to 10 Chinese characters, or up to 20 letters when the name has none.
      return CJK.test(text)
        ? clip(text.replace(/[^\u3400-\u9fff\uf900-\ufaff·]/gu, ''), 10)
        : clip(text.replace(/[^A-Za-z ]/g, '').trim(), 20) || '-'
    case 'phrase':
      return clip(text.replace(/[^\u3400-\u9fff\uf900-\ufaff]/gu, ''), 5) || '通知'
  }
}
