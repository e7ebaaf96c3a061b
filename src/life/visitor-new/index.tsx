import { VisitorForm } from '../../components/visitor/visitor-form'
import { useVisitorForm } from '../../components/hooks/use-visitor-form'
import { ElderView } from '../../components/common/elder-view'

/** 预约访客. */
export default function NewVisitorPage() {
  const form = useVisitorForm()
  return (
    <ElderView>
      <VisitorForm
        draft={form.draft}
        fieldErrors={form.fieldErrors}
        submitting={form.submitting}
        onChange={form.update}
        onSubmit={() => void form.submit()}
      />
    </ElderView>
  )
}
