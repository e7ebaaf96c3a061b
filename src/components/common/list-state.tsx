import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { Button, Empty, Loading } from '@nutui/nutui-react-taro'
import { Failure, Order } from '@nutui/icons-react-taro'
import { friendlyMessage } from '../../services/errors'
import type { ClientError } from '../../services/reply'
import './common.scss'

interface Props {
  loading: boolean
  error: ClientError | null
  /** Null until the first load finishes. */
  count: number | null
  emptyText: string
  onRetry: () => void
  children: ReactNode
}

// Empty's default pictures are remote URLs, which a mini-program must whitelist: draw icons instead.

/** The loading, error and empty states every list shares; children render once there are rows. */
export function ListState({ loading, error, count, emptyText, onRetry, children }: Props) {
  if (count === null && loading) {
    return (
      <View className="ll-state">
        <Loading type="circular">加载中…</Loading>
      </View>
    )
  }
  if (count === null || (error && count === 0)) {
    return (
      <View className="ll-state">
        <Empty
          imageSize={96}
          image={<Failure size={48} color="#c8c9cc" />}
          title="加载失败"
          description={error ? friendlyMessage(error) : ''}
        />
        <Button type="primary" size="small" onClick={onRetry}>
          重试
        </Button>
      </View>
    )
  }
  if (count === 0) {
    return (
      <View className="ll-state">
        <Empty imageSize={96} image={<Order size={48} color="#c8c9cc" />} title={emptyText} />
      </View>
    )
  }
  return <>{children}</>
}
