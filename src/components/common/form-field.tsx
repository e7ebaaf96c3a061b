import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import './common.scss'

/** A labelled row of a form; every form of the app lays its fields out with it. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className="ll-form-field">
      <View className="ll-form-field__label">{label}</View>
      <View className="ll-form-field__control">{children}</View>
    </View>
  )
}

/** The first message of the named fields (the core schemas write them in Chinese). */
export function FieldError({ errors, fields }: { errors: Record<string, string[]>; fields: readonly string[] }) {
  const message = fields.map((f) => errors[f]?.[0]).find((m) => m !== undefined)
  return message ? <View className="ll-error-text">{message}</View> : null
}

/** A picked value shown in a field, right-aligned like the platform's own pickers ("2026-11-27 ›"). */
export function FieldValue({ className = '', children }: { className?: string; children: ReactNode }) {
  return <View className={`ll-form-field__value ${className}`}>{children}</View>
}
