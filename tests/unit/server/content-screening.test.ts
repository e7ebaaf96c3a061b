import { FUNCTIONS } from '@server/functions'
import { PHOTO_VIEWS, SCREENED_ACTIONS } from '@server/screening/screening.policy'

const actionOf = (qualified: string) => {
  const [fn, name] = qualified.split('.') as [string, string]
  return FUNCTIONS[fn]?.actions[name]
}
const fieldsOf = (qualified: string) => Object.keys((actionOf(qualified)?.input as { shape?: object }).shape ?? {})

describe('the content-screening policy', () => {
  it.each(Object.keys(SCREENED_ACTIONS))('%s is a real action whose input has every screened field', (qualified) => {
    expect(actionOf(qualified)).toBeDefined()
    const policy = SCREENED_ACTIONS[qualified]!
    for (const field of [...policy.text, ...(policy.photos ?? [])]) expect(fieldsOf(qualified)).toContain(field)
  })

  it.each([...PHOTO_VIEWS])('%s (a view that filters held photos) is a real action', (qualified) => {
    expect(actionOf(qualified)).toBeDefined()
  })

  it('covers every free-text field residents write that staff or neighbours read', () => {
    // The list: repair description, notices, visitor names, feedback descriptions and replies, survey text.
    for (const [qualified, field] of [
      ['repair.create', 'description'],
      ['inbox.announce', 'body'],
      ['visitor.create', 'visitorName'],
      ['feedback.create', 'description'],
      ['feedback.reply', 'message'],
      ['feedback.surveyAnswer', 'answers'],
    ] as const) {
      expect(SCREENED_ACTIONS[qualified]?.text).toContain(field)
    }
  })
})
