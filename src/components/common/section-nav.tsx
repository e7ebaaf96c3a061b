import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import './common.scss'

export interface Section {
  label: string
  url: string
  /** A tab-bar page (我的), reached with switchTab. */
  tab?: boolean
}

function go(section: Section) {
  void (section.tab ? Taro.switchTab({ url: section.url }) : Taro.redirectTo({ url: section.url }))
}

/** Switches between sibling pages of a subpackage (tab bars exist only for resident pages). */
export function SectionNav({ sections, current }: { sections: readonly Section[]; current: string }) {
  return (
    <View className="ll-section-nav">
      {sections.map((s) => (
        <View
          key={s.url}
          className={`ll-section-nav__item${s.url === current ? ' ll-section-nav__item--active' : ''}`}
          onClick={() => s.url !== current && go(s)}
        >
          {s.label}
        </View>
      ))}
    </View>
  )
}
