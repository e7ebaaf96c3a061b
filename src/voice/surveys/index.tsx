import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { formatLocal } from '@core/shared/time'
import { ListState } from '../../components/common/list-state'
import { useAction } from '../../components/billing/use-action'
import { usePageRefresh } from '../../components/hooks/use-page-refresh'
import { useProfile } from '../../components/hooks/use-profile'
import { useRemote } from '../../components/hooks/use-remote'
import { feedbackService, type SurveyListItem } from '../../services/feedback.service'
import { withId } from '../../services/routes'
import { VOICE_ROUTES } from '../../services/voice.routes'
import { ElderView } from '../../components/common/elder-view'
import '../../components/common/common.scss'
import '../../components/voice/voice.scss'

const day = (at: string) => formatLocal(at, 'MM-DD HH:mm')

function statusText(survey: SurveyListItem, manager: boolean): string {
  if (!manager) return survey.answered ? '已提交' : '待填写'
  return survey.status === 'draft' ? '草稿' : '已发布'
}

/** 问卷调查: residents see the open surveys addressed to them; managers every survey, with 新建 and 发布. */
export default function SurveysPage() {
  const profile = useProfile()
  const manager = profile.data?.role === 'manager'
  const list = useRemote(() => feedbackService.surveys())
  usePageRefresh(list.reload)
  const action = useAction()
  const items = list.data?.items ?? null

  async function publish(survey: SurveyListItem) {
    const published = await action.run(() => feedbackService.publishSurvey(survey.id), '已发布')
    if (published) await list.reload()
  }

  function open(survey: SurveyListItem) {
    if (!manager) return void Taro.navigateTo({ url: withId(VOICE_ROUTES.survey, survey.id) })
    if (survey.status === 'published') void Taro.navigateTo({ url: withId(VOICE_ROUTES.surveyResults, survey.id) })
  }

  return (
    <ElderView>
      {manager && (
        <View className="ll-actions">
          <Button
            className="ll-survey-create ll-voice-button"
            type="primary"
            block
            onClick={() => void Taro.navigateTo({ url: VOICE_ROUTES.surveyNew })}
          >
            ＋ 新建问卷
          </Button>
        </View>
      )}
      <ListState
        loading={list.loading}
        error={list.error}
        count={items?.length ?? null}
        emptyText={manager ? '还没有问卷' : '暂无待填写的问卷'}
        onRetry={() => void list.reload()}
      >
        {items?.map((survey) => (
          <View
            key={survey.id}
            className="ll-card ll-survey-card"
            data-survey-id={survey.id}
            onClick={() => open(survey)}
          >
            <View className="ll-voice-line">
              <View className="ll-card__title">{survey.title}</View>
              <View className="ll-feedback-card__status">{statusText(survey, manager)}</View>
            </View>
            <View className="ll-hint">
              {day(survey.opensAt)} 至 {day(survey.closesAt)} · 共 {survey.questions.length} 题
            </View>
            {manager && survey.status === 'draft' && (
              <View className="ll-actions">
                <Button
                  className="ll-survey-publish ll-voice-button"
                  type="primary"
                  disabled={action.busy}
                  onClick={(e) => {
                    e.stopPropagation()
                    void publish(survey)
                  }}
                >
                  发布
                </Button>
              </View>
            )}
          </View>
        ))}
      </ListState>
    </ElderView>
  )
}
