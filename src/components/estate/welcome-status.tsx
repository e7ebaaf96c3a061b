import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { EstateListing } from '@core/estate/company.schemas'
import type { PublicInfo } from '@core/estate/estate'
import { RELATION_LABEL } from '@core/estate/estate.labels'
import type { Profile } from '@core/estate/profile'

/**
 * The top of the welcome page: the estate's public information (or, before an estate is picked,
 * the estates to pick from) and where the person's application stands.
 */
export function WelcomeStatus({
  info,
  estates,
  application,
  busy,
  onPick,
}: {
  info: PublicInfo | null
  estates: readonly EstateListing[]
  application: Profile['application']
  busy: boolean
  onPick: (estateId: string) => void
}) {
  return (
    <>
      <View className="ll-welcome__hero">
        <View className="ll-welcome__estate">{info ? `欢迎来到${info.name}` : '欢迎使用邻里'}</View>
        {info?.address && <View className="ll-welcome__line">{info.address}</View>}
        {info?.servicePhone && <View className="ll-welcome__line">物业服务电话：{info.servicePhone}</View>}
        <View className="ll-welcome__line">绑定房屋后即可在线报修、预约访客、缴纳物业费。</View>
      </View>

      {!info && (
        <View className="ll-card ll-welcome__estates">
          <View className="ll-card__title">请选择您的小区</View>
          <View className="ll-hint">持有邀请码可直接绑定，无需选择。</View>
          {estates.map((estate) => (
            <Button
              key={estate.id}
              className="ll-welcome__estate-option"
              block
              disabled={busy}
              onClick={() => onPick(estate.id)}
            >
              {estate.city ? `${estate.city} · ${estate.name}` : estate.name}
            </Button>
          ))}
        </View>
      )}

      {application?.status === 'pending' && (
        <View className="ll-card ll-welcome__application">
          <View className="ll-card__title">入住申请审核中</View>
          <View>
            {application.name} · {application.unitId} · {RELATION_LABEL[application.relation]}
          </View>
          <View className="ll-hint">物业审核通过后即可使用，下拉页面可刷新状态。</View>
        </View>
      )}
      {application?.status === 'rejected' && (
        <View className="ll-card ll-welcome__application">
          <View className="ll-card__title">入住申请未通过</View>
          <View className="ll-error-text">{application.note}</View>
          <View className="ll-hint">可修改信息后重新申请，或向物业索取邀请码。</View>
        </View>
      )}
    </>
  )
}
