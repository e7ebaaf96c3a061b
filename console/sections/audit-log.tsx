import type { AuditEntry } from '@core/estate/audit'
import { AUDIT_ACTION_LABEL } from '@core/estate/estate.labels'
import { auditPageReply } from '@core/estate/console.replies'
import { call } from '../api'
import { shortTime } from '../orders-view'
import { PagedTable } from '../paged-table'

/** 操作日志: who did what and when, in words; newest first. */
export function AuditLog() {
  return (
    <PagedTable<AuditEntry>
      load={(cursor) => call('admin', 'listAudit', auditPageReply, { limit: 50, ...(cursor ? { cursor } : {}) })}
      empty="还没有操作记录"
      columns={[
        { colKey: 'at', title: '时间', width: 160, cell: ({ row }) => shortTime(row.at) },
        { colKey: 'byName', title: '操作人', width: 140 },
        { colKey: 'action', title: '操作', cell: ({ row }) => AUDIT_ACTION_LABEL[row.action] ?? '其他操作' },
      ]}
    />
  )
}
