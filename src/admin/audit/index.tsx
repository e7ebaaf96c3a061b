import { View } from '@tarojs/components'
import type { AuditEntry } from '@core/estate/audit'
import { AUDIT_ACTION_LABEL } from '@core/estate/estate.labels'
import { ListState } from '../../components/common/list-state'
import { SectionNav } from '../../components/common/section-nav'
import { timeText } from '../../components/estate/format'
import { usePagedList } from '../../components/hooks/use-paged-list'
import { consoleService } from '../../services/estate.service'
import { ESTATE_ROUTES } from '../../services/estate.routes'
import { CONSOLE_SECTIONS } from '../console-sections'
import '../../components/common/common.scss'
import '../../components/estate/estate.scss'

/** What was asked, in one line: the input's fields as `name: value`. */
function inputText(entry: AuditEntry): string {
  if (typeof entry.input !== 'object' || entry.input === null) return String(entry.input ?? '')
  return Object.entries(entry.input)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('；')
}

/** 日志: every manager action, newest first: who, when, what. */
export default function AuditPage() {
  const list = usePagedList((cursor) => consoleService.audit({ limit: 30, cursor }))
  return (
    <View>
      <SectionNav sections={CONSOLE_SECTIONS} current={ESTATE_ROUTES.audit} />
      <ListState
        loading={list.loading}
        error={list.error}
        count={list.items?.length ?? null}
        emptyText="还没有操作记录"
        onRetry={() => void list.reload()}
      >
        {list.items?.map((entry) => (
          <View key={entry.id} className="ll-row ll-audit">
            <View className="ll-row__main">
              <View className="ll-row__title">{AUDIT_ACTION_LABEL[entry.action] ?? entry.action}</View>
              <View className="ll-row__meta">
                {entry.byName || entry.by} · {timeText(entry.at)}
                {entry.resultId ? ` · ${entry.resultId}` : ''}
              </View>
              <View className="ll-row__meta">{inputText(entry)}</View>
            </View>
          </View>
        ))}
        {list.hasMore && <View className="ll-more">上拉加载更多</View>}
      </ListState>
    </View>
  )
}
