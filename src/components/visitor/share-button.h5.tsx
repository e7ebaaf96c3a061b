import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { copyText } from '../../services/privacy/personal-info'
import { sharedPassUrl } from '../../services/routes'
import { PrivacyDialog } from '../privacy/privacy-dialog'

/** Browser: there is no chat to share to, so the visitor's link goes to the clipboard. */
export function ShareButton({ token }: { token: string }) {
  const copy = () =>
    void copyText(`${window.location.origin}/#${sharedPassUrl(token)}`).then((copied) => {
      if (copied) void Taro.showToast({ title: '链接已复制', icon: 'success' })
    })
  return (
    <>
      <Button className="ll-share" type="primary" onClick={copy}>
        复制访客链接
      </Button>
      <PrivacyDialog />
    </>
  )
}
