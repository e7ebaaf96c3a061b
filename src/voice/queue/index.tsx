import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { ListState } from '../../components/common/list-state'
import { usePageRefresh } from '../../components/hooks/use-page-refresh'
import { useRemote } from '../../components/hooks/use-remote'
import { FeedbackCard, lateness } from '../../components/voice/feedback-card'
import { feedbackService } from '../../services/feedback.service'
import { withId } from '../../services/routes'
import { VOICE_ROUTES } from '../../services/voice.routes'
import '../../components/common/common.scss'

const LATE_FIRST = { overdue: 0, warned: 1 } as const

/** Staff: what they hold and the unclaimed; managers: everything. Late items first, as on the repair board. */
export default function FeedbackQueuePage() {
  // Managers open it from 我的 with `?scope=all`.
  const scope = useRouter().params.scope === 'all' ? 'all' : 'assigned'
  const list = useRemote(() => feedbackService.list({ scope, limit: 50 }))
  usePageRefresh(list.reload)
  const rank = (late: ReturnType<typeof lateness>) => (late ? LATE_FIRST[late] : 2)
  const items = list.data ? [...list.data.items].sort((a, b) => rank(lateness(a)) - rank(lateness(b))) : null
  return (
    <View>
      <ListState
        loading={list.loading}
        error={list.error}
        count={items?.length ?? null}
        emptyText="暂无待处理的投诉建议"
        onRetry={() => void list.reload()}
      >
        {items?.map((item) => (
          <FeedbackCard
            key={item.id}
            item={item}
            onOpen={(f) => void Taro.navigateTo({ url: withId(VOICE_ROUTES.detail, f.id) })}
          />
        ))}
      </ListState>
    </View>
  )
}
