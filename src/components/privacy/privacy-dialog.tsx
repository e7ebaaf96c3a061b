import { useLayoutEffect, useRef, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { privacyConsent } from '../../services/privacy/privacy-consent'
import { mountPromptHost } from '../../services/privacy/privacy-gate'
import { PRIVACY_GUIDE_ITEMS } from '../../services/privacy/privacy-guide'
import { AgreeButton } from './agree-button'
import './privacy.scss'

/**
 * The app's privacy dialog (用户隐私保护指引), shown only when a personal-information call needs
 * it, never at launch. Render it on every page that can make such a call; the services layer
 * (services/privacy/personal-info.ts) asks it and waits for the answer.
 */
export function PrivacyDialog() {
  const [open, setOpen] = useState(false)
  const answer = useRef<((agreed: boolean) => void) | null>(null)

  // Registered during the commit, before the page shows: a tap can never reach a page whose dialog is not yet there.
  useLayoutEffect(
    () =>
      mountPromptHost((respond) => {
        answer.current = respond
        setOpen(true)
      }),
    [],
  )

  const close = (agreed: boolean) => {
    setOpen(false)
    answer.current?.(agreed)
    answer.current = null
  }

  if (!open) return null
  return (
    <View className="ll-privacy" catchMove>
      <View className="ll-privacy__sheet" role="dialog" aria-label="用户隐私保护指引">
        <View className="ll-privacy__title">用户隐私保护指引</View>
        <View className="ll-privacy__lead">
          为了提供报修、访客通行和物业服务，邻里需要在您使用以下功能时处理相关信息：
        </View>
        {PRIVACY_GUIDE_ITEMS.map((item) => (
          <View key={item.key} className="ll-privacy__item">
            <Text className="ll-privacy__item-name">{item.name}</Text>
            <Text className="ll-privacy__item-why">{item.purpose}</Text>
          </View>
        ))}
        <View className="ll-privacy__lead">您可以随时在「我的 › 个人信息」中查看、导出或删除您的信息。</View>
        <Button className="ll-privacy__decline" onClick={() => close(false)}>
          暂不同意
        </Button>
        <AgreeButton id={privacyConsent.agreeButtonId} onAgree={() => close(true)} />
      </View>
    </View>
  )
}
