import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import type { EstateListing, Membership } from '@core/estate/company.schemas'
import { useAction } from '../billing/use-action'
import { ListState } from '../common/list-state'
import { useRemote } from '../hooks/use-remote'
import { ROLE_LABEL } from '../repair/labels'
import { onboardingService } from '../../services/estate.service'
import { goHome, session } from '../../services/session.service'

const estateName = (estate: EstateListing) => (estate.city ? `${estate.city} · ${estate.name}` : estate.name)

const whatTheyHold = (m: Membership) => (m.unitId ? `${m.unitId} 室` : ROLE_LABEL[m.role])

/**
 * 我的房屋: the estates where the user holds a household or a job. Tapping another one acts there
 * from now on (after a confirmation); 添加其他小区的房屋 opens an estate they do not belong to yet,
 * where they join with an invite code or apply, as on first use. On the welcome page (`returnOnly`)
 * it is only the way back to their households, and absent for someone who has none.
 */
export function Households({ returnOnly = false }: { returnOnly?: boolean }) {
  const memberships = useRemote(() => onboardingService.memberships())
  const estates = useRemote(() => onboardingService.estates())
  const [adding, setAdding] = useState(false)
  const action = useAction()
  const { reload } = memberships
  useEffect(() => void reload(), [reload])

  async function enter(estate: EstateListing, content: string) {
    const { confirm } = await Taro.showModal({ title: `切换到${estate.name}`, content, confirmText: '切换' })
    if (!confirm) return
    const profile = await action.run(() => onboardingService.switchEstate(estate.id), null)
    if (!profile) return
    session.forget()
    goHome(profile.role, true)
  }

  function add() {
    setAdding(true)
    void estates.reload()
  }

  const mine = memberships.data?.items ?? []
  const others = (estates.data?.items ?? []).filter((e) => !mine.some((m) => m.id === e.id))
  if (returnOnly && mine.length === 0) return null
  return (
    <CellGroup title={returnOnly ? '回到我的房屋' : '我的房屋'} className="ll-households">
      <ListState
        loading={memberships.loading}
        error={memberships.error}
        count={memberships.data ? mine.length : null}
        emptyText="还没有绑定房屋"
        onRetry={() => void reload()}
      >
        {mine.map((m) => (
          <Cell
            key={m.id}
            className={`ll-households__item${m.current ? ' ll-households__item--current' : ''}`}
            title={estateName(m)}
            description={whatTheyHold(m)}
            extra={m.current ? '当前' : '切换 ›'}
            clickable={!m.current && !action.busy}
            onClick={() => !m.current && void enter(m, `之后的报修、缴费和访客都将在${m.name}办理。`)}
          />
        ))}
      </ListState>
      {!returnOnly && !adding && (
        <Cell className="ll-households__add" title="添加其他小区的房屋" extra="›" clickable onClick={add} />
      )}
      {adding && (
        <View className="ll-households__estates">
          <ListState
            loading={estates.loading}
            error={estates.error}
            count={estates.data ? others.length : null}
            emptyText="没有其他可加入的小区"
            onRetry={() => void estates.reload()}
          >
            {others.map((e) => (
              <Cell
                key={e.id}
                className="ll-households__estate"
                title={estateName(e)}
                extra="前往 ›"
                clickable={!action.busy}
                onClick={() =>
                  void enter(e, '到该小区后，用物业给您的邀请码绑定房屋或申请入住；原来的房屋仍可在「我的」切换回去。')
                }
              />
            ))}
          </ListState>
        </View>
      )}
    </CellGroup>
  )
}
