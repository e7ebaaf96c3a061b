import { OpenIncidents } from '../../components/repair/open-incidents'
import { RepairForm } from '../../components/repair/repair-form'
import { useRepairForm } from '../../components/hooks/use-repair-form'
import { ElderView } from '../../components/common/elder-view'

/** 新建报修. */
export default function NewRepairPage() {
  const form = useRepairForm()
  return (
    <ElderView>
      <OpenIncidents />
      <RepairForm
        draft={form.draft}
        fieldErrors={form.fieldErrors}
        submitting={form.submitting}
        onChange={form.update}
        onToggleSlot={form.toggleSlot}
        onSubmit={() => void form.submit()}
      />
    </ElderView>
  )
}
