import type { PhoneNumberButtonProps } from './phone-number-button.types'

/** Resolved per platform: WeChat's getPhoneNumber button, or the browser's simulated one. */
export declare function PhoneNumberButton(props: PhoneNumberButtonProps): JSX.Element
