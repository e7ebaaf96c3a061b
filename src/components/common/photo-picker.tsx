import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { friendlyMessage } from '../../services/errors'
import { uploadPhoto } from '../../services/photo.service'
import { choosePhotos } from '../../services/privacy/personal-info'
import { transport } from '../../services/transport'
import { PrivacyDialog } from '../privacy/privacy-dialog'
import { PhotoGrid } from './photo-grid'
import './common.scss'

const NOT_AN_IMAGE = '只能上传照片（JPG、PNG、GIF 或 WebP，10 MB 以内）'

interface Props {
  value: string[]
  onChange: (fileIds: string[]) => void
  max?: number
}

/** Picks photos with the camera or album and uploads each; the value is the stored file ids. */
export function PhotoPicker({ value, onChange, max = 9 }: Props) {
  const [uploading, setUploading] = useState(false)
  // Stays under the tiles until the next pick: a toast is easy to miss.
  const [error, setError] = useState<string | null>(null)
  // The picked files on this device: WeChat clients may not read storage back, so tiles show these.
  const [onDevice, setOnDevice] = useState<ReadonlyMap<string, string>>(new Map())

  async function pick() {
    let picked: Taro.chooseMedia.ChooseMedia[] | null
    try {
      picked = await choosePhotos(max - value.length)
    } catch (e) {
      // Closing the picker is not an error; anything else (a refused file) is said out loud.
      const message = (e as { errMsg?: string } | null)?.errMsg ?? ''
      setError(/cancel/.test(message) ? null : NOT_AN_IMAGE)
      return
    }
    if (!picked) return // the privacy guide was declined
    // The browser's picker drops a file it cannot read as an image and reports success with none.
    if (picked.length === 0) return setError(NOT_AN_IMAGE)
    setError(null)
    setUploading(true)
    const ids = [...value]
    const paths = new Map(onDevice)
    for (const file of picked) {
      // WeChat says 'image'; the browser gives the MIME type ('image/png').
      if (file.fileType && !file.fileType.startsWith('image')) {
        setError(NOT_AN_IMAGE)
        break
      }
      const uploaded = await uploadPhoto(file.tempFilePath)
      if (!uploaded.ok) {
        setError(uploaded.error.code === 'VALIDATION_FAILED' ? NOT_AN_IMAGE : friendlyMessage(uploaded.error))
        break
      }
      ids.push(uploaded.data)
      paths.set(uploaded.data, file.tempFilePath)
    }
    setOnDevice(paths)
    setUploading(false)
    onChange(ids)
  }

  return (
    <View className="ll-photo-picker">
      <PhotoGrid
        fileIds={value}
        urlOf={(id) => transport.photoUrl(id) ?? onDevice.get(id)}
        onRemove={(id) => onChange(value.filter((v) => v !== id))}
        trailing={
          value.length < max && (
            <View className="ll-photo-picker__add" onClick={() => !uploading && void pick()}>
              {uploading ? '上传中…' : '+ 添加照片'}
            </View>
          )
        }
      />
      {error && <View className="ll-error-text ll-photo-picker__error">{error}</View>}
      <PrivacyDialog />
    </View>
  )
}
