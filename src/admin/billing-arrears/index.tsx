import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Picker, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { yuanText } from '@core/billing/billing.labels'
import { BillRow } from '../../components/billing/bill-row'
import { useAction } from '../../components/billing/use-action'
import { ListState } from '../../components/common/list-state'
import { SectionNav } from '../../components/common/section-nav'
import { usePageRefresh } from '../../components/hooks/use-page-refresh'
import { useRemote } from '../../components/hooks/use-remote'
import { BILLING_ROUTES } from '../../services/billing.routes'
import { billingService } from '../../services/billing.service'
import { csvFiles } from '../../services/csv-file'
import { useExportReason } from '../../components/privacy/use-export-reason'
import { BILLING_SECTIONS } from '../billing-sections'
import '../../components/common/common.scss'
import '../../components/billing/billing.scss'

const ALL = '全部楼栋'

/** 欠费: every bill unpaid past its due date, by building; export as CSV, remind the households. */
export default function ArrearsPage() {
  const [building, setBuilding] = useState<string | undefined>(undefined)
  const [buildings, setBuildings] = useState<string[]>([])
  const arrears = useRemote(() => billingService.arrears(building))
  const action = useAction()
  const reloadArrears = arrears.reload
  usePageRefresh(arrears.reload)
  useEffect(() => {
    void reloadArrears()
  }, [building, reloadArrears])
  useEffect(() => {
    // The unfiltered list names every building that owes; keep them as the filter's choices.
    if (building === undefined && arrears.data) setBuildings([...new Set(arrears.data.items.map((b) => b.building))])
  }, [building, arrears.data])

  const reason = useExportReason()
  async function exportCsv(exportReason: string) {
    const file = await action.run(() => billingService.exportArrears(exportReason, building), null)
    if (file) await action.run(() => csvFiles.save(file.filename, file.csv), '已导出')
  }

  async function remind() {
    const sent = await action.run(() => billingService.remind(), null)
    if (sent) void Taro.showToast({ title: `已提醒 ${sent.units} 户`, icon: 'none' })
  }

  const data = arrears.data
  const choices = [ALL, ...buildings.map((b) => `${b} 号楼`)]
  return (
    <View>
      <SectionNav sections={BILLING_SECTIONS} current={BILLING_ROUTES.adminArrears} />
      <Picker mode="selector" range={choices} onChange={(e) => setBuilding(buildings[Number(e.detail.value) - 1])}>
        <View className="ll-card ll-period">
          {building ? `${building} 号楼` : ALL} · 欠费 {data?.units ?? 0} 户，合计 {yuanText(data?.total ?? 0)} ›
        </View>
      </Picker>
      <View className="ll-actions">
        <Button disabled={action.busy} onClick={() => void remind()}>
          发送催缴提醒
        </Button>
        <Button
          type="primary"
          disabled={action.busy || !data?.items.length}
          onClick={() => reason.ask((text) => void exportCsv(text))}
        >
          导出欠费表格
        </Button>
      </View>
      {reason.dialog}
      <ListState
        loading={arrears.loading}
        error={arrears.error}
        count={data?.items.length ?? null}
        emptyText="没有欠费"
        onRetry={() => void arrears.reload()}
      >
        {data?.items.map((bill) => (
          <BillRow key={bill.id} bill={bill} overdue detail={`逾期 ${bill.daysOverdue} 天`} />
        ))}
      </ListState>
    </View>
  )
}
