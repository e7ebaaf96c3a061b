import { useState } from 'react'
import { ReasonDialog } from '../common/reason-dialog'

/**
 * Managers' exports of residents' personal data ask why first; the reason goes with the export
 * into the audit log. `ask(run)` opens the dialog and calls `run(reason)` on 导出.
 */
export function useExportReason() {
  const [pending, setPending] = useState<((reason: string) => void) | null>(null)
  const dialog = (
    <ReasonDialog
      visible={pending !== null}
      title="导出原因"
      placeholder="导出的文件含住户个人信息，请写明用途（将记入操作日志）"
      confirmText="导出"
      onConfirm={(reason) => {
        const run = pending
        setPending(null)
        run?.(reason)
      }}
      onClose={() => setPending(null)}
    />
  )
  return { ask: (run: (reason: string) => void) => setPending(() => run), dialog }
}
