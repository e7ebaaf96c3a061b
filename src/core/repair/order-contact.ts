/** Who the caller can phone about an order, as the contact bar shows it. */
export interface OrderContact {
  /** worker: the resident calls whoever holds the job; resident: the worker calls the household; desk: nobody holds it yet. */
  kind: 'worker' | 'resident' | 'desk'
  /** 李师傅, 王女士, 物业服务中心. */
  name: string
  /** The number to dial; empty when none is on file. */
  phone: string
}
