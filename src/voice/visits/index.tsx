import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { VISIT_OUTCOME_LABEL, VISIT_REASON_LABEL } from '@core/feedback/feedback.labels'
import { MAX_VISIT_ATTEMPTS, VISIT_OUTCOMES, type ReturnVisit, type VisitOutcome } from '@core/feedback/return-visit'
import { formatLocal } from '@core/shared/time'
import { useAction } from '../../components/billing/use-action'
import { ListState } from '../../components/common/list-state'
import { ReasonDialog } from '../../components/common/reason-dialog'
import { Choice } from '../../components/estate/choice'
import { usePageRefresh } from '../../components/hooks/use-page-refresh'
import { useRemote } from '../../components/hooks/use-remote'
import { feedbackService } from '../../services/feedback.service'
import { withId } from '../../services/routes'
import { VOICE_ROUTES } from '../../services/voice.routes'
import '../../components/common/common.scss'
import '../../components/voice/voice.scss'

type Status = ReturnVisit['status']
const STATUSES = ['due', 'done', 'unreachable'] as const satisfies readonly Status[]
const STATUS_LABEL: Record<Status, string> = { due: '待回访', done: '已回访', unreachable: '未联系上' }

function VisitCard({ visit, onRecord }: { visit: ReturnVisit; onRecord: (outcome: VisitOutcome) => void }) {
  const last = visit.attempts[visit.attempts.length - 1]
  return (
    <View className="ll-card ll-visit-card" data-visit-id={visit.id}>
      <View className="ll-voice-line">
        <View className="ll-card__title">
          {visit.residentName} · {visit.unitId}
        </View>
        <View className="ll-feedback-card__status">{VISIT_REASON_LABEL[visit.reason]}</View>
      </View>
      <View className="ll-feedback-card__text">{visit.subject}</View>
      <View className="ll-hint">
        {formatLocal(visit.closedAt, 'MM-DD HH:mm')} 完工 · {formatLocal(visit.dueAt, 'MM-DD')} 前回访
        {visit.attempts.length > 0 ? ` · 已联系 ${visit.attempts.length}/${MAX_VISIT_ATTEMPTS} 次` : ''}
      </View>
      {visit.result && <View className="ll-visit-card__result">回访结果：{VISIT_OUTCOME_LABEL[visit.result]}</View>}
      {last?.note && <View className="ll-hint">备注：{last.note}</View>}
      {visit.complaintId && (
        <View
          className="ll-link ll-visit-card__complaint"
          onClick={() => void Taro.navigateTo({ url: withId(VOICE_ROUTES.detail, visit.complaintId!) })}
        >
          已转为投诉，查看处理 ›
        </View>
      )}
      {visit.status === 'due' && (
        <View className="ll-actions ll-visit-card__outcomes">
          {VISIT_OUTCOMES.map((o) => (
            <Button
              key={o}
              className={`ll-visit-outcome ll-visit-outcome--${o} ll-voice-button`}
              type={o === 'satisfied' ? 'primary' : 'default'}
              onClick={() => onRecord(o)}
            >
              {VISIT_OUTCOME_LABEL[o]}
            </Button>
          ))}
        </View>
      )}
    </View>
  )
}

/** 回访: repairs the service desk calls back, and the result of each call (不满意 becomes a complaint). */
export default function ReturnVisitsPage() {
  const [status, setStatus] = useState<Status>('due')
  const list = useRemote(() => feedbackService.visits(status))
  const reload = list.reload
  usePageRefresh(reload)
  useEffect(() => {
    void reload()
  }, [status, reload])
  const [pending, setPending] = useState<{ id: string; outcome: VisitOutcome } | null>(null)
  const action = useAction()
  const items = list.data?.items ?? null

  async function record(note: string) {
    if (!pending) return
    const { id, outcome } = pending
    setPending(null)
    const saved = await action.run(() => feedbackService.recordVisit(id, outcome, note.trim() || undefined), '已记录')
    if (saved) await reload()
  }

  return (
    <View>
      <Choice
        options={STATUSES}
        labels={STATUS_LABEL}
        value={status}
        onChange={setStatus}
        className="ll-visits-status"
      />
      <ListState
        loading={list.loading}
        error={list.error}
        count={items?.length ?? null}
        emptyText={status === 'due' ? '暂无待回访' : '暂无记录'}
        onRetry={() => void reload()}
      >
        {items?.map((visit) => (
          <VisitCard key={visit.id} visit={visit} onRecord={(outcome) => setPending({ id: visit.id, outcome })} />
        ))}
      </ListState>
      {pending && (
        <ReasonDialog
          visible
          title={`回访结果：${VISIT_OUTCOME_LABEL[pending.outcome]}`}
          placeholder={pending.outcome === 'dissatisfied' ? '业主不满意的地方（将转为投诉）' : '备注（选填）'}
          confirmText="保存"
          onConfirm={(note) => void record(note)}
          onClose={() => setPending(null)}
        />
      )}
    </View>
  )
}
