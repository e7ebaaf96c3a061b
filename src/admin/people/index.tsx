import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import { STAFF_ROLES, type Resident, type StaffMember, type StaffRole } from '@core/estate/estate'
import { RELATION_LABEL, STAFF_ROLE_LABEL } from '@core/estate/estate.labels'
import type { Category } from '@core/repair/work-order'
import { useAction } from '../../components/billing/use-action'
import { ListState } from '../../components/common/list-state'
import { SectionNav } from '../../components/common/section-nav'
import { Choice } from '../../components/estate/choice'
import { Field } from '../../components/common/form-field'
import { SkillPicker, skillsText } from '../../components/estate/skill-picker'
import { usePagedList } from '../../components/hooks/use-paged-list'
import { useRemote } from '../../components/hooks/use-remote'
import { consoleService } from '../../services/console.service'
import { ESTATE_ROUTES } from '../../services/estate.routes'
import { CONSOLE_SECTIONS } from '../console-sections'
import '../../components/common/common.scss'
import '../../components/estate/estate.scss'

const TABS = ['residents', 'staff'] as const
type Tab = (typeof TABS)[number]
const TAB_LABEL: Record<Tab, string> = { residents: '住户', staff: '员工' }

/** What the console says when the server refuses a change to a person. */
const REFUSALS = { CONFLICT: '该师傅还有未完成的工单，请先转单', FORBIDDEN: '不能解除或调整自己的账号' } as const

const confirm = async (title: string, content: string) =>
  (await Taro.showModal({ title, content, confirmText: '确定', cancelText: '取消' })).confirm

/** A staff member's role and skills, being edited. */
function StaffEditor({ member, onSaved, onClose }: { member: StaffMember; onSaved: () => void; onClose: () => void }) {
  const [role, setRole] = useState<StaffRole>(member.role)
  const [skills, setSkills] = useState<Category[]>(member.skills)
  const action = useAction()
  async function save() {
    if (await action.run(() => consoleService.setStaff({ openid: member.openid, role, skills }), '已保存', REFUSALS))
      onSaved()
  }
  return (
    <View className="ll-card ll-staff-editor">
      <View className="ll-card__title">调整 {member.name}</View>
      <Field label="岗位">
        <Choice
          options={STAFF_ROLES}
          labels={STAFF_ROLE_LABEL}
          value={role}
          onChange={setRole}
          className="ll-staff-editor__role"
        />
      </Field>
      {role === 'maintenance' && (
        <Field label="维修类别">
          <SkillPicker value={skills} onChange={setSkills} />
        </Field>
      )}
      <View className="ll-actions">
        <Button onClick={onClose}>取消</Button>
        <Button className="ll-staff-editor__save" type="primary" disabled={action.busy} onClick={() => void save()}>
          保存
        </Button>
      </View>
    </View>
  )
}

/** 人员: residents by unit (verify, unbind) and staff (role, skills, unbind). */
export default function PeoplePage() {
  const [tab, setTab] = useState<Tab>('residents')
  const [editing, setEditing] = useState<StaffMember | null>(null)
  const residents = usePagedList((cursor) => consoleService.residents({ limit: 20, cursor }))
  const staff = useRemote(() => consoleService.staff())
  const action = useAction()

  async function verify(r: Resident) {
    if (await action.run(() => consoleService.verifyResident(r.openid), '已认证')) await residents.reload()
  }

  async function unbind(openid: string, who: string) {
    if (!(await confirm('解除绑定', `确定解除${who}的绑定？解除后需重新绑定才能使用。`))) return
    const done = await action.run(() => consoleService.unbind(openid), '已解除', REFUSALS)
    if (done) await Promise.all([residents.reload(), staff.reload()])
  }

  function switchTab(next: Tab) {
    setTab(next)
    if (next === 'staff') void staff.reload()
  }

  const staffItems = staff.data?.items ?? null
  return (
    <View>
      <SectionNav sections={CONSOLE_SECTIONS} current={ESTATE_ROUTES.people} />
      <Choice options={TABS} labels={TAB_LABEL} value={tab} onChange={switchTab} className="ll-people__tab" />
      {tab === 'residents' && (
        <ListState
          loading={residents.loading}
          error={residents.error}
          count={residents.items?.length ?? null}
          emptyText="还没有住户"
          onRetry={() => void residents.reload()}
        >
          {residents.items?.map((r) => (
            <View key={r.openid} className={`ll-row ll-resident ll-resident--${r.openid}`}>
              <View className="ll-row__main">
                <View className="ll-row__title">
                  {r.name} <Tag type={r.verified ? 'success' : 'warning'}>{r.verified ? '已认证' : '待认证'}</Tag>
                </View>
                <View className="ll-row__meta">
                  {r.unitId} · {r.relation ? RELATION_LABEL[r.relation] : '关系未登记'} · {r.phone ?? '无手机号'}
                </View>
              </View>
              <View className="ll-row__side">
                {!r.verified && (
                  <Button size="small" type="primary" disabled={action.busy} onClick={() => void verify(r)}>
                    认证
                  </Button>
                )}
                <Button
                  size="small"
                  disabled={action.busy}
                  onClick={() => void unbind(r.openid, ` ${r.name} 与 ${r.unitId} `)}
                >
                  解绑
                </Button>
              </View>
            </View>
          ))}
          {residents.hasMore && <View className="ll-more">上拉加载更多</View>}
        </ListState>
      )}
      {tab === 'staff' && (
        <View>
          {editing && (
            <StaffEditor
              key={editing.openid}
              member={editing}
              onClose={() => setEditing(null)}
              onSaved={() => {
                setEditing(null)
                void staff.reload()
              }}
            />
          )}
          <ListState
            loading={staff.loading}
            error={staff.error}
            count={staffItems?.length ?? null}
            emptyText="还没有员工"
            onRetry={() => void staff.reload()}
          >
            {staffItems?.map((m) => (
              <View key={m.openid} className={`ll-row ll-staff ll-staff--${m.openid}`}>
                <View className="ll-row__main">
                  <View className="ll-row__title">
                    {m.name} <Tag type="primary">{STAFF_ROLE_LABEL[m.role]}</Tag>
                  </View>
                  <View className="ll-row__meta">
                    {m.role === 'maintenance' ? `${skillsText(m.skills)} · ` : ''}
                    {m.phone ?? '无手机号'}
                  </View>
                </View>
                <View className="ll-row__side">
                  <Button size="small" onClick={() => setEditing(m)}>
                    调整
                  </Button>
                  <Button size="small" disabled={action.busy} onClick={() => void unbind(m.openid, ` ${m.name} `)}>
                    解绑
                  </Button>
                </View>
              </View>
            ))}
          </ListState>
        </View>
      )}
    </View>
  )
}
