import { View } from '@tarojs/components'
import { CATEGORIES, type Category } from '@core/repair/work-order'
import { CATEGORY_LABEL } from '@core/repair/repair.labels'
import './estate.scss'

/** The repair categories a worker takes, toggled on and off; none chosen means all. */
export function SkillPicker({ value, onChange }: { value: readonly Category[]; onChange: (skills: Category[]) => void }) {
  const toggle = (c: Category) => onChange(value.includes(c) ? value.filter((s) => s !== c) : CATEGORIES.filter((x) => x === c || value.includes(x)))
  return (
    <View className="ll-skills">
      {CATEGORIES.map((c) => (
        <View key={c} className={`ll-skills__item ll-skills__item--${c}${value.includes(c) ? ' ll-skills__item--on' : ''}`} onClick={() => toggle(c)}>
          {CATEGORY_LABEL[c]}
        </View>
      ))}
    </View>
  )
}

export const skillsText = (skills: readonly Category[]): string => (skills.length === 0 ? '全部类别' : skills.map((s) => CATEGORY_LABEL[s]).join('、'))
