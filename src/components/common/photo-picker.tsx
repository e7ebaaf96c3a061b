import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { friendlyMessage } from '../../services/errors'
import { uploadPhoto } from '../../services/photo.service'
import { choosePhotos } from '../../services/privacy/personal-info'
import { PrivacyDialog } from '../privacy/privacy-dialog'
import { PhotoGrid } from './photo-grid'
import './common.scss'

interface Props {
  value: string[]
  onChange: (fileIds: string[]) => void
  max?: number
}

/** Picks photos with the camera or album and uploads each; the value is the stored file ids. */
export function PhotoPicker({ value, onChange, max = 9 }: Props) {
  const [uploading, setUploading] = useState(false)

  async function pick() {
    const picked = await choosePhotos(max - value.length)
    if (!picked) return // the user declined the privacy guide or closed the picker
    setUploading(true)
    const ids = [...value]
    for (const file of picked) {
      const uploaded = await uploadPhoto(file.tempFilePath)
      if (!uploaded.ok) {
        void Taro.showToast({ title: friendlyMessage(uploaded.error), icon: 'none' })
        break
      }
      ids.push(uploaded.data)
    }
    setUploading(false)
    onChange(ids)
  }

  return (
    <View className="ll-photo-picker">
      <PhotoGrid fileIds={value} onRemove={(id) => onChange(value.filter((v) => v !== id))} />
      {value.length < max && (
        <View className="ll-photo-picker__add" onClick={() => !uploading && void pick()}>
          {uploading ? '上传中…' : '+ 添加照片'}
        </View>
      )}
      <PrivacyDialog />
    </View>
  )
}
