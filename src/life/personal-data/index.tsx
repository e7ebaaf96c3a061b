import { useState } from 'react'
import Taro, { useLoad } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button, Dialog, Input } from '@nutui/nutui-react-taro'
import { useAction } from '../../components/billing/use-action'
import { ListState } from '../../components/common/list-state'
import { useRemote } from '../../components/hooks/use-remote'
import { csvFiles } from '../../services/csv-file'
import { privacyService } from '../../services/privacy.service'
import { ROUTES } from '../../services/routes'
import '../../components/common/common.scss'
import './index.scss'

/** What the resident types to confirm; the server checks the same words. */
const LEAVE_CONFIRMATION = '确认注销'

/** 我的 › 个人信息: what the property office holds about me; export it; move out and delete it. */
export default function PersonalDataPage() {
  const data = useRemote(() => privacyService.myData())
  const action = useAction()
  const [leaving, setLeaving] = useState(false)
  const [typed, setTyped] = useState('')
  useLoad(() => void data.reload())

  async function exportData() {
    const file = await action.run(() => privacyService.exportMyData(), null)
    // The same hand-out as CSV exports: a download in the browser, a file to a chat in WeChat.
    if (file) await action.run(() => csvFiles.save(file.filename, file.json), '已导出')
  }

  async function leave() {
    setLeaving(false)
    const left = await action.run(() => privacyService.leave(typed.trim(), true), '已注销')
    if (left) void Taro.reLaunch({ url: ROUTES.entry })
  }

  const mine = data.data
  const rows: [string, string][] = mine
    ? [
        ['姓名', mine.person.name ?? '未填写'],
        [
          '手机号',
          mine.person.phone ? `${mine.person.phone}${mine.person.phoneVerified ? '（已验证）' : ''}` : '未填写',
        ],
        ['房屋', mine.person.unitId ?? '未绑定'],
        ['报修记录', `${mine.orders.length} 条`],
        ['访客登记', `${mine.passes.length} 条`],
        ['投诉建议', `${mine.feedback.length} 条`],
        ['账单', `${mine.bills.length} 张`],
        ['缴费收据', `${mine.receipts.length} 张`],
        ['消息', `${mine.messages.length} 条`],
      ]
    : []

  return (
    <ListState
      loading={data.loading}
      error={data.error}
      count={mine ? 1 : null}
      emptyText="暂无信息"
      onRetry={() => void data.reload()}
    >
      <View className="ll-card ll-personal">
        <View className="ll-card__title">物业保存的您的信息</View>
        {rows.map(([label, value]) => (
          <View key={label} className="ll-personal__row">
            <View className="ll-personal__label">{label}</View>
            <View className="ll-personal__value">{value}</View>
          </View>
        ))}
      </View>
      <View className="ll-card ll-hint">
        报修照片在工单关闭后按物业设定的期限删除（默认 6
        个月）；搬离后，您的姓名、电话等信息在法定保存期满后匿名化。账单和收据按财务规定保留。
      </View>
      <View className="ll-actions">
        <Button className="ll-personal__export" disabled={action.busy} onClick={() => void exportData()}>
          导出我的信息
        </Button>
        <Button className="ll-personal__leave" type="danger" disabled={action.busy} onClick={() => setLeaving(true)}>
          搬离并删除我的信息
        </Button>
      </View>
      <Dialog
        visible={leaving}
        title="搬离并删除"
        confirmText="删除"
        cancelText="再想想"
        onConfirm={() => void leave()}
        onCancel={() => setLeaving(false)}
        onClose={() => setLeaving(false)}
      >
        <View className="ll-hint">
          将解除您与房屋的绑定，并删除您的报修描述、照片、访客登记和消息中的个人信息。账单和收据会保留。请输入“
          {LEAVE_CONFIRMATION}”：
        </View>
        <Input className="ll-personal__confirm" value={typed} onChange={setTyped} placeholder={LEAVE_CONFIRMATION} />
      </Dialog>
    </ListState>
  )
}
