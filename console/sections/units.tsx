import { useState } from 'react'
import { Alert, Select, Space, Table } from 'tdesign-react'
import { buildingListReply, importReportReply, unitListReply } from '@core/estate/console.replies'
import { call, messageOf } from '../api'
import { tableState, useLoad } from '../live'

/** 房屋: buildings and their units, and the all-or-nothing CSV import. */
export function Units() {
  const buildings = useLoad(() => call('admin', 'listBuildings', buildingListReply), [])
  const [building, setBuilding] = useState<string | undefined>()
  const chosen = building ?? buildings.data?.items[0]?.code
  const units = useLoad(
    async () =>
      chosen
        ? call('admin', 'listUnits', unitListReply, { building: chosen })
        : { ok: true as const, data: { items: [] } },
    [chosen],
  )
  const [outcome, setOutcome] = useState<{ theme: 'success' | 'error'; text: string } | null>(null)

  async function importFile(file: File) {
    const reply = await call('admin', 'importUnits', importReportReply, { csv: await file.text() })
    if (!reply.ok) {
      const rows = Object.entries(reply.error.fieldErrors ?? {}).map(
        ([row, messages]) => `${row}：${messages.join('，')}`,
      )
      return setOutcome({
        theme: 'error',
        text: `未导入任何房屋。${rows.slice(0, 5).join('；') || messageOf(reply.error)}`,
      })
    }
    const r = reply.data
    setOutcome({
      theme: 'success',
      text: `共 ${r.rows} 行：新增 ${r.created} 户，更新 ${r.updated} 户，未变 ${r.unchanged} 户`,
    })
    buildings.reload()
    units.reload()
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space className="ll-toolbar" align="center">
        <Select
          style={{ width: 180 }}
          placeholder="楼栋"
          value={chosen}
          onChange={(v) => setBuilding(v as string)}
          options={(buildings.data?.items ?? []).map((b) => ({
            label: `${b.name}（${b.unitCount} 户）`,
            value: b.code,
          }))}
        />
        <label className="t-button t-button--variant-outline t-button--theme-default ll-upload">
          导入房屋（CSV）
          <input
            type="file"
            accept=".csv,text/csv"
            hidden
            onChange={(e) => {
              const file = e.target.files?.[0]
              if (file) void importFile(file)
              e.target.value = ''
            }}
          />
        </label>
        <span className="ll-toolbar__note">表头：楼栋,房号,楼层,面积(㎡)；有一行出错则整份不导入</span>
      </Space>
      {outcome && <Alert theme={outcome.theme} message={outcome.text} close onClose={() => setOutcome(null)} />}
      <Table
        rowKey="id"
        data={units.data?.items ?? []}
        {...tableState(units, '这栋楼还没有房屋')}
        columns={[
          { colKey: 'id', title: '房屋' },
          { colKey: 'floor', title: '楼层' },
          { colKey: 'areaM2', title: '面积（㎡）' },
          { colKey: 'residents', title: '住户人数' },
        ]}
        pagination={{ defaultPageSize: 20, showPageSize: false }}
      />
    </Space>
  )
}
