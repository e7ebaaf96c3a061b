import type { ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { Image, View } from '@tarojs/components'
import { transport } from '../../services/transport'
import './common.scss'

interface Props {
  fileIds: readonly string[]
  /** Where each photo shows from; a tile without one waits empty (its link is on the way). */
  urlOf?: (fileId: string) => string | null | undefined
  onRemove?: (fileId: string) => void
  /** A last tile in the same row, e.g. the picker's "add" tile. */
  trailing?: ReactNode
}

/** Thumbnails of stored photos; a tap opens the platform's image preview. */
export function PhotoGrid({ fileIds, urlOf = (id) => transport.photoUrl(id), onRemove, trailing }: Props) {
  const urls = fileIds.map((id) => urlOf(id) ?? '')
  const shown = urls.filter((url) => url !== '')
  return (
    <View className="ll-photos">
      {fileIds.map((id, i) => (
        <View key={id} className="ll-photos__item">
          {urls[i] ? (
            <Image
              className="ll-photos__img"
              src={urls[i]}
              mode="aspectFill"
              onClick={() => void Taro.previewImage({ urls: shown, current: urls[i]! })}
            />
          ) : (
            <View className="ll-photos__img" aria-label="照片加载中" />
          )}
          {onRemove && <View className="ll-photos__remove" aria-label="删除照片" onClick={() => onRemove(id)} />}
        </View>
      ))}
      {trailing}
    </View>
  )
}
