import { Card, MessagePlugin, Select, Space } from 'tdesign-react'
import { CATEGORY_LABEL } from '@core/repair/repair.labels'
import { CATEGORIES, type Category, type DispatchMode } from '@core/repair/work-order'
import { settingsReply } from '@core/estate/console.replies'
import { call, messageOf } from '../api'

const DISPATCH_LABEL: Record<DispatchMode, string> = {
  pool: '抢单池',
  grid: '按网格派给负责人',
  manager: '物业人工派单',
}

/** 派单方式: how each category's new jobs reach a worker. */
export function DispatchModes({
  dispatch,
  onSaved,
}: {
  dispatch: Partial<Record<Category, DispatchMode>>
  onSaved: () => void
}) {
  async function set(category: Category, mode: string) {
    const reply = await call('admin', 'setDispatch', settingsReply, { category, mode })
    if (!reply.ok) return void MessagePlugin.error(messageOf(reply.error))
    void MessagePlugin.success(`${CATEGORY_LABEL[category]}：${DISPATCH_LABEL[mode as DispatchMode]}`)
    onSaved()
  }
  return (
    <Card title="派单方式" bordered>
      <div className="ll-dispatch">
        {CATEGORIES.map((c) => (
          <Space key={c} align="center" className="ll-dispatch__row">
            <span className="ll-dispatch__label">{CATEGORY_LABEL[c]}</span>
            <Select
              value={dispatch[c] ?? 'pool'}
              onChange={(v) => void set(c, v as string)}
              options={Object.entries(DISPATCH_LABEL).map(([value, label]) => ({ label, value }))}
              style={{ width: 200 }}
            />
          </Space>
        ))}
      </div>
    </Card>
  )
}
