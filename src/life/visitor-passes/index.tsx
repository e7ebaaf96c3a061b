import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { ListState } from '../../components/common/list-state'
import { usePageRefresh } from '../../components/hooks/use-page-refresh'
import { useRemote } from '../../components/hooks/use-remote'
import { PassCard } from '../../components/visitor/pass-card'
import { ROUTES, withId } from '../../services/routes'
import { visitorService } from '../../services/visitor.service'
import { ElderView } from '../../components/common/elder-view'
import '../../components/common/common.scss'

/** 访客通行: the household's passes, newest first, and the way to book another. */
export default function VisitorPassesPage() {
  const passes = useRemote(() => visitorService.list())
  usePageRefresh(passes.reload)
  const items = passes.data?.items ?? null
  return (
    <ElderView>
      <View className="ll-actions">
        <Button
          type="primary"
          className="ll-new-visitor"
          onClick={() => void Taro.navigateTo({ url: ROUTES.newVisitor })}
        >
          ＋ 预约访客
        </Button>
      </View>
      <ListState
        loading={passes.loading}
        error={passes.error}
        count={items?.length ?? null}
        emptyText="还没有预约过访客"
        onRetry={() => void passes.reload()}
      >
        {items?.map((pass) => (
          <PassCard
            key={pass.id}
            pass={pass}
            onOpen={(p) => void Taro.navigateTo({ url: withId(ROUTES.visitorPass, p.id) })}
          />
        ))}
      </ListState>
    </ElderView>
  )
}
