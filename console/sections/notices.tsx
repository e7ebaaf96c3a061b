import { useState } from 'react'
import {
  Button,
  Card,
  Checkbox,
  Input,
  MessagePlugin,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Textarea,
} from 'tdesign-react'
import { buildingListReply } from '@core/estate/console.replies'
import { announcementListReply, announcementReply } from '@core/notify/inbox.replies'
import { call, messageOf } from '../api'
import { tableState, useLoad } from '../live'
import { shortTime } from '../orders-view'

interface Draft {
  title: string
  body: string
  buildings: string[]
  emergency: boolean
}
const EMPTY: Draft = { title: '', body: '', buildings: [], emergency: false }

/** 公告: post to the whole estate or some buildings (an emergency one is also pushed), withdraw. */
export function Notices() {
  const notices = useLoad(() => call('inbox', 'announcements', announcementListReply), [])
  const buildings = useLoad(() => call('admin', 'listBuildings', buildingListReply), [])
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const [busy, setBusy] = useState(false)

  async function post() {
    setBusy(true)
    const reply = await call('inbox', 'announce', announcementReply, {
      title: draft.title,
      body: draft.body,
      emergency: draft.emergency,
      ...(draft.buildings.length > 0 ? { buildings: draft.buildings } : {}),
    })
    setBusy(false)
    if (!reply.ok) return void MessagePlugin.error(messageOf(reply.error))
    void MessagePlugin.success('已发布')
    setDraft(EMPTY)
    notices.reload()
  }
  async function withdraw(id: string) {
    const reply = await call('inbox', 'withdraw', announcementReply, { id })
    if (!reply.ok) return void MessagePlugin.error(messageOf(reply.error))
    notices.reload()
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card title="发布公告" bordered>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Input
            placeholder="标题（30 字以内）"
            value={draft.title}
            onChange={(v) => setDraft({ ...draft, title: String(v) })}
          />
          <Textarea
            placeholder="内容"
            autosize={{ minRows: 3 }}
            value={draft.body}
            onChange={(v) => setDraft({ ...draft, body: String(v) })}
          />
          <Space align="center">
            <Select
              multiple
              style={{ width: 320 }}
              placeholder="全小区（或选择楼栋）"
              value={draft.buildings}
              onChange={(v) => setDraft({ ...draft, buildings: v as string[] })}
              options={(buildings.data?.items ?? []).map((b) => ({ label: b.name, value: b.code }))}
            />
            <Checkbox checked={draft.emergency} onChange={(v) => setDraft({ ...draft, emergency: v })}>
              紧急公告（同时推送微信消息）
            </Checkbox>
            <Button loading={busy} onClick={() => void post()}>
              发布
            </Button>
          </Space>
        </Space>
      </Card>
      <Table
        rowKey="id"
        data={notices.data?.items ?? []}
        {...tableState(notices, '还没有公告')}
        columns={[
          {
            colKey: 'title',
            title: '标题',
            cell: ({ row }) => (
              <Space size={4}>
                {row.emergency && <Tag theme="danger">紧急</Tag>}
                {row.title}
              </Space>
            ),
          },
          {
            colKey: 'buildings',
            title: '范围',
            cell: ({ row }) => (row.buildings ? row.buildings.map((b) => `${b}号楼`).join('、') : '全小区'),
          },
          { colKey: 'createdAt', title: '发布时间', cell: ({ row }) => shortTime(row.createdAt) },
          {
            colKey: 'op',
            title: '操作',
            cell: ({ row }) => (
              <Popconfirm content="撤回这条公告？" onConfirm={() => void withdraw(row.id)}>
                <Button variant="text" theme="danger">
                  撤回
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Space>
  )
}
