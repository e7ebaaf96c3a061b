/** What happens at one instant of simulated time. */
export interface SimEvent {
  at: number
  run(): Promise<void>
}

/** A binary min-heap of events by time; ties run in the order they were scheduled, so runs replay exactly. */
export class EventQueue {
  private readonly heap: { at: number; seq: number; event: SimEvent }[] = []
  private seq = 0

  get size(): number {
    return this.heap.length
  }

  push(event: SimEvent): void {
    const heap = this.heap
    heap.push({ at: event.at, seq: this.seq++, event })
    let i = heap.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.before(i, parent)) break
      ;[heap[i], heap[parent]] = [heap[parent]!, heap[i]!]
      i = parent
    }
  }

  peekTime(): number | null {
    return this.heap[0]?.at ?? null
  }

  pop(): SimEvent | null {
    const heap = this.heap
    const top = heap[0]
    if (!top) return null
    const last = heap.pop()!
    if (heap.length > 0) {
      heap[0] = last
      let i = 0
      for (;;) {
        const left = 2 * i + 1
        const right = left + 1
        let smallest = i
        if (left < heap.length && this.before(left, smallest)) smallest = left
        if (right < heap.length && this.before(right, smallest)) smallest = right
        if (smallest === i) break
        ;[heap[i], heap[smallest]] = [heap[smallest]!, heap[i]!]
        i = smallest
      }
    }
    return top.event
  }

  private before(a: number, b: number): boolean {
    const x = this.heap[a]!
    const y = this.heap[b]!
    return x.at < y.at || (x.at === y.at && x.seq < y.seq)
  }
}
