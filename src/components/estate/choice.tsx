import { View } from '@tarojs/components'
import './estate.scss'

interface Props<T extends string> {
  options: readonly T[]
  labels: Record<T, string>
  value: T | null
  onChange: (value: T) => void
  /** Marks each option for tests: `<className>--<value>`. */
  className: string
  /** A segmented row (default) for a few short options; chips that wrap for more or longer ones. */
  variant?: 'segment' | 'chips'
}

/** Mutually exclusive choices (a range, a tab, a relation, a category), drawn with plain Views. */
export function Choice<T extends string>({
  options,
  labels,
  value,
  onChange,
  className,
  variant = 'segment',
}: Props<T>) {
  const block = variant === 'chips' ? 'll-chips' : 'll-segment'
  const on = variant === 'chips' ? 'll-chips__item--on' : 'll-segment__item--active'
  return (
    <View className={`${block} ${className}`}>
      {options.map((option) => (
        <View
          key={option}
          className={`${block}__item ${className}--${option}${option === value ? ` ${on}` : ''}`}
          onClick={() => onChange(option)}
        >
          {labels[option]}
        </View>
      ))}
    </View>
  )
}
