import { View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import { CATEGORY_LABEL } from '@core/repair/repair.labels'
import type { Category } from '@core/repair/work-order'
import type { Vendor } from '@core/vendor/vendor'

/** One registered vendor: its contract, the categories routed to it (tap to route or take back), its workers' invite. */
export function VendorCard({
  vendor,
  routed,
  busy,
  onRoute,
  onInvite,
}: {
  vendor: Vendor
  /** The categories whose new orders go to this vendor. */
  routed: readonly Category[]
  busy: boolean
  onRoute: (category: Category, routedHere: boolean) => void
  onInvite: () => void
}) {
  return (
    <View key={vendor.id} className="ll-card ll-vendor">
      <View className="ll-card__title ll-vendor__name">{vendor.name}</View>
      <View className="ll-row__meta">
        合同 {vendor.contractFrom} 至 {vendor.contractTo} · {vendor.contactName} {vendor.contactPhone}
      </View>
      <View className="ll-hint">点类别可把新报修派给该单位，再点改回自有师傅</View>
      <View className="ll-chips ll-vendor__routes">
        {vendor.categories.map((category) => {
          const on = routed.includes(category)
          return (
            <View
              key={category}
              className={`ll-chips__item ll-vendor__route--${category}${on ? ' ll-chips__item--on' : ''}`}
              onClick={() => onRoute(category, on)}
            >
              {CATEGORY_LABEL[category]}
              {on ? ' · 已派单' : ''}
            </View>
          )
        })}
      </View>
      <View className="ll-actions">
        {routed.length > 0 && <Tag type="success">{routed.length} 个类别派给该单位</Tag>}
        <Button className="ll-vendor__invite" size="small" disabled={busy} onClick={onInvite}>
          师傅邀请码
        </Button>
      </View>
    </View>
  )
}
