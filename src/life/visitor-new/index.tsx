import { VisitorForm } from '../../components/visitor/visitor-form'
import { useVisitorForm } from '../../components/hooks/use-visitor-form'

/** 预约访客. */
export default function NewVisitorPage() {
  const form = useVisitorForm()
  return (
    <VisitorForm
      draft={form.draft}
      fieldErrors={form.fieldErrors}
      submitting={form.submitting}
      onChange={form.update}
      onSubmit={() => void form.submit()}
    />
  )
}
