import { formatLocal, type IsoTime } from '../shared/time'
import { entriesLeft } from './pass-views'
import type { VisitorPass } from './visitor-pass'

/** The household's "your visitor has arrived" message for an admission at `at`. */
export function arrivalNotice(pass: VisitorPass, at: IsoTime): { title: string; body: string } {
  const left = entriesLeft(pass)
  const body =
    `您预约的访客${pass.visitorName}已于 ${formatLocal(at, 'M月D日 HH:mm')} 进入小区` +
    (left > 0 ? `，通行证还可使用 ${left} 次。` : '。')
  return { title: '访客已到达', body }
}
