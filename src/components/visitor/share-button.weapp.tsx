import { Button } from '@tarojs/components'
import './visitor.scss'

/** WeChat: opens the chat picker; the page's onShareAppMessage supplies the link to the visitor's page. */
export function ShareButton(_props: { token: string }) {
  return (
    <Button className="ll-share-native" openType="share">
      分享给访客
    </Button>
  )
}
