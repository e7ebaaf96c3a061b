import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { sharedPassUrl } from '../../services/routes'

/** Browser: there is no chat to share to, so the visitor's link goes to the clipboard. */
export function ShareButton({ token }: { token: string }) {
  const copy = () =>
    void Taro.setClipboardData({ data: `${window.location.origin}/#${sharedPassUrl(token)}` }).then(() =>
      Taro.showToast({ title: '链接已复制', icon: 'success' }),
    )
  return (
    <Button className="ll-share" type="primary" onClick={copy}>
      复制访客链接
    </Button>
  )
}
