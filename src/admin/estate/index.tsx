import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import type { Building, EstateProfile } from '@core/estate/estate'
import type { ImportReport } from '@core/estate/unit-import'
import { useAction } from '../../components/billing/use-action'
import { ListState } from '../../components/common/list-state'
import { SectionNav } from '../../components/common/section-nav'
import { Field } from '../../components/common/form-field'
import { PrivacyDialog } from '../../components/privacy/privacy-dialog'
import { usePageRefresh } from '../../components/hooks/use-page-refresh'
import { useRemote } from '../../components/hooks/use-remote'
import { csvFiles } from '../../services/csv-file'
import type { CsvFile } from '../../services/csv-file.types'
import { friendlyMessage } from '../../services/errors'
import { consoleService } from '../../services/console.service'
import { ESTATE_ROUTES } from '../../services/estate.routes'
import { CONSOLE_SECTIONS } from '../console-sections'
import '../../components/common/common.scss'
import '../../components/estate/estate.scss'

const SAMPLE = '楼栋,房号,楼层,面积\n1,101,1,89.5\n1,1201,12,120'

/** The estate's name, address and phone as guests see them on the welcome page. */
function ProfileCard({ profile, onSaved }: { profile: EstateProfile; onSaved: (p: EstateProfile) => void }) {
  const [draft, setDraft] = useState(profile)
  const action = useAction()
  useEffect(() => setDraft(profile), [profile])
  async function save() {
    const saved = await action.run(() => consoleService.saveEstateProfile(draft), '已保存', {
      CONFLICT: '其他管理员刚修改过，请刷新后再改',
    })
    if (saved) onSaved(saved)
  }
  return (
    <View className="ll-card">
      <View className="ll-card__title">小区信息</View>
      <Field label="名称">
        <Input value={draft.name} onChange={(name) => setDraft({ ...draft, name })} maxLength={40} />
      </Field>
      <Field label="地址">
        <Input
          value={draft.address}
          onChange={(address) => setDraft({ ...draft, address })}
          placeholder="选填"
          maxLength={100}
        />
      </Field>
      <Field label="服务电话">
        <Input
          value={draft.servicePhone}
          onChange={(servicePhone) => setDraft({ ...draft, servicePhone })}
          placeholder="选填"
          maxLength={20}
        />
      </Field>
      <View className="ll-actions">
        <Button type="primary" size="small" disabled={action.busy} onClick={() => void save()}>
          保存
        </Button>
      </View>
    </View>
  )
}

/** Import from a picked file or pasted text; a bad file lists every bad row and imports nothing. */
function ImportCard({ onImported }: { onImported: () => void }) {
  const [pasted, setPasted] = useState('')
  // A picked file is kept aside, not shown: thousands of rows in a text box would stall the page.
  const [file, setFile] = useState<CsvFile | null>(null)
  const [rowErrors, setRowErrors] = useState<string[]>([])
  const [report, setReport] = useState<ImportReport | null>(null)
  const [busy, setBusy] = useState(false)
  const pickAction = useAction()
  const csv = file?.text ?? pasted

  async function pick() {
    const picked = await pickAction.run(() => csvFiles.pick(), null)
    if (picked) setFile(picked)
  }

  async function importCsv() {
    setBusy(true)
    const reply = await consoleService.importUnits(csv)
    setBusy(false)
    setReport(reply.ok ? reply.data : null)
    setRowErrors(reply.ok ? [] : Object.values(reply.error.fieldErrors ?? { _: [friendlyMessage(reply.error)] }).flat())
    if (reply.ok) onImported()
  }

  return (
    <View className="ll-card ll-import">
      <View className="ll-card__title">导入房屋</View>
      <PrivacyDialog />
      <View className="ll-hint">
        CSV
        表头：楼栋,房号,楼层,面积（㎡，最多两位小数）。有任何一行错误时不导入任何数据；已有房屋按文件更正面积和楼层。
      </View>
      {file ? (
        <View className="ll-import__file">
          已选择 {file.name}（{file.text.trim().split(/\r?\n/).length - 1} 行）
        </View>
      ) : (
        <TextArea
          className="ll-import__text"
          value={pasted}
          onChange={setPasted}
          placeholder={`或粘贴内容，如：\n${SAMPLE}`}
          maxLength={-1}
          rows={6}
        />
      )}
      <View className="ll-actions">
        {file ? (
          <Button size="small" onClick={() => setFile(null)}>
            清除
          </Button>
        ) : (
          <Button size="small" onClick={() => void pick()}>
            选择文件
          </Button>
        )}
        <Button
          className="ll-import__submit"
          type="primary"
          size="small"
          disabled={busy || csv.trim() === ''}
          onClick={() => void importCsv()}
        >
          导入
        </Button>
      </View>
      {report && (
        <View className="ll-import__report">
          已导入 {report.rows} 行（{report.buildings} 栋楼）：新增 {report.created} 户，更正 {report.updated} 户，未变{' '}
          {report.unchanged} 户。
        </View>
      )}
      {rowErrors.length > 0 && (
        <View className="ll-import__errors">
          <View className="ll-error-text">未导入任何数据：</View>
          {rowErrors.map((message) => (
            <View key={message} className="ll-error-text">
              {message}
            </View>
          ))}
        </View>
      )}
    </View>
  )
}

/** One building's units, loaded when it is opened. */
function BuildingUnits({ building }: { building: Building }) {
  const units = useRemote(() => consoleService.units(building.code))
  const reloadUnits = units.reload
  useEffect(() => {
    void reloadUnits()
  }, [building.code, reloadUnits])
  return (
    <ListState
      loading={units.loading}
      error={units.error}
      count={units.data?.items.length ?? null}
      emptyText="没有房屋"
      onRetry={() => void units.reload()}
    >
      {units.data?.items.map((u) => (
        <View key={u.id} className="ll-row__meta">
          {u.id} · {u.floor} 层 · {u.areaM2} ㎡ · {u.residents > 0 ? `${u.residents} 位住户` : '未入住'}
        </View>
      ))}
    </ListState>
  )
}

/** 房屋: the estate's profile, its buildings and units, and importing them from CSV. */
export default function EstatePage() {
  const buildings = useRemote(() => consoleService.buildings())
  const profile = useRemote(() => consoleService.estateProfile())
  const [open, setOpen] = useState<string | null>(null)
  usePageRefresh(async () => {
    await Promise.all([buildings.reload(), profile.reload()])
  })

  const items = buildings.data?.items ?? null
  return (
    <View>
      <SectionNav sections={CONSOLE_SECTIONS} current={ESTATE_ROUTES.estate} />
      {profile.data && <ProfileCard profile={profile.data} onSaved={profile.replace} />}
      <ImportCard onImported={() => void buildings.reload()} />
      <ListState
        loading={buildings.loading}
        error={buildings.error}
        count={items?.length ?? null}
        emptyText="还没有房屋，请先导入"
        onRetry={() => void buildings.reload()}
      >
        {items?.map((b) => (
          <View
            key={b.code}
            className={`ll-row ll-building ll-building--${b.code}`}
            onClick={() => setOpen(open === b.code ? null : b.code)}
          >
            <View className="ll-row__main">
              <View className="ll-row__title">{b.name}</View>
              <View className="ll-row__meta">
                {b.unitCount} 户 · {b.floors} 层
              </View>
              {open === b.code && <BuildingUnits building={b} />}
            </View>
            <View className="ll-row__side">{open === b.code ? '收起' : '展开'}</View>
          </View>
        ))}
      </ListState>
    </View>
  )
}
