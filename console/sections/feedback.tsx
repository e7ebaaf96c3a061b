import { useState } from 'react'
import { Button, Dialog, MessagePlugin, Select, Table, Tag } from 'tdesign-react'
import type { Feedback } from '@core/feedback/feedback'
import { FEEDBACK_KINDS, FEEDBACK_STATUSES } from '@core/feedback/feedback'
import { FEEDBACK_STATUS_LABEL, KIND_LABEL } from '@core/feedback/feedback.labels'
import { feedbackListReply, feedbackReply } from '@core/feedback/feedback.replies'
import { staffRefListReply } from '@core/repair/repair.replies'
import { call, messageOf } from '../api'
import { tableState, useLoad, useOrderStamp } from '../live'
import { shortTime } from '../orders-view'

const OPEN = new Set(['submitted', 'acknowledged', 'reopened'])

/** 投诉建议: the estate's complaints, suggestions and praise, with their promise, handed to a colleague. */
export function FeedbackQueue() {
  const [status, setStatus] = useState<string | undefined>()
  const [kind, setKind] = useState<string | undefined>()
  const [assigning, setAssigning] = useState<Feedback | null>(null)
  const [worker, setWorker] = useState<string | undefined>()
  // Feedback has no change stamp of its own; the order stamp's 4 s beat refreshes it with the board.
  const beat = useOrderStamp()
  const list = useLoad(
    () => call('feedback', 'list', feedbackListReply, { scope: 'all', status, kind, limit: 50 }),
    [status, kind, beat],
  )
  const staff = useLoad(() => call('admin', 'listStaff', staffRefListReply), [])

  async function assign() {
    if (!assigning || !worker) return void MessagePlugin.warning('请选择处理人')
    const reply = await call('feedback', 'assign', feedbackReply, { id: assigning.id, staffOpenid: worker })
    if (!reply.ok) return void MessagePlugin.error(messageOf(reply.error))
    void MessagePlugin.success('已指派')
    setAssigning(null)
    list.reload()
  }

  return (
    <div>
      <div className="ll-toolbar ll-filters">
        <Select
          placeholder="全部状态"
          clearable
          value={status}
          onChange={(v) => setStatus((v as string) || undefined)}
          options={FEEDBACK_STATUSES.map((s) => ({ label: FEEDBACK_STATUS_LABEL[s], value: s }))}
        />
        <Select
          placeholder="全部类型"
          clearable
          value={kind}
          onChange={(v) => setKind((v as string) || undefined)}
          options={FEEDBACK_KINDS.map((k) => ({ label: KIND_LABEL[k], value: k }))}
        />
      </div>
      <Table
        rowKey="id"
        data={list.data?.items ?? []}
        {...tableState(list, '没有符合条件的投诉建议')}
        columns={[
          { colKey: 'kind', title: '类型', width: 80, cell: ({ row }) => <Tag>{KIND_LABEL[row.kind]}</Tag> },
          { colKey: 'topic', title: '事项', width: 120 },
          { colKey: 'description', title: '内容', ellipsis: true },
          { colKey: 'unitId', title: '房屋', width: 90, cell: ({ row }) => (row.anonymous ? '匿名' : row.unitId) },
          { colKey: 'status', title: '状态', width: 110, cell: ({ row }) => FEEDBACK_STATUS_LABEL[row.status] },
          { colKey: 'createdAt', title: '提交时间', width: 140, cell: ({ row }) => shortTime(row.createdAt) },
          { colKey: 'assigneeName', title: '处理人', width: 100, cell: ({ row }) => row.assigneeName ?? '未指派' },
          {
            colKey: 'op',
            title: '操作',
            width: 90,
            cell: ({ row }) =>
              OPEN.has(row.status) && (
                <Button variant="text" theme="primary" onClick={() => setAssigning(row)}>
                  指派
                </Button>
              ),
          },
        ]}
        hover
      />
      <Dialog
        visible={assigning !== null}
        header="指派处理人"
        onConfirm={() => void assign()}
        onClose={() => setAssigning(null)}
        onCancel={() => setAssigning(null)}
      >
        <p className="ll-dialog__line">{assigning?.description}</p>
        <Select
          placeholder="选择处理人"
          value={worker}
          onChange={(v) => setWorker(v as string)}
          options={(staff.data?.items ?? []).map((s) => ({ label: s.name, value: s.openid }))}
        />
      </Dialog>
    </div>
  )
}
