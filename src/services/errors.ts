import type { ClientError, ClientErrorCode } from './reply'

/** The one place error codes become words people read. */
const MESSAGES: Record<ClientErrorCode, string> = {
  UNAUTHENTICATED: '登录已失效，请重新登录',
  FORBIDDEN: '您没有权限进行此操作',
  VALIDATION_FAILED: '填写的内容有误，请检查后再提交',
  NOT_FOUND: '内容不存在或已被删除',
  INVALID_TRANSITION: '工单状态已变化，请刷新后再试',
  CONFLICT: '操作冲突，请刷新后再试',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  INTERNAL: '服务开小差了，请稍后再试',
  PAYMENT_AMOUNT_MISMATCH: '支付金额与账单不符，请联系物业',
  CONTENT_REJECTED: '内容含有不适宜公开的信息，请修改后再提交',
  NETWORK: '网络不给力，请检查网络后重试',
}

const HAS_CHINESE = /[\u4e00-\u9fff]/

/** The first field message meant for people (core schemas write them in Chinese). */
function firstFieldMessage(error: ClientError): string | undefined {
  const messages = Object.values(error.fieldErrors ?? {}).flat()
  return messages.find((m) => HAS_CHINESE.test(m))
}

/**
 * A friendly Chinese message for `error`. `overrides` lets a screen say what a code means there
 * (a CONFLICT on grabbing a job means someone else took it).
 */
export function friendlyMessage(error: ClientError, overrides: Partial<Record<ClientErrorCode, string>> = {}): string {
  const override = overrides[error.code]
  if (override) return override
  if (error.code === 'VALIDATION_FAILED' || error.code === 'CONTENT_REJECTED')
    return firstFieldMessage(error) ?? MESSAGES[error.code]
  return MESSAGES[error.code] ?? MESSAGES.INTERNAL
}
