import { useRouter } from '@tarojs/taro'
import { ListState } from '../../components/common/list-state'
import { usePageRefresh } from '../../components/hooks/use-page-refresh'
import { useRemote } from '../../components/hooks/use-remote'
import { PassTicket } from '../../components/visitor/pass-ticket'
import { visitorService } from '../../services/visitor.service'

/** The pass a resident shared, as the visitor opens it from the chat: show it at the gate. */
export default function SharedPassPage() {
  const token = useRouter().params.token ?? ''
  const pass = useRemote(() => visitorService.shared(token))
  usePageRefresh(pass.reload)
  return (
    <ListState
      loading={pass.loading}
      error={pass.error}
      count={pass.data ? 1 : null}
      emptyText=""
      onRetry={() => void pass.reload()}
    >
      {pass.data && <PassTicket pass={pass.data} />}
    </ListState>
  )
}
