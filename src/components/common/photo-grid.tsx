import type { ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { Image, View } from '@tarojs/components'
import { transport } from '../../services/transport'
import './common.scss'

interface Props {
  fileIds: readonly string[]
  onRemove?: (fileId: string) => void
  /** A last tile in the same row, e.g. the picker's "add" tile. */
  trailing?: ReactNode
}

/** Thumbnails of stored photos; a tap opens the platform's image preview. */
export function PhotoGrid({ fileIds, onRemove, trailing }: Props) {
  const urls = fileIds.map((id) => transport.photoUrl(id))
  return (
    <View className="ll-photos">
      {fileIds.map((id, i) => (
        <View key={id} className="ll-photos__item">
          <Image
            className="ll-photos__img"
            src={urls[i]!}
            mode="aspectFill"
            onClick={() => void Taro.previewImage({ urls, current: urls[i]! })}
          />
          {onRemove && <View className="ll-photos__remove" aria-label="删除照片" onClick={() => onRemove(id)} />}
        </View>
      ))}
      {trailing}
    </View>
  )
}
