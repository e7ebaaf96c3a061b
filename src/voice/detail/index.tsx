import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { ActionSheet, Button, Rate, TextArea } from '@nutui/nutui-react-taro'
import type { Feedback } from '@core/feedback/feedback'
import { FEEDBACK_STATUS_LABEL, KIND_LABEL } from '@core/feedback/feedback.labels'
import type { Role } from '@core/identity/actor'
import { formatLocal } from '@core/shared/time'
import { ListState } from '../../components/common/list-state'
import { usePageRefresh } from '../../components/hooks/use-page-refresh'
import { useProfile } from '../../components/hooks/use-profile'
import { useRemote } from '../../components/hooks/use-remote'
import { adminService } from '../../services/admin.service'
import { friendlyMessage } from '../../services/errors'
import { feedbackService } from '../../services/feedback.service'
import type { Reply } from '../../services/reply'
import { ElderView } from '../../components/common/elder-view'
import '../../components/common/common.scss'
import '../../components/voice/voice.scss'

const hhmm = (at: string) => formatLocal(at, 'MM-DD HH:mm')

/** The promise card: who answers for it and by when, in words the resident reads. */
function Promise({ item }: { item: Feedback }) {
  const open = item.status === 'submitted' || item.status === 'acknowledged' || item.status === 'reopened'
  return (
    <View className="ll-card ll-promise">
      <View className="ll-card__title">
        {KIND_LABEL[item.kind]} · {item.topic} · {FEEDBACK_STATUS_LABEL[item.status]}
      </View>
      <View>{item.description}</View>
      {item.ownerName ? (
        <View className="ll-hint">首问负责人：{item.ownerName}</View>
      ) : (
        item.assigneeName && <View className="ll-hint ll-fb-assignee">已派给：{item.assigneeName}</View>
      )}
      {item.status === 'submitted' && item.deadlines.acknowledge && (
        <View className="ll-hint">承诺 {hhmm(item.deadlines.acknowledge)} 前受理</View>
      )}
      {open && item.deadlines.resolve && (
        <View className="ll-hint">承诺 {hhmm(item.deadlines.resolve)} 前处理完毕</View>
      )}
      {item.praisedName && <View className="ll-hint">表扬对象：{item.praisedName}</View>}
    </View>
  )
}

function Thread({ item }: { item: Feedback }) {
  if (item.thread.length === 0) return null
  return (
    <View className="ll-card ll-thread">
      <View className="ll-card__title">沟通记录</View>
      {item.thread.map((m, i) => (
        <View key={i} className={`ll-thread__message ll-thread__message--${m.from}`}>
          <View className="ll-thread__from">
            {m.from === 'staff' ? m.byName : '业主'} · {hhmm(m.at)}
          </View>
          <View>{m.message}</View>
        </View>
      ))}
    </View>
  )
}

type Act = (text: string) => Promise<Reply<Feedback>>

/** The buttons of one role for the current status; each takes the words typed above it. */
function actionsFor(item: Feedback, role: Role, stars: number): { label: string; className: string; act: Act }[] {
  const id = item.id
  if (role === 'resident') {
    if (item.status === 'resolved')
      return [
        {
          label: '满意，确认完结',
          className: 'll-fb-confirm',
          act: (c) => feedbackService.confirm({ id, satisfied: true, rating: stars, comment: c || undefined }),
        },
        { label: '不满意，重新处理', className: 'll-fb-reopen', act: (c) => feedbackService.reopen(id, c) },
      ]
    if (item.status === 'submitted' || item.status === 'acknowledged' || item.status === 'reopened')
      return [{ label: '追问', className: 'll-fb-follow-up', act: (c) => feedbackService.followUp(id, c) }]
    return []
  }
  if (item.status === 'submitted')
    return [{ label: '受理', className: 'll-fb-acknowledge', act: (c) => feedbackService.acknowledge(id, c) }]
  if (item.status === 'acknowledged' || item.status === 'reopened')
    return [
      { label: '回复业主', className: 'll-fb-reply', act: (c) => feedbackService.reply(id, c) },
      { label: '处理完毕', className: 'll-fb-resolve', act: (c) => feedbackService.resolve(id, c) },
    ]
  return []
}

/** 反馈详情: the promise card, the thread, and what the caller may do next. */
export default function FeedbackDetailPage() {
  const id = useRouter().params.id ?? ''
  const profile = useProfile()
  const remote = useRemote(() => feedbackService.get(id))
  usePageRefresh(remote.reload)
  const [text, setText] = useState('')
  const [stars, setStars] = useState(5)
  const [busy, setBusy] = useState(false)
  const staff = useRemote(() => adminService.listStaff())
  const [picking, setPicking] = useState(false)
  const item = remote.data
  const role = profile.data?.role

  async function run(act: () => Promise<Reply<Feedback>>, done: string) {
    setBusy(true)
    const reply = await act()
    setBusy(false)
    if (!reply.ok) return void Taro.showToast({ title: friendlyMessage(reply.error), icon: 'none' })
    remote.replace(reply.data)
    setText('')
    void Taro.showToast({ title: done, icon: 'success' })
  }

  async function openPicker() {
    if (!staff.data) await staff.reload()
    setPicking(true)
  }

  const actions = item && role ? actionsFor(item, role, stars) : []
  return (
    <ElderView>
      <ListState
        loading={remote.loading}
        error={remote.error}
        count={item ? 1 : null}
        emptyText=""
        onRetry={() => void remote.reload()}
      >
        {item && (
          <View>
            <Promise item={item} />
            <Thread item={item} />
            {actions.length > 0 && (
              <View className="ll-card">
                {role === 'resident' && item.status === 'resolved' && (
                  <Rate className="ll-fb-rating" value={stars} onChange={setStars} />
                )}
                <TextArea
                  className="ll-fb-text"
                  value={text}
                  onChange={setText}
                  placeholder="请填写说明"
                  maxLength={500}
                />
                <View className="ll-actions">
                  {actions.map((a) => (
                    <Button
                      key={a.className}
                      className={`${a.className} ll-voice-button`}
                      type="primary"
                      disabled={busy}
                      onClick={() => void run(() => a.act(text), '已提交')}
                    >
                      {a.label}
                    </Button>
                  ))}
                </View>
              </View>
            )}
            {role === 'manager' && item.status !== 'closed' && item.status !== 'resolved' && (
              <View className="ll-actions">
                <Button className="ll-fb-assign ll-voice-button" disabled={busy} onClick={() => void openPicker()}>
                  派发给工作人员
                </Button>
                <ActionSheet
                  visible={picking}
                  title="派发给"
                  description={staff.error ? friendlyMessage(staff.error) : undefined}
                  options={(staff.data?.items ?? []).map((p) => ({ name: p.name }))}
                  cancelText="取消"
                  onCancel={() => setPicking(false)}
                  onSelect={(_option, index) => {
                    setPicking(false)
                    const person = staff.data?.items[index]
                    if (person) void run(() => feedbackService.assign(id, person.openid), `已派给${person.name}`)
                  }}
                />
              </View>
            )}
          </View>
        )}
      </ListState>
    </ElderView>
  )
}
