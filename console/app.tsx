import { useCallback, useEffect, useState, type ReactNode } from 'react'
import { Button, Layout, Menu } from 'tdesign-react'
import { call, session, whenSignedOut, type ConsoleUser } from './api'
import { SignIn } from './sign-in'
import { AuditLog } from './sections/audit-log'
import { Billing } from './sections/billing'
import { Dashboard } from './sections/dashboard'
import { FeedbackQueue } from './sections/feedback'
import { LateBoard } from './sections/late-board'
import { Notices } from './sections/notices'
import { Orders } from './sections/orders'
import { People } from './sections/people'
import { Settings } from './sections/settings'
import { Units } from './sections/units'
import { VisitorLog } from './sections/visitor-log'

interface Section {
  path: string
  label: string
  render: () => ReactNode
}

/** Every section of the back office, in the order of the left navigation. */
const SECTIONS: Section[] = [
  { path: 'late', label: '超时看板', render: () => <LateBoard /> },
  { path: 'orders', label: '全部工单', render: () => <Orders /> },
  { path: 'feedback', label: '投诉建议', render: () => <FeedbackQueue /> },
  { path: 'dashboard', label: '服务看板', render: () => <Dashboard /> },
  { path: 'people', label: '人员与入住', render: () => <People /> },
  { path: 'units', label: '房屋', render: () => <Units /> },
  { path: 'billing', label: '收费', render: () => <Billing /> },
  { path: 'notices', label: '公告', render: () => <Notices /> },
  { path: 'visitors', label: '访客记录', render: () => <VisitorLog /> },
  { path: 'settings', label: '服务设置', render: () => <Settings /> },
  { path: 'audit', label: '操作日志', render: () => <AuditLog /> },
]

const sectionOf = (hash: string) => SECTIONS.find((s) => `#/${s.path}` === hash) ?? SECTIONS[0]!

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
  const signedIn = useCallback((token: string, who: ConsoleUser) => {
    session.save(token, who)
    setUser(who)
  }, [])
  if (!user) return <SignIn onSignedIn={signedIn} />
  return <BackOffice user={user} onSignOut={() => setUser(null)} />
}

function BackOffice({ user, onSignOut }: { user: ConsoleUser; onSignOut: () => void }) {
  const section = sectionOf(useHash())
  const [estate, setEstate] = useState('')
  useEffect(() => {
    void call<{ name: string }>('admin', 'getEstateProfile').then((r) => r.ok && setEstate(r.data.name))
  }, [])

  async function signOut() {
    await call('admin', 'consoleSignOut')
    session.clear()
    onSignOut()
  }

  return (
    <Layout className="ll-console">
      <Layout.Aside className="ll-console__aside" width="208px">
        <div className="ll-console__brand">邻里物业后台</div>
        <Menu value={section.path} onChange={(value) => (location.hash = `#/${String(value)}`)} width="208px">
          {SECTIONS.map((s) => (
            <Menu.MenuItem key={s.path} value={s.path}>
              {s.label}
            </Menu.MenuItem>
          ))}
        </Menu>
      </Layout.Aside>
      <Layout>
        <Layout.Header className="ll-console__header">
          <span className="ll-console__estate">{estate}</span>
          <span className="ll-console__user">{user.name}（物业管理）</span>
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
