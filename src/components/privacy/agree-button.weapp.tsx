import { Button } from '@tarojs/components'
import type { AgreeButtonProps } from './agree-button.types'

/**
 * WeChat records the agreement only through its own button (open-type agreePrivacyAuthorization);
 * its id is what onNeedPrivacyAuthorization's resolve names, and WeChat checks it was tapped.
 */
export function AgreeButton({ id, onAgree }: AgreeButtonProps) {
  return (
    <Button
      id={id}
      className="ll-privacy__agree"
      openType="agreePrivacyAuthorization"
      onAgreePrivacyAuthorization={onAgree}
    >
      同意并继续
    </Button>
  )
}
