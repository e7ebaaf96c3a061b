import { cloudbaseMain, cloudbaseRuntime } from '../../src/server/cloudbase/cloudbase.runtime'
import { contentCheckFunction, receiveMediaCheckEvent } from '../../src/server/content/content-check.function'

const handleCall = cloudbaseMain(contentCheckFunction)

// WeChat's message push (configured to this function) delivers `wxa_media_check` verdicts; the
// managers' review actions come from the mini-program like any other call.
export const main = async (event: unknown, context: unknown): Promise<unknown> =>
  (event as { Event?: unknown } | null)?.Event === 'wxa_media_check'
    ? { result: await receiveMediaCheckEvent(event, cloudbaseRuntime()) }
    : handleCall(event, context)
