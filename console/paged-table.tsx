import { useState } from 'react'
import { Button, Space, Table, type PrimaryTableCol } from 'tdesign-react'
import type { Page } from '@core/shared/page'
import type { Reply } from './api'
import { tableState, useLoad } from './live'

/** The request of one page of a manager list: the first, or the one after `cursor`. */
export const pageRequest = (cursor: string | undefined) => ({ limit: 50, ...(cursor ? { cursor } : {}) })

/** A table over a cursor-paged manager list (上一页 / 下一页), with loading, empty and error states. */
export function PagedTable<T extends object>({
  load,
  columns,
  rowKey = 'id',
  empty,
  deps = [],
}: {
  load: (cursor: string | undefined) => Promise<Reply<Page<T>>>
  columns: PrimaryTableCol<T>[]
  rowKey?: string
  empty: string
  /** Other inputs of `load`: a change starts again from the first page. */
  deps?: unknown[]
}) {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined])
  const cursor = cursors[cursors.length - 1]
  const page = useLoad(() => load(cursor), [cursor, ...deps])
  return (
    <div>
      <Table rowKey={rowKey} data={page.data?.items ?? []} {...tableState(page, empty)} columns={columns} hover />
      {(cursors.length > 1 || page.data?.nextCursor) && (
        <Space className="ll-pager">
          <Button variant="outline" disabled={cursors.length === 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
            上一页
          </Button>
          <Button
            variant="outline"
            disabled={!page.data?.nextCursor}
            onClick={() => setCursors((c) => [...c, page.data!.nextCursor!])}
          >
            下一页
          </Button>
        </Space>
      )}
    </div>
  )
}
