import { useEffect, useState } from 'react'
import { MessagePlugin, Space } from 'tdesign-react'
import type { SlaPolicy } from '@core/repair/sla'
import { slaPolicySchema } from '@core/repair/sla.schemas'
import { settingsReply } from '@core/estate/console.replies'
import { call, messageOf } from '../api'
import { useLoad } from '../live'
import { DispatchModes } from './dispatch-modes'
import { Grids } from './grids'
import { ServiceHours } from './service-hours'
import { SlaWindows } from './sla-windows'

/** 服务设置: service hours and the holiday calendar, SLA windows with a live preview, dispatch, grids. */
export function Settings() {
  const loaded = useLoad(() => call('admin', 'getSettings', settingsReply), [])
  const [draft, setDraft] = useState<SlaPolicy | null>(null)
  useEffect(() => setDraft(loaded.data?.sla ?? null), [loaded.data])

  if (loaded.error) return <p>加载失败：{messageOf(loaded.error)}</p>
  if (!draft || !loaded.data) return <p>加载中…</p>
  return (
    <Space direction="vertical" size="large" className="ll-settings">
      <SlaEditor draft={draft} onChange={setDraft} onSaved={loaded.reload} />
      <DispatchModes dispatch={loaded.data.dispatch} onSaved={loaded.reload} />
      <Grids />
    </Space>
  )
}

/** The draft of service hours and SLA windows, saved together as one policy. */
function SlaEditor({
  draft,
  onChange,
  onSaved,
}: {
  draft: SlaPolicy
  onChange: (p: SlaPolicy) => void
  onSaved: () => void
}) {
  const [saving, setSaving] = useState(false)
  const parsed = slaPolicySchema.safeParse(draft)

  async function save() {
    if (!parsed.success) return void MessagePlugin.error(parsed.error.issues[0]?.message ?? '填写的内容有误')
    setSaving(true)
    const reply = await call('admin', 'updateSlaPolicy', settingsReply, { policy: parsed.data })
    setSaving(false)
    if (!reply.ok) return void MessagePlugin.error(messageOf(reply.error))
    void MessagePlugin.success('已保存，新提交的工单按新标准计时')
    onSaved()
  }

  return (
    <>
      <ServiceHours
        hours={draft.serviceHours}
        onChange={(change) => onChange({ ...draft, serviceHours: { ...draft.serviceHours, ...change } })}
      />
      <SlaWindows
        draft={draft}
        policy={parsed.success ? parsed.data : null}
        problem={parsed.error?.issues[0]?.message ?? '填写的内容有误'}
        saving={saving}
        onChange={onChange}
        onSave={() => void save()}
      />
    </>
  )
}
