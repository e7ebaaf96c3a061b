import { useState } from 'react'
import { Button, Card, Checkbox, Dialog, Input, MessagePlugin, Popconfirm, Select, Space, Table } from 'tdesign-react'
import type { Grid } from '@core/estate/grid'
import { buildingListReply, deletedGridReply, gridListReply, gridReply } from '@core/estate/console.replies'
import { staffRefListReply } from '@core/repair/repair.replies'
import { call, messageOf } from '../api'
import { tableState, useLoad } from '../live'

type Draft = Omit<Grid, 'id' | 'version'> & { id?: string }
const EMPTY: Draft = { name: '', buildings: [], publicAreas: false, ownerOpenid: '' }

/** 网格与负责人: which buildings each maintenance owner answers for (grid dispatch and breach notices). */
export function Grids() {
  const grids = useLoad(() => call('admin', 'listGrids', gridListReply), [])
  const staff = useLoad(() => call('admin', 'listStaff', staffRefListReply), [])
  const buildings = useLoad(() => call('admin', 'listBuildings', buildingListReply), [])
  const [draft, setDraft] = useState<Draft | null>(null)
  const ownerName = (openid: string) => staff.data?.items.find((s) => s.openid === openid)?.name ?? '未知'

  async function save() {
    if (!draft) return
    const reply = await call('admin', 'saveGrid', gridReply, draft)
    if (!reply.ok) return void MessagePlugin.error(messageOf(reply.error))
    setDraft(null)
    grids.reload()
  }
  async function remove(id: string) {
    const reply = await call('admin', 'deleteGrid', deletedGridReply, { id })
    if (!reply.ok) return void MessagePlugin.error(messageOf(reply.error))
    grids.reload()
  }

  return (
    <Card title="网格与负责人" bordered actions={<Button onClick={() => setDraft(EMPTY)}>新建网格</Button>}>
      <Table
        rowKey="id"
        data={grids.data?.items ?? []}
        {...tableState(grids, '还没有网格，新建后可按网格派单')}
        columns={[
          { colKey: 'name', title: '网格' },
          {
            colKey: 'buildings',
            title: '楼栋',
            cell: ({ row }) => row.buildings.map((b) => `${b}号楼`).join('、') || '无',
          },
          { colKey: 'publicAreas', title: '公共区域', cell: ({ row }) => (row.publicAreas ? '负责' : '—') },
          { colKey: 'ownerOpenid', title: '负责人', cell: ({ row }) => ownerName(row.ownerOpenid) },
          {
            colKey: 'op',
            title: '操作',
            cell: ({ row }) => (
              <Space>
                <Button variant="text" theme="primary" onClick={() => setDraft(row)}>
                  编辑
                </Button>
                <Popconfirm content="删除这个网格？" onConfirm={() => void remove(row.id)}>
                  <Button variant="text" theme="danger">
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Dialog
        visible={draft !== null}
        header={draft?.id ? '编辑网格' : '新建网格'}
        onConfirm={() => void save()}
        onClose={() => setDraft(null)}
        onCancel={() => setDraft(null)}
      >
        {draft && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Input
              placeholder="网格名称"
              value={draft.name}
              onChange={(v) => setDraft({ ...draft, name: String(v) })}
            />
            <Select
              multiple
              placeholder="包含的楼栋"
              value={draft.buildings}
              onChange={(v) => setDraft({ ...draft, buildings: v as string[] })}
              options={(buildings.data?.items ?? []).map((b) => ({ label: b.name, value: b.code }))}
            />
            <Select
              placeholder="负责人（维修人员）"
              value={draft.ownerOpenid || undefined}
              onChange={(v) => setDraft({ ...draft, ownerOpenid: v as string })}
              options={(staff.data?.items ?? []).map((s) => ({ label: s.name, value: s.openid }))}
            />
            <Checkbox checked={draft.publicAreas} onChange={(v) => setDraft({ ...draft, publicAreas: v })}>
              负责公共区域
            </Checkbox>
          </Space>
        )}
      </Dialog>
    </Card>
  )
}
