import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import { APPLICATION_STATUSES, type Application, type ApplicationStatus } from '@core/estate/application'
import { APPLICATION_STATUS_LABEL, RELATION_LABEL } from '@core/estate/estate.labels'
import { useAction } from '../../components/billing/use-action'
import { ListState } from '../../components/common/list-state'
import { ReasonDialog } from '../../components/common/reason-dialog'
import { SectionNav } from '../../components/common/section-nav'
import { Choice } from '../../components/estate/choice'
import { timeText } from '../../components/estate/format'
import { usePagedList } from '../../components/hooks/use-paged-list'
import { consoleService } from '../../services/console.service'
import { ESTATE_ROUTES } from '../../services/estate.routes'
import { CONSOLE_SECTIONS } from '../console-sections'
import '../../components/common/common.scss'
import '../../components/estate/estate.scss'

/** A decision already taken elsewhere reads as such, not as a fault. */
const TAKEN = { INVALID_TRANSITION: '该申请已被处理', CONFLICT: '申请人已绑定房屋' } as const

/** 入住审核: applications to be bound to a unit, approved (bound, verified) or rejected with a reason. */
export default function ApplicationsPage() {
  const [status, setStatus] = useState<ApplicationStatus>('pending')
  const [rejecting, setRejecting] = useState<Application | null>(null)
  const list = usePagedList((cursor) => consoleService.applications(status, { limit: 20, cursor }))
  const action = useAction()
  const reloadList = list.reload
  useEffect(() => {
    void reloadList()
  }, [status, reloadList])

  async function approve(a: Application) {
    if (await action.run(() => consoleService.approve(a.id), '已通过', TAKEN)) await list.reload()
  }

  async function reject(note: string) {
    const target = rejecting
    setRejecting(null)
    if (target && (await action.run(() => consoleService.reject(target.id, note), '已驳回', TAKEN))) await list.reload()
  }

  return (
    <View>
      <SectionNav sections={CONSOLE_SECTIONS} current={ESTATE_ROUTES.applications} />
      <Choice
        options={APPLICATION_STATUSES}
        labels={APPLICATION_STATUS_LABEL}
        value={status}
        onChange={setStatus}
        className="ll-applications__status"
      />
      <ListState
        loading={list.loading}
        error={list.error}
        count={list.items?.length ?? null}
        emptyText={status === 'pending' ? '没有待审核的申请' : '暂无记录'}
        onRetry={() => void list.reload()}
      >
        {list.items?.map((a) => (
          <View key={a.id} className={`ll-row ll-application ll-application--${a.id}`}>
            <View className="ll-row__main">
              <View className="ll-row__title">
                {a.name} <Tag type="primary">{RELATION_LABEL[a.relation]}</Tag>
              </View>
              <View className="ll-row__meta">
                {a.unitId} · {a.phone} · 申请于 {timeText(a.createdAt)}
              </View>
              {a.note && <View className="ll-row__meta">驳回原因：{a.note}</View>}
            </View>
            <View className="ll-row__side">
              {a.status === 'pending' ? (
                <>
                  <Button
                    className="ll-application__approve"
                    size="small"
                    type="primary"
                    disabled={action.busy}
                    onClick={() => void approve(a)}
                  >
                    通过
                  </Button>
                  <Button size="small" disabled={action.busy} onClick={() => setRejecting(a)}>
                    驳回
                  </Button>
                </>
              ) : (
                <Tag type={a.status === 'approved' ? 'success' : 'default'}>{APPLICATION_STATUS_LABEL[a.status]}</Tag>
              )}
            </View>
          </View>
        ))}
        {list.hasMore && <View className="ll-more">上拉加载更多</View>}
      </ListState>
      <ReasonDialog
        visible={rejecting !== null}
        title={`驳回 ${rejecting?.name ?? ''} 的申请`}
        placeholder="请说明原因，申请人会看到"
        confirmText="驳回"
        onConfirm={(note) => void reject(note)}
        onClose={() => setRejecting(null)}
      />
    </View>
  )
}
