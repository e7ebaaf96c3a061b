import { View } from '@tarojs/components'
import './estate.scss'

interface Props<T extends string> {
  options: readonly T[]
  labels: Record<T, string>
  value: T | null
  onChange: (value: T) => void
  /** Marks each option for tests: `<className>--<value>`. */
  className: string
}

/** A row of mutually exclusive choices (a range, a tab, a relation), drawn with plain Views. */
export function Choice<T extends string>({ options, labels, value, onChange, className }: Props<T>) {
  return (
    <View className={`ll-segment ${className}`}>
      {options.map((option) => (
        <View
          key={option}
          className={`ll-segment__item ${className}--${option}${option === value ? ' ll-segment__item--active' : ''}`}
          onClick={() => onChange(option)}
        >
          {labels[option]}
        </View>
      ))}
    </View>
  )
}
