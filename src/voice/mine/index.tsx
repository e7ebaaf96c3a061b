import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { ListState } from '../../components/common/list-state'
import { usePageRefresh } from '../../components/hooks/use-page-refresh'
import { useRemote } from '../../components/hooks/use-remote'
import { FeedbackCard } from '../../components/voice/feedback-card'
import { feedbackService } from '../../services/feedback.service'
import { withId } from '../../services/routes'
import { VOICE_ROUTES } from '../../services/voice.routes'
import { ElderView } from '../../components/common/elder-view'
import '../../components/common/common.scss'

/** 我的反馈: the household's complaints, suggestions and praise, newest first. */
export default function MyFeedbackPage() {
  const list = useRemote(() => feedbackService.list({ scope: 'mine' }))
  usePageRefresh(list.reload)
  const items = list.data?.items ?? null
  return (
    <ElderView>
      <View className="ll-actions">
        <Button
          className="ll-voice-button"
          type="primary"
          onClick={() => void Taro.navigateTo({ url: VOICE_ROUTES.newFeedback })}
        >
          ＋ 我要投诉/建议/表扬
        </Button>
      </View>
      <ListState
        loading={list.loading}
        error={list.error}
        count={items?.length ?? null}
        emptyText="还没有提交过反馈"
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
    </ElderView>
  )
}
