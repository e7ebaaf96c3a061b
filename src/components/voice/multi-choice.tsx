import { View } from '@tarojs/components'
import '../estate/estate.scss'

interface Props {
  options: readonly string[]
  /** Labels when they differ from the values (building codes shown as names). */
  labels?: Record<string, string>
  value: readonly string[]
  onChange: (value: string[]) => void
  /** Marks each option for tests: `<className>__option` plus `--on` when picked. */
  className: string
}

/** Any number of choices as wrapping chips; a tap picks or unpicks one, the order of `options` is kept. */
export function MultiChoice({ options, labels, value, onChange, className }: Props) {
  const toggle = (option: string) =>
    onChange(options.filter((o) => (o === option ? !value.includes(o) : value.includes(o))))
  return (
    <View className={`ll-chips ${className}`}>
      {options.map((option) => (
        <View
          key={option}
          className={`ll-chips__item ${className}__option${value.includes(option) ? ' ll-chips__item--on' : ''}`}
          onClick={() => toggle(option)}
        >
          {labels?.[option] ?? option}
        </View>
      ))}
    </View>
  )
}
