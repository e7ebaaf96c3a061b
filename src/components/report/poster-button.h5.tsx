import { useState } from 'react'
import { Image, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { PublishedReport } from '@core/report/report.schemas'
import { drawPoster, POSTER_HEIGHT, POSTER_WIDTH } from './poster-draw'
import './report.scss'

/** Browser: the same drawing on an HTML canvas, shown as a PNG the manager downloads or prints. */
export function PosterButton({ published, estateName }: { published: PublishedReport; estateName: string }) {
  const [png, setPng] = useState<string | null>(null)

  function draw() {
    const canvas = document.createElement('canvas')
    canvas.width = POSTER_WIDTH
    canvas.height = POSTER_HEIGHT
    const ctx = canvas.getContext('2d')
    if (!ctx) return
    drawPoster(ctx, published, estateName)
    setPng(canvas.toDataURL('image/png'))
  }

  function download() {
    if (!png) return
    const link = document.createElement('a')
    link.href = png
    link.download = `服务报告_${published.id}.png`
    link.click()
  }

  return (
    <View className="ll-poster">
      {png ? (
        <>
          <Image className="ll-poster__image" src={png} mode="widthFix" />
          <Button type="primary" block onClick={download}>
            下载海报
          </Button>
        </>
      ) : (
        <Button className="ll-poster__make" block onClick={draw}>
          生成海报
        </Button>
      )}
    </View>
  )
}
