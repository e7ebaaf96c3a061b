import { useState } from 'react'
import { Dialog, TextArea } from '@nutui/nutui-react-taro'
import { DESCRIPTION_MAX } from '@core/repair/repair.schemas'

interface Props {
  visible: boolean
  title: string
  placeholder: string
  confirmText: string
  onConfirm: (text: string) => void
  onClose: () => void
}

/** Asks for a short text (a reopen reason, a cancel note) before an action. */
export function ReasonDialog({ visible, title, placeholder, confirmText, onConfirm, onClose }: Props) {
  const [text, setText] = useState('')
  return (
    <Dialog
      visible={visible}
      title={title}
      confirmText={confirmText}
      cancelText="再想想"
      onConfirm={() => onConfirm(text)}
      onCancel={onClose}
      onClose={onClose}
    >
      <TextArea
        className="ll-reason"
        value={text}
        onChange={setText}
        placeholder={placeholder}
        maxLength={DESCRIPTION_MAX}
        showCount
      />
    </Dialog>
  )
}
