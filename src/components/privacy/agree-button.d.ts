import type { AgreeButtonProps } from './agree-button.types'

/** Resolved per platform: agree-button.weapp.tsx (WeChat's agreePrivacyAuthorization button) or agree-button.h5.tsx. */
export declare function AgreeButton(props: AgreeButtonProps): JSX.Element
