import { useCallback, useEffect, useState, type ReactNode } from 'react'
import { Button, Layout, Menu } from 'tdesign-react'
import { OFFICE_ROLES, type Role } from '@core/identity/actor'
import { estateProfileReply, signedOutReply } from '@core/estate/console.replies'
import { call, session, signInApi, whenSignedOut, type ConsoleUser } from './api'
import { SignIn } from './sign-in'
import { AuditLog } from './sections/audit-log'
import { Billing } from './sections/billing'
import { Dashboard } from './sections/dashboard'
import { Estates } from './sections/estates'
import { FeedbackQueue } from './sections/feedback'
import { LateBoard } from './sections/late-board'
import { Notices } from './sections/notices'
import { Orders } from './sections/orders'
import { People } from './sections/people'
import { Rehearsal } from './sections/rehearsal'
import { Settings } from './sections/settings'
import { Units } from './sections/units'
import { VisitorLog } from './sections/visitor-log'

interface Section {
  path: string
  label: string
  render: () => ReactNode
}

interface EstateSection extends Section {
  /** Who sees it: the roles its actions admit on the server, which refuses everyone else anyway. */
  roles: readonly Role[]
}

const MANAGER: readonly Role[] = ['manager']

/** Head office's sections: the company's estates compared (no estate's personal data). */
const COMPANY_SECTIONS: Section[] = [{ path: 'estates', label: '各小区对比', render: () => <Estates /> }]

/**
 * Every section of an estate's back office, in the order of the left navigation. The service desk
 * watches and dispatches orders and complaints, posts notices and reads the visitor log; figures,
 * people, units, money, settings and the audit log are the manager's.
 */
const ESTATE_SECTIONS: EstateSection[] = [
  { path: 'late', label: '超时看板', roles: OFFICE_ROLES, render: () => <LateBoard /> },
  { path: 'orders', label: '全部工单', roles: OFFICE_ROLES, render: () => <Orders /> },
  { path: 'feedback', label: '投诉建议', roles: OFFICE_ROLES, render: () => <FeedbackQueue /> },
  { path: 'dashboard', label: '服务看板', roles: MANAGER, render: () => <Dashboard /> },
  { path: 'people', label: '人员与入住', roles: MANAGER, render: () => <People /> },
  { path: 'units', label: '房屋', roles: MANAGER, render: () => <Units /> },
  { path: 'billing', label: '收费', roles: MANAGER, render: () => <Billing /> },
  { path: 'notices', label: '公告', roles: OFFICE_ROLES, render: () => <Notices /> },
  { path: 'visitors', label: '访客记录', roles: OFFICE_ROLES, render: () => <VisitorLog /> },
  { path: 'settings', label: '服务设置', roles: MANAGER, render: () => <Settings /> },
  { path: 'rehearsal', label: '演练', roles: MANAGER, render: () => <Rehearsal /> },
  { path: 'audit', label: '操作日志', roles: MANAGER, render: () => <AuditLog /> },
]

/** What the signed-in role runs of their estate; head office compares estates, and runs one too where also appointed. */
export const sectionsOf = (user: Pick<ConsoleUser, 'role' | 'companyAdmin'>): Section[] => [
  ...ESTATE_SECTIONS.filter((s) => s.roles.includes(user.role)),
  ...(user.companyAdmin ? COMPANY_SECTIONS : []),
]

/** How the header names the signed-in person's job. */
const JOB_LABEL: Partial<Record<Role, string>> = { manager: '物业管理', service_desk: '客服前台' }

const sectionOf = (sections: Section[], hash: string) => sections.find((s) => `#/${s.path}` === hash) ?? sections[0]!

function useHash(): string {
  const [hash, setHash] = useState(location.hash)
  useEffect(() => {
    const onChange = () => setHash(location.hash)
    addEventListener('hashchange', onChange)
    return () => removeEventListener('hashchange', onChange)
  }, [])
  return hash
}

/** The console: the scan sign-in until someone is signed in, then the back office. */
export function App() {
  const [user, setUser] = useState<ConsoleUser | null>(() => session.read()?.user ?? null)
  useEffect(() => whenSignedOut(() => setUser(null)), [])
  const signedIn = useCallback((who: ConsoleUser) => {
    setUser(who)
  }, [])
  if (!user) return <SignIn onSignedIn={signedIn} />
  return <BackOffice user={user} onSignOut={() => setUser(null)} />
}

function BackOffice({ user, onSignOut }: { user: ConsoleUser; onSignOut: () => void }) {
  const sections = sectionsOf(user)
  const section = sectionOf(sections, useHash())
  const [estate, setEstate] = useState('')
  const job = JOB_LABEL[user.role]
  const inEstate = job !== undefined
  useEffect(() => {
    if (inEstate) void call('admin', 'getEstateProfile', estateProfileReply).then((r) => r.ok && setEstate(r.data.name))
  }, [inEstate])

  async function signOut() {
    await call('admin', 'consoleSignOut', signedOutReply)
    await signInApi.signOut()
    onSignOut()
  }

  return (
    <Layout className="ll-console">
      <Layout.Aside className="ll-console__aside" width="208px">
        <div className="ll-console__brand">邻里物业后台</div>
        <Menu value={section.path} onChange={(value) => (location.hash = `#/${String(value)}`)} width="208px">
          {sections.map((s) => (
            <Menu.MenuItem key={s.path} value={s.path}>
              {s.label}
            </Menu.MenuItem>
          ))}
        </Menu>
      </Layout.Aside>
      <Layout>
        <Layout.Header className="ll-console__header">
          <span className="ll-console__estate">{inEstate ? estate : '物业公司总部'}</span>
          <span className="ll-console__user">{inEstate ? `${user.name}（${job}）` : '总部管理员'}</span>
          <Button variant="outline" onClick={() => void signOut()}>
            退出登录
          </Button>
        </Layout.Header>
        <Layout.Content className="ll-console__content">
          <h2 className="ll-console__title">{section.label}</h2>
          {section.render()}
        </Layout.Content>
      </Layout>
    </Layout>
  )
}
