import { useState } from 'react'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button, Dialog } from '@nutui/nutui-react-taro'
import { ListState } from '../../components/common/list-state'
import { usePageRefresh } from '../../components/hooks/use-page-refresh'
import { useRemote } from '../../components/hooks/use-remote'
import { PassTicket } from '../../components/visitor/pass-ticket'
import { ShareButton } from '../../components/visitor/share-button'
import { friendlyMessage } from '../../services/errors'
import { sharedPassUrl } from '../../services/routes'
import { visitorService } from '../../services/visitor.service'
import { ElderView } from '../../components/common/elder-view'
import '../../components/common/common.scss'

/** 访客通行证 for the household: the codes, sharing them with the visitor, and revoking. */
export default function VisitorPassPage() {
  const id = useRouter().params.id ?? ''
  const pass = useRemote(() => visitorService.get(id))
  const [confirming, setConfirming] = useState(false)
  usePageRefresh(pass.reload)

  // The share button shows only once the pass is loaded; without it WeChat shares this page as is.
  useShareAppMessage(() =>
    pass.data
      ? { title: `${pass.data.residentName}邀请您到访`, path: sharedPassUrl(pass.data.token) }
      : { title: '访客通行证' },
  )

  async function revoke() {
    setConfirming(false)
    const revoked = await visitorService.revoke(id)
    if (!revoked.ok)
      return void Taro.showToast({
        title: friendlyMessage(revoked.error, { INVALID_TRANSITION: '通行证已失效，无需作废' }),
        icon: 'none',
      })
    pass.replace(revoked.data)
    void Taro.showToast({ title: '已作废', icon: 'success' })
  }

  const current = pass.data
  const revocable = current?.state === 'valid' || current?.state === 'not_yet_valid'
  return (
    <ElderView>
      <ListState
        loading={pass.loading}
        error={pass.error}
        count={current ? 1 : null}
        emptyText=""
        onRetry={() => void pass.reload()}
      >
        {current && (
          <View>
            <PassTicket pass={current} />
            {revocable && (
              <View className="ll-actions">
                <Button className="ll-revoke" onClick={() => setConfirming(true)}>
                  作废
                </Button>
                <ShareButton token={current.token} />
              </View>
            )}
            <Dialog
              visible={confirming}
              title="作废通行证"
              content="作废后访客将无法凭此证进入小区。"
              confirmText="作废"
              cancelText="再想想"
              onConfirm={() => void revoke()}
              onCancel={() => setConfirming(false)}
              onClose={() => setConfirming(false)}
            />
          </View>
        )}
      </ListState>
    </ElderView>
  )
}
