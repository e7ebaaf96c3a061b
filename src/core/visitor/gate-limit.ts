/** Unknown codes a guard may check per (fixed) window before the gate refuses to look codes up. */
export const GATE_CHECK_LIMIT = { failures: 30, windowMinutes: 10 } as const
