import { useState } from 'react'
import { Button, Dialog, Input, Space, Tabs, Tag } from 'tdesign-react'
import type { Application } from '@core/estate/application'
import type { Resident, StaffMember } from '@core/estate/estate'
import { APPLICATION_STATUS_LABEL, RELATION_LABEL, STAFF_ROLE_LABEL } from '@core/estate/estate.labels'
import { CATEGORY_LABEL } from '@core/repair/repair.labels'
import {
  applicationPageReply,
  residentPageReply,
  residentReply,
  staffMemberListReply,
} from '@core/estate/console.replies'
import { applicationReply } from '@core/estate/estate.replies'
import { call } from '../api'
import { shortTime } from '../orders-view'
import { PagedTable, pageRequest } from '../paged-table'
import { act } from './act'
import { Invites } from './invites'

/** 人员: residents, staff, applications to move in, and invite codes. */
export function People() {
  const [round, setRound] = useState(0)
  const refresh = () => setRound((r) => r + 1)
  return (
    <Tabs defaultValue="residents">
      <Tabs.TabPanel value="residents" label="住户">
        <PagedTable<Resident>
          rowKey="openid"
          deps={[round]}
          load={(cursor) => call('admin', 'listResidents', residentPageReply, pageRequest(cursor))}
          empty="还没有住户"
          columns={[
            { colKey: 'name', title: '姓名' },
            { colKey: 'unitId', title: '房屋' },
            {
              colKey: 'relation',
              title: '关系',
              cell: ({ row }) => (row.relation ? RELATION_LABEL[row.relation] : '—'),
            },
            { colKey: 'phone', title: '手机号', cell: ({ row }) => row.phone ?? '—' },
            {
              colKey: 'verified',
              title: '认证',
              cell: ({ row }) =>
                row.verified ? (
                  <Tag theme="success">已认证</Tag>
                ) : (
                  <Button
                    variant="text"
                    theme="primary"
                    onClick={() =>
                      void act('verifyResident', residentReply, { openid: row.openid }, '已认证').then(refresh)
                    }
                  >
                    认证
                  </Button>
                ),
            },
          ]}
        />
      </Tabs.TabPanel>
      <Tabs.TabPanel value="staff" label="员工">
        <PagedTable<StaffMember>
          rowKey="openid"
          load={async () => {
            const reply = await call('admin', 'listStaffMembers', staffMemberListReply)
            return reply.ok ? { ok: true, data: { items: reply.data.items, nextCursor: null } } : reply
          }}
          empty="还没有员工"
          columns={[
            { colKey: 'name', title: '姓名' },
            { colKey: 'role', title: '岗位', cell: ({ row }) => STAFF_ROLE_LABEL[row.role] },
            { colKey: 'phone', title: '手机号', cell: ({ row }) => row.phone ?? '—' },
            {
              colKey: 'skills',
              title: '擅长',
              cell: ({ row }) =>
                row.skills.length === 0 ? '全部类别' : row.skills.map((s) => CATEGORY_LABEL[s]).join('、'),
            },
          ]}
        />
      </Tabs.TabPanel>
      <Tabs.TabPanel value="applications" label="入住申请">
        <Applications />
      </Tabs.TabPanel>
      <Tabs.TabPanel value="invites" label="邀请码">
        <Invites />
      </Tabs.TabPanel>
    </Tabs>
  )
}

function Applications() {
  const [round, setRound] = useState(0)
  const [rejecting, setRejecting] = useState<Application | null>(null)
  const [note, setNote] = useState('')
  const refresh = () => setRound((r) => r + 1)
  return (
    <>
      <PagedTable<Application>
        deps={[round]}
        load={(cursor) =>
          call('admin', 'listApplications', applicationPageReply, { status: 'pending', ...pageRequest(cursor) })
        }
        empty="没有待审核的入住申请"
        columns={[
          { colKey: 'name', title: '申请人' },
          { colKey: 'unitId', title: '房屋' },
          { colKey: 'relation', title: '关系', cell: ({ row }) => RELATION_LABEL[row.relation] },
          { colKey: 'phone', title: '手机号' },
          { colKey: 'createdAt', title: '申请时间', cell: ({ row }) => shortTime(row.createdAt) },
          { colKey: 'status', title: '状态', cell: ({ row }) => APPLICATION_STATUS_LABEL[row.status] },
          {
            colKey: 'op',
            title: '操作',
            cell: ({ row }) => (
              <Space>
                <Button
                  variant="text"
                  theme="primary"
                  onClick={() =>
                    void act('approveApplication', applicationReply, { id: row.id }, '已通过').then(refresh)
                  }
                >
                  通过
                </Button>
                <Button variant="text" theme="danger" onClick={() => setRejecting(row)}>
                  驳回
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Dialog
        visible={rejecting !== null}
        header="驳回入住申请"
        onClose={() => setRejecting(null)}
        onCancel={() => setRejecting(null)}
        onConfirm={() =>
          void act('rejectApplication', applicationReply, { id: rejecting!.id, note }, '已驳回').then((done) => {
            if (!done) return
            setRejecting(null)
            setNote('')
            refresh()
          })
        }
      >
        <Input placeholder="驳回原因（申请人可见）" value={note} onChange={(v) => setNote(String(v))} />
      </Dialog>
    </>
  )
}
