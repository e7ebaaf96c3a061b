import { dueForReminder, type Bill } from '@core/billing/bill'
import type { ReminderReport } from '@core/billing/billing.views'
import { localDateOf, startOfLocalDate } from '@core/billing/calendar'
import { formatYuan } from '@core/shared/money'
import { ok } from '@core/shared/result'
import type { UserDoc } from '../store/documents'
import { notify, type Notice } from '../notify/notifier'
import type { Context } from '../action'
import { findAll } from '../store/paging'
import { updateDoc } from '../store/update-doc'

/** Inbox `kind` of an arrears reminder. */
export const ARREARS_KIND = 'billing_arrears'

function noticeFor(resident: UserDoc, unitId: string, bills: readonly Bill[]): Notice {
  const total = bills.reduce((sum, b) => sum + b.amount, 0)
  return {
    toOpenid: resident.id,
    kind: ARREARS_KIND,
    title: '物业费欠费提醒',
    body: `${unitId} 有 ${bills.length} 笔账单已逾期未缴，合计 ${formatYuan(total)} 元，请尽快缴纳。`,
    ref: { type: 'bills', id: unitId },
    push: {
      template: 'billReminder',
      values: {
        subject: `${unitId} 物业费欠费 ${bills.length} 笔`,
        amount: total,
        deadline: startOfLocalDate(bills.map((b) => b.dueDate).sort()[0]!),
      },
    },
  }
}

/**
 * Reminds the residents of each unit in arrears (an inbox message each, and a subscribe message
 * where they consented to one) about the overdue bills not reminded about in the past week. Each
 * bill is claimed (compare-and-set of `remindedAt`) before anything is sent, so overlapping runs
 * never remind twice.
 */
export async function remindArrears(ctx: Context): Promise<ReminderReport> {
  const store = ctx.store
  const at = ctx.now
  const overdue = await findAll(store.collection('bills'), { status: 'unpaid', dueDate: { lt: localDateOf(at) } })
  const byUnit = new Map<string, Bill[]>()
  for (const bill of overdue.filter((b) => dueForReminder(b, at)))
    byUnit.set(bill.unitId, [...(byUnit.get(bill.unitId) ?? []), bill])

  const report: ReminderReport = { bills: 0, units: 0, messages: 0 }
  for (const [unitId, bills] of byUnit) {
    const claimed: Bill[] = []
    for (const bill of bills) {
      const marked = await updateDoc(store.collection('bills'), bill.id, (b) =>
        ok(dueForReminder(b, at) ? { ...b, remindedAt: at } : null),
      )
      if (marked.ok && marked.value.written) claimed.push(marked.value.doc)
    }
    if (claimed.length === 0) continue
    const residents = (await findAll(ctx.store.collection('users'), { unitId })).filter((u) => u.role === 'resident')
    await notify(
      ctx,
      residents.map((r) => noticeFor(r, unitId, claimed)),
    )
    report.bills += claimed.length
    report.units += 1
    report.messages += residents.length
  }
  return report
}
