export interface PhoneNumberButtonProps {
  /** Called with the number WeChat verified (already stored as verified on the server). */
  onVerified: (phone: string) => void
}
