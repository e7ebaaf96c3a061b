import { Button } from '@tarojs/components'
import type { AgreeButtonProps } from './agree-button.types'

/** The browser has no platform record of the agreement; the choice is stored by privacy-consent.h5.ts. */
export function AgreeButton({ id, onAgree }: AgreeButtonProps) {
  return (
    <Button id={id} className="ll-privacy__agree" onClick={onAgree}>
      同意并继续
    </Button>
  )
}
