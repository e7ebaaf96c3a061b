import { CATEGORIES, type Category } from '@core/repair/work-order'
import { CATEGORY_LABEL } from '@core/repair/repair.labels'
import { MultiChoice } from './multi-choice'

/** The repair categories a worker takes, toggled on and off; none chosen means all. */
export function SkillPicker({
  value,
  onChange,
}: {
  value: readonly Category[]
  onChange: (skills: Category[]) => void
}) {
  return (
    <MultiChoice options={CATEGORIES} labels={CATEGORY_LABEL} value={value} onChange={onChange} className="ll-skills" />
  )
}

export const skillsText = (skills: readonly Category[]): string =>
  skills.length === 0 ? '全部类别' : skills.map((s) => CATEGORY_LABEL[s]).join('、')
