import { notify, type Notice } from '../notify/notifier'
import type { Context } from '../action'

/** The mini-program's late board (app.config.ts), where a digest's WeChat message opens. */
export const LATE_BOARD_PAGE = 'admin/late/index'

/**
 * Managers hear of a sweep once: what the ladder would have sent them order by order (breaches
 * without a grid owner, escalations) becomes one message per manager, linking to the late board.
 */
export async function sendManagerDigest(ctx: Context, withheld: readonly Notice[]): Promise<void> {
  const ordersByManager = new Map<string, Set<string>>()
  for (const notice of withheld) {
    const orders = ordersByManager.get(notice.toOpenid) ?? new Set<string>()
    orders.add(notice.ref.id)
    ordersByManager.set(notice.toOpenid, orders)
  }
  const at = ctx.now
  const digests: Notice[] = [...ordersByManager].map(([toOpenid, orders]) => {
    const title = `${orders.size} 个工单超时已升级`
    return {
      toOpenid,
      kind: 'repair_digest',
      title,
      body: '请在超时工单看板查看并跟进',
      ref: { type: 'late_board', id: 'late' },
      // One subscribe message per sweep too, on the template escalations used.
      push: {
        template: 'jobOverdue',
        page: LATE_BOARD_PAGE,
        values: { orderNo: `${orders.size} 单`, subject: title, status: '已升级', deadline: at, at },
      },
    }
  })
  await notify(ctx, digests)
}
