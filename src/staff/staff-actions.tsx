import { useState, type ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { ActionSheet, Button, TextArea } from '@nutui/nutui-react-taro'
import { completeRepairSchema, DESCRIPTION_MAX, transferRepairSchema } from '@core/repair/repair.schemas'
import { HOLD_REASONS, type WorkOrder } from '@core/repair/work-order'
import { BottomBar } from '../components/common/bottom-bar'
import { PhotoPicker } from '../components/common/photo-picker'
import { useConsent } from '../components/hooks/use-consent'
import type { OrderHandle } from '../components/hooks/use-order'
import { useProfile } from '../components/hooks/use-profile'
import { HOLD_REASON_LABEL } from '../components/repair/labels'
import type { StaffRef } from '@core/estate/estate'
import { friendlyMessage } from '../services/errors'
import { repairService } from '../services/repair.service'
import { validate } from '../services/validate'
import { currentLocation } from '../services/privacy/personal-info'
import { EMPTY_CAUSE, RootCauseField, type RootCauseDraft } from './root-cause-field'
import { GRAB_OVERRIDES } from './staff'
import '../components/common/common.scss'

const HOLD_OPTIONS = HOLD_REASONS.map((r) => ({ name: HOLD_REASON_LABEL[r] }))

interface Report {
  note: string
  /** After photos. */
  photos: string[]
  beforePhotos: string[]
  cause: RootCauseDraft
}

/**
 * The completion report (sent from the bottom bar's 完成维修): a note and photos; before photos
 * when on-site proof is required, the root cause of a repeat fault.
 */
function CompleteForm({
  order,
  report,
  onChange,
}: {
  order: WorkOrder
  report: Report
  onChange: (report: Report) => void
}) {
  return (
    <View className="ll-card ll-complete">
      <View className="ll-card__title">完成维修</View>
      <TextArea
        className="ll-complete__note"
        value={report.note}
        onChange={(note) => onChange({ ...report, note })}
        placeholder="维修说明，例如：更换了水槽下方的软管"
        maxLength={DESCRIPTION_MAX}
        showCount
      />
      {order.repeat && <RootCauseField value={report.cause} onChange={(cause) => onChange({ ...report, cause })} />}
      {order.proofRequired && (
        <View className="ll-complete__before">
          <View className="ll-hint">维修前照片</View>
          <PhotoPicker value={report.beforePhotos} onChange={(beforePhotos) => onChange({ ...report, beforePhotos })} />
          <View className="ll-hint">完工照片</View>
        </View>
      )}
      <PhotoPicker value={report.photos} onChange={(photos) => onChange({ ...report, photos })} />
    </View>
  )
}

/** Handover (转单): pick another worker and say why; the first responder stays the resident's contact. */
function TransferForm({ order, handle, onDone }: { order: WorkOrder; handle: OrderHandle; onDone: () => void }) {
  const [workers, setWorkers] = useState<StaffRef[] | null>(null)
  const [choosing, setChoosing] = useState(false)
  const [target, setTarget] = useState<StaffRef | null>(null)
  const [reason, setReason] = useState('')

  async function pick() {
    if (!workers) {
      const listed = await repairService.transferTargets(order.id)
      if (!listed.ok) return void Taro.showToast({ title: friendlyMessage(listed.error), icon: 'none' })
      setWorkers(listed.data.items)
    }
    setChoosing(true)
  }

  async function transfer() {
    const input = validate(transferRepairSchema, { id: order.id, toOpenid: target?.openid ?? '', reason })
    if (!input.ok)
      return void Taro.showToast({ title: target ? friendlyMessage(input.error) : '请选择接手的师傅', icon: 'none' })
    await handle.run(() => repairService.transfer(input.data), '已转单')
    onDone()
  }

  return (
    <View className="ll-card ll-transfer">
      <View className="ll-card__title">转单</View>
      <Button className="ll-transfer__pick" block onClick={() => void pick()}>
        {target ? `交给 ${target.name}` : '选择接手的师傅'}
      </Button>
      <TextArea
        className="ll-transfer__reason"
        value={reason}
        onChange={setReason}
        placeholder="转单原因，例如：需要电工处理"
        maxLength={DESCRIPTION_MAX}
        showCount
      />
      <View className="ll-actions">
        <Button
          className="ll-transfer__submit"
          type="primary"
          block
          disabled={handle.busy}
          onClick={() => void transfer()}
        >
          确认转单
        </Button>
      </View>
      <ActionSheet
        visible={choosing}
        title="交给谁"
        options={(workers ?? []).map((w) => ({ name: w.name }))}
        cancelText="取消"
        onCancel={() => setChoosing(false)}
        onSelect={(_option, index) => {
          setChoosing(false)
          setTarget(workers?.[index] ?? null)
        }}
      />
    </View>
  )
}

/** A worker's moves on a job: take it, start, pause and resume the clocks, complete it. */
export function StaffActions({ order, handle }: { order: WorkOrder; handle: OrderHandle }) {
  const [choosingHold, setChoosingHold] = useState(false)
  const [transferring, setTransferring] = useState(false)
  const [report, setReport] = useState<Report>({ note: '', photos: [], beforePhotos: [], cause: EMPTY_CAUSE })
  const me = useProfile().data
  const askConsent = useConsent('grabJob')
  const mine = order.assigneeOpenid !== null && order.assigneeOpenid === me?.openid
  const act = (label: string, className: string, onClick: () => void, primary = true) => (
    <Button className={className} type={primary ? 'primary' : 'default'} disabled={handle.busy} onClick={onClick}>
      {label}
    </Button>
  )
  const holdButton = act('暂停', 'll-hold', () => setChoosingHold(true), false)

  async function complete() {
    const input = validate(completeRepairSchema, {
      id: order.id,
      note: report.note || undefined,
      photos: report.photos,
      beforePhotos: order.proofRequired ? report.beforePhotos : undefined,
      rootCause: order.repeat ? report.cause : undefined,
    })
    if (!input.ok) return void Taro.showToast({ title: friendlyMessage(input.error), icon: 'none' })
    await handle.run(() => repairService.complete(input.data), '已完成')
  }

  const transferButton = act('转单', 'll-transfer', () => setTransferring(true), false)

  let buttons: ReactNode = null
  if (order.status === 'submitted') {
    // A manager's dispatch names the worker, who then accepts; anything else is grabbed from the pool.
    const accept = async () => {
      await askConsent()
      await handle.run(() => repairService.accept(order.id), '接单成功', GRAB_OVERRIDES)
    }
    buttons = act(mine ? '接单' : '抢单', 'll-grab', () => void accept())
  } else if (!mine) {
    // After a handover the first responder still follows the job, but only its holder works it.
    buttons = null
  } else if (order.status === 'accepted') {
    const checkIn = async () => {
      const location = await currentLocation()
      await handle.run(() => repairService.checkIn(order.id, location), '已签到')
    }
    buttons = (
      <>
        {transferButton}
        {holdButton}
        {order.proofRequired && !order.checkIn
          ? act('到场签到', 'll-check-in', () => void checkIn())
          : act('开始维修', 'll-start', () => void handle.run(() => repairService.start(order.id), '已开始'))}
      </>
    )
  } else if (order.status === 'in_progress') {
    buttons = (
      <>
        {transferButton}
        {holdButton}
        {act('完成维修', 'll-complete__submit', () => void complete())}
      </>
    )
  } else if (order.status === 'on_hold') {
    buttons = act('恢复计时', 'll-resume', () => void handle.run(() => repairService.resume(order.id), '已恢复'))
  }

  return (
    <View>
      {mine && order.status === 'in_progress' && <CompleteForm order={order} report={report} onChange={setReport} />}
      {mine && transferring && <TransferForm order={order} handle={handle} onDone={() => setTransferring(false)} />}
      {buttons && <BottomBar>{buttons}</BottomBar>}
      <ActionSheet
        visible={choosingHold}
        title="暂停原因"
        description="暂停期间不计入服务时限"
        options={HOLD_OPTIONS}
        cancelText="取消"
        onCancel={() => setChoosingHold(false)}
        onSelect={(_option, index) => {
          setChoosingHold(false)
          const reason = HOLD_REASONS[index]
          if (reason) void handle.run(() => repairService.hold({ id: order.id, reason }), '已暂停')
        }}
      />
    </View>
  )
}
