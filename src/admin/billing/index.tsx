import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Picker, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { rateBpText, yuanText } from '@core/billing/billing.labels'
import type { CollectionRow } from '@core/billing/billing-report'
import { periodOf } from '@core/billing/calendar'
import { useAction } from '../../components/billing/use-action'
import { ListState } from '../../components/common/list-state'
import { SectionNav } from '../../components/common/section-nav'
import { useRemote } from '../../components/hooks/use-remote'
import { BILLING_ROUTES } from '../../services/billing.routes'
import { billingService } from '../../services/billing.service'
import { serverClock } from '../../services/clock.service'
import { BILLING_SECTIONS } from '../billing-sections'
import '../../components/common/common.scss'
import '../../components/billing/billing.scss'

function Row({ row }: { row: CollectionRow }) {
  return (
    <View className="ll-table__row">
      <View className="ll-table__cell">{row.building === 'all' ? '合计' : `${row.building} 号楼`}</View>
      <View className="ll-table__cell">{yuanText(row.billed)}</View>
      <View className="ll-table__cell">{yuanText(row.collected)}</View>
      <View className="ll-table__cell">{rateBpText(row.rateBp)}</View>
    </View>
  )
}

/** 收缴: a period's collection rate per building, and raising its bills. */
export default function BillingOverviewPage() {
  const [period, setPeriod] = useState(() => periodOf(new Date(serverClock.now()).toISOString()))
  const report = useRemote(() => billingService.collection(period))
  const action = useAction()
  const reloadReport = report.reload
  useEffect(() => {
    void reloadReport()
  }, [period, reloadReport])

  async function raise() {
    const { confirm } = await Taro.showModal({
      title: '生成账单',
      content: `为 ${period} 生成各户账单？已生成的账单不会重复生成。`,
      confirmText: '生成',
      cancelText: '取消',
    })
    const run = confirm && (await action.run(() => billingService.run({ period }), null))
    if (!run) return
    void Taro.showModal({
      title: '账单已生成',
      content: `新生成 ${run.created} 笔，合计 ${yuanText(run.createdAmount)}；已有 ${run.existing} 笔未重复生成。`,
      showCancel: false,
    })
    await report.reload()
  }

  const data = report.data
  return (
    <View>
      <SectionNav sections={BILLING_SECTIONS} current={BILLING_ROUTES.adminOverview} />
      <Picker mode="date" fields="month" value={period} onChange={(e) => setPeriod(String(e.detail.value).slice(0, 7))}>
        <View className="ll-card ll-period">账期：{period} ›</View>
      </Picker>
      <ListState
        loading={report.loading}
        error={report.error}
        count={data ? data.total.bills : null}
        emptyText={`${period} 还没有账单`}
        onRetry={() => void report.reload()}
      >
        {data && (
          <View className="ll-card ll-table">
            <View className="ll-table__row ll-table__row--head">
              <View className="ll-table__cell">楼栋</View>
              <View className="ll-table__cell">应收</View>
              <View className="ll-table__cell">实收</View>
              <View className="ll-table__cell">收缴率</View>
            </View>
            {data.rows.map((row) => (
              <Row key={row.building} row={row} />
            ))}
            <Row row={data.total} />
          </View>
        )}
      </ListState>
      <View className="ll-actions">
        <Button className="ll-run-bills" type="primary" disabled={action.busy} onClick={() => void raise()}>
          生成 {period} 账单
        </Button>
      </View>
    </View>
  )
}
