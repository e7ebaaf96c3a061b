import { useMemo } from 'react'
import { View } from '@tarojs/components'
import { auditSentence } from '@core/estate/audit-sentence'
import { ListState } from '../../components/common/list-state'
import { SectionNav } from '../../components/common/section-nav'
import { timeText } from '../../components/estate/format'
import { usePagedList } from '../../components/hooks/use-paged-list'
import { useRemote } from '../../components/hooks/use-remote'
import { usePageRefresh } from '../../components/hooks/use-page-refresh'
import { consoleService } from '../../services/console.service'
import { ESTATE_ROUTES } from '../../services/estate.routes'
import { CONSOLE_SECTIONS } from '../console-sections'
import '../../components/common/common.scss'
import '../../components/estate/estate.scss'

/** The people a log entry may name: staff and (the first page of) residents. */
async function loadNames() {
  const [staff, residents] = await Promise.all([consoleService.staff(), consoleService.residents({ limit: 100 })])
  const names = new Map<string, string>()
  if (staff.ok) for (const s of staff.data.items) names.set(s.openid, s.name)
  if (residents.ok) for (const r of residents.data.items) names.set(r.openid, r.name)
  return { ok: true as const, data: names }
}

/** 日志: every manager action, newest first, as a sentence: who did what, and when. */
export default function AuditPage() {
  const list = usePagedList((cursor) => consoleService.audit({ limit: 30, cursor }))
  const people = useRemote(loadNames)
  usePageRefresh(people.reload)
  const nameOf = useMemo(() => (openid: string) => people.data?.get(openid) ?? null, [people.data])
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
              <View className="ll-audit__sentence ll-breakable">{auditSentence(entry, nameOf)}</View>
              <View className="ll-row__meta">{timeText(entry.at)}</View>
            </View>
          </View>
        ))}
        {list.hasMore && <View className="ll-more">上拉加载更多</View>}
      </ListState>
    </View>
  )
}
