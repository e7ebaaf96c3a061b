import Taro from '@tarojs/taro'
import { Canvas, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { PublishedReport } from '@core/report/report.schemas'
import { savePhotoToAlbum } from '../../services/privacy/personal-info'
import { PrivacyDialog } from '../privacy/privacy-dialog'
import { drawPoster, POSTER_HEIGHT, POSTER_WIDTH, type PosterContext } from './poster-draw'
import './report.scss'

const CANVAS_ID = 'll-poster-canvas'

interface CanvasNode {
  width: number
  height: number
  getContext(kind: '2d'): PosterContext & { scale(x: number, y: number): void }
}

const canvasNode = () =>
  new Promise<CanvasNode | null>((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${CANVAS_ID}`)
      .fields({ node: true, size: true })
      .exec((res: { node?: CanvasNode }[]) => resolve(res[0]?.node ?? null))
  })

/** WeChat: draws on a canvas 2D node kept off screen, then saves the picture to the photo album. */
export function PosterButton({ published, estateName }: { published: PublishedReport; estateName: string }) {
  async function save() {
    const canvas = await canvasNode()
    if (!canvas) return void Taro.showToast({ title: '海报生成失败，请重试', icon: 'none' })
    const ratio = Taro.getWindowInfo().pixelRatio
    canvas.width = POSTER_WIDTH * ratio
    canvas.height = POSTER_HEIGHT * ratio
    const ctx = canvas.getContext('2d')
    ctx.scale(ratio, ratio)
    drawPoster(ctx, published, estateName)
    try {
      // The canvas node is what canvas 2D hands over; the typings only know the legacy canvas id.
      const { tempFilePath } = await Taro.canvasToTempFilePath({
        canvas,
      } as unknown as Taro.canvasToTempFilePath.Option)
      if (!(await savePhotoToAlbum(tempFilePath))) throw new Error('not saved')
      void Taro.showToast({ title: '海报已保存到相册', icon: 'success' })
    } catch {
      void Taro.showToast({ title: '未能保存，请允许访问相册后重试', icon: 'none' })
    }
  }

  return (
    <View className="ll-poster">
      <Canvas
        type="2d"
        id={CANVAS_ID}
        className="ll-poster__canvas"
        style={{ width: `${POSTER_WIDTH}px`, height: `${POSTER_HEIGHT}px` }}
      />
      <Button className="ll-poster__make" block onClick={() => void save()}>
        保存海报到相册
      </Button>
      <PrivacyDialog />
    </View>
  )
}
