import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { DEV_USERS } from '../../services/dev-users'
import './sign-in.scss'

/** Local host only: pick one of the seed users to act as. WeChat signs people in by itself. */
export function DevSignIn({ onPick, disabled }: { onPick: (openid: string) => void; disabled: boolean }) {
  return (
    <View className="ll-sign-in">
      <View className="ll-sign-in__title">邻里 · 开发登录</View>
      <View className="ll-sign-in__hint">本地演示环境：选择一个演示账号进入</View>
      {DEV_USERS.map((group) => (
        <CellGroup key={group.role} title={group.label}>
          {group.users.map((user) => (
            <Cell
              key={user.openid}
              className={`ll-sign-in__user ll-sign-in__user--${user.openid}`}
              title={user.name}
              description={user.unitId ? `${user.unitId} · ${user.openid}` : user.openid}
              extra="进入 ›"
              clickable
              onClick={() => !disabled && onPick(user.openid)}
            />
          ))}
        </CellGroup>
      ))}
      <CellGroup title="新用户">
        <Cell
          className="ll-sign-in__user ll-sign-in__user--new"
          title="未绑定的新微信用户"
          description="用邀请码绑定房屋，或提交入住申请"
          extra="进入 ›"
          clickable
          // A fresh openid each time, as a stranger opening the mini-program would have.
          onClick={() => !disabled && onPick(`wx-${Date.now().toString(36)}`)}
        />
      </CellGroup>
    </View>
  )
}
