/** One WeChat subscribe message, with its values already shaped to their types' rules. */
export interface SubscribeMessage {
  toOpenid: string
  templateId: string
  page: string
  data: Record<string, { value: string }>
}
