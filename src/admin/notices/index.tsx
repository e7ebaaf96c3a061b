import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button, Input, Switch, TextArea } from '@nutui/nutui-react-taro'
import type { Building } from '@core/estate/estate'
import { announceSchema, type Announcement } from '@core/notify/announcement'
import type { z } from '@core/shared/zod'
import { useAction } from '../../components/billing/use-action'
import { Field, FieldError } from '../../components/common/form-field'
import { ListState } from '../../components/common/list-state'
import { SectionNav } from '../../components/common/section-nav'
import { Choice } from '../../components/estate/choice'
import { MultiChoice } from '../../components/estate/multi-choice'
import { usePageRefresh } from '../../components/hooks/use-page-refresh'
import { useRemote } from '../../components/hooks/use-remote'
import { NoticeCard } from '../../components/inbox/notice-card'
import { consoleService } from '../../services/console.service'
import { inboxService } from '../../services/inbox.service'
import type { Reply } from '../../services/reply'
import { ROUTES } from '../../services/routes'
import { validate } from '../../services/validate'
import { ADMIN_SECTIONS } from '../admin'
import '../../components/common/common.scss'
import '../../components/estate/estate.scss'

const SCOPES = ['estate', 'buildings'] as const
type Scope = (typeof SCOPES)[number]
const SCOPE_LABEL: Record<Scope, string> = { estate: '全小区', buildings: '指定楼栋' }

/** Mirrors announceSchema's limits, so the counter stops where the function would refuse. */
const BODY_MAX = 1000

interface Draft {
  title: string
  body: string
  scope: Scope
  buildings: string[]
  emergency: boolean
}

const EMPTY: Draft = { title: '', body: '', scope: 'estate', buildings: [], emergency: false }

/** The command the draft stands for, parsed by the function's own schema. */
function commandOf(draft: Draft): Reply<z.output<typeof announceSchema>> {
  // The schema reads no buildings as the whole estate: "指定楼栋" with none ticked must not become that.
  if (draft.scope === 'buildings' && draft.buildings.length === 0) {
    return {
      ok: false,
      error: { code: 'VALIDATION_FAILED', message: 'no building', fieldErrors: { buildings: ['请选择楼栋'] } },
    }
  }
  return validate(announceSchema, {
    title: draft.title,
    body: draft.body,
    buildings: draft.scope === 'buildings' ? draft.buildings : undefined,
    emergency: draft.emergency,
  })
}

const scopeText = (notice: Announcement, buildings: readonly Building[]): string =>
  notice.buildings
    ? notice.buildings.map((code) => buildings.find((b) => b.code === code)?.name ?? code).join('、')
    : '全小区'

/** 公告管理: post a notice to the estate or some buildings (an emergency one is pinned and pushed), withdraw one. */
export default function NoticesPage() {
  const notices = useRemote(() => inboxService.announcements())
  const buildings = useRemote(() => consoleService.buildings())
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const [errors, setErrors] = useState<Record<string, string[]>>({})
  const action = useAction()
  const patch = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }))
  usePageRefresh(async () => {
    await Promise.all([notices.reload(), buildings.reload()])
  })

  async function post() {
    const command = commandOf(draft)
    setErrors(command.ok ? {} : (command.error.fieldErrors ?? {}))
    if (!command.ok) return
    if (command.data.emergency) {
      const { confirm } = await Taro.showModal({
        title: '发布紧急通知',
        content: '紧急通知会置顶显示，并推送给相关住户。确定发布？',
        confirmText: '发布',
        cancelText: '再想想',
      })
      if (!confirm) return
    }
    if (await action.run(() => inboxService.announce(command.data), '已发布')) {
      setDraft(EMPTY)
      await notices.reload()
    }
  }

  async function withdraw(notice: Announcement) {
    const { confirm } = await Taro.showModal({
      title: '撤回公告',
      content: `撤回「${notice.title}」后住户将不再看到它。`,
      confirmText: '撤回',
      cancelText: '取消',
    })
    if (confirm && (await action.run(() => inboxService.withdraw(notice.id), '已撤回'))) await notices.reload()
  }

  const known = buildings.data?.items ?? []
  const items = notices.data?.items ?? null
  return (
    <View className="ll-notices">
      <SectionNav sections={ADMIN_SECTIONS} current={ROUTES.adminNotices} />
      <View className="ll-card">
        <View className="ll-card__title">发布公告</View>
        <Field label="标题">
          <Input
            className="ll-notices__title"
            value={draft.title}
            onChange={(title) => patch({ title })}
            placeholder="如：3 号楼明日停水"
            maxLength={30}
          />
        </Field>
        <TextArea
          className="ll-notices__body"
          value={draft.body}
          onChange={(body) => patch({ body })}
          placeholder="通知内容：时间、范围、需要住户做什么"
          maxLength={BODY_MAX}
          showCount
        />
        <Field label="范围">
          <Choice
            options={SCOPES}
            labels={SCOPE_LABEL}
            value={draft.scope}
            onChange={(scope) => patch({ scope })}
            className="ll-notices__scope"
          />
        </Field>
        {draft.scope === 'buildings' && (
          <MultiChoice
            options={known.map((b) => b.code)}
            labels={Object.fromEntries(known.map((b) => [b.code, b.name]))}
            value={draft.buildings}
            onChange={(chosen) => patch({ buildings: chosen })}
            className="ll-notices__building"
          />
        )}
        <Field label="紧急通知">
          <Switch
            className="ll-notices__emergency"
            checked={draft.emergency}
            onChange={(emergency) => patch({ emergency })}
          />
        </Field>
        <View className="ll-hint">紧急通知在住户首页置顶、标红，并推送订阅消息。</View>
        <FieldError errors={errors} fields={['title', 'body', 'buildings']} />
        <View className="ll-actions">
          <Button className="ll-notices__post" type="primary" disabled={action.busy} onClick={() => void post()}>
            发布
          </Button>
        </View>
      </View>
      <ListState
        loading={notices.loading}
        error={notices.error}
        count={items?.length ?? null}
        emptyText="还没有公告"
        onRetry={() => void notices.reload()}
      >
        {items?.map((n) => (
          <NoticeCard
            key={n.id}
            notice={n}
            scope={scopeText(n, known)}
            action={
              <Button
                className="ll-notices__withdraw"
                size="small"
                disabled={action.busy}
                onClick={() => void withdraw(n)}
              >
                撤回
              </Button>
            }
          />
        ))}
      </ListState>
    </View>
  )
}
