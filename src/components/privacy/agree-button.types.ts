export interface AgreeButtonProps {
  id: string
  onAgree: () => void
}
