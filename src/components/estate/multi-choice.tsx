import { View } from '@tarojs/components'
import './estate.scss'

interface Props<T extends string> {
  options: readonly T[]
  labels: Record<T, string>
  value: readonly T[]
  /** The chosen options, in the order of `options`. */
  onChange: (value: T[]) => void
  /** Marks each option for tests: `<className>--<value>`. */
  className: string
}

/** Options toggled on and off independently (a worker's skills, a notice's buildings), as chips. */
export function MultiChoice<T extends string>({ options, labels, value, onChange, className }: Props<T>) {
  const toggle = (option: T) => onChange(options.filter((o) => (o === option ? !value.includes(o) : value.includes(o))))
  return (
    <View className={`ll-chips ${className}`}>
      {options.map((option) => (
        <View
          key={option}
          className={`ll-chips__item ${className}--${option}${value.includes(option) ? ' ll-chips__item--on' : ''}`}
          onClick={() => toggle(option)}
        >
          {labels[option]}
        </View>
      ))}
    </View>
  )
}
