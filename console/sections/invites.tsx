import { useState } from 'react'
import { Button, Dialog, Input, InputNumber, Space } from 'tdesign-react'
import { invitePageReply, inviteReply } from '@core/estate/console.replies'
import { INVITE_KIND_LABEL, INVITE_STATUS_LABEL, STAFF_ROLE_LABEL } from '@core/estate/estate.labels'
import type { InviteView } from '@core/estate/invite-code'
import { call } from '../api'
import { shortTime } from '../orders-view'
import { PagedTable, pageRequest } from '../paged-table'
import { act } from './act'

export function Invites() {
  const [round, setRound] = useState(0)
  const [draft, setDraft] = useState<{ unitId: string; maxUses: number; validDays: number } | null>(null)
  const refresh = () => setRound((r) => r + 1)
  return (
    <>
      <Space className="ll-toolbar">
        <Button onClick={() => setDraft({ unitId: '', maxUses: 3, validDays: 7 })}>生成住户邀请码</Button>
      </Space>
      <PagedTable<InviteView>
        deps={[round]}
        load={(cursor) => call('admin', 'listInvites', invitePageReply, pageRequest(cursor))}
        empty="还没有邀请码"
        columns={[
          { colKey: 'id', title: '邀请码' },
          { colKey: 'kind', title: '类型', cell: ({ row }) => INVITE_KIND_LABEL[row.kind] },
          {
            colKey: 'for',
            title: '房屋 / 岗位',
            cell: ({ row }) => row.unitId ?? (row.role ? STAFF_ROLE_LABEL[row.role] : '—'),
          },
          { colKey: 'uses', title: '已用', cell: ({ row }) => `${row.uses} / ${row.maxUses}` },
          { colKey: 'expiresAt', title: '有效期至', cell: ({ row }) => shortTime(row.expiresAt) },
          { colKey: 'status', title: '状态', cell: ({ row }) => INVITE_STATUS_LABEL[row.status] },
          {
            colKey: 'op',
            title: '操作',
            cell: ({ row }) =>
              row.status === 'active' && (
                <Button
                  variant="text"
                  theme="danger"
                  onClick={() => void act('revokeInvite', inviteReply, { code: row.id }, '已作废').then(refresh)}
                >
                  作废
                </Button>
              ),
          },
        ]}
      />
      <Dialog
        visible={draft !== null}
        header="生成住户邀请码"
        onClose={() => setDraft(null)}
        onCancel={() => setDraft(null)}
        onConfirm={() =>
          void act('createInvite', inviteReply, { kind: 'unit', ...draft }, '已生成').then((done) => {
            if (!done) return
            setDraft(null)
            refresh()
          })
        }
      >
        {draft && (
          <Space direction="vertical">
            <Input
              placeholder="房屋，如 1-101"
              value={draft.unitId}
              onChange={(v) => setDraft({ ...draft, unitId: String(v) })}
            />
            <Space align="center">
              <span>可用次数</span>
              <InputNumber
                min={1}
                max={50}
                value={draft.maxUses}
                onChange={(v) => setDraft({ ...draft, maxUses: Number(v) })}
              />
              <span>有效天数</span>
              <InputNumber
                min={1}
                max={90}
                value={draft.validDays}
                onChange={(v) => setDraft({ ...draft, validDays: Number(v) })}
              />
            </Space>
          </Space>
        )}
      </Dialog>
    </>
  )
}
