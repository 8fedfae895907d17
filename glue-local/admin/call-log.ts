export type CallOutcome = 'ok' | 'error' | 'fault'

export interface CallRecord {
  seq: number
  time: string
  service: 'glue' | 'sts'
  operation: string
  write: boolean
  outcome: CallOutcome
  /** HTTP status sent (undefined for a dropped connection). */
  status?: number
  /** Error name for outcome error/fault (e.g. EntityNotFoundException, ThrottlingException). */
  error?: string
  /** Injected fault: throttle, internal-error, drop-connection or conflict (ConcurrentModificationException). */
  fault?: string
  latencyMs: number
  requestId: string
}

export interface CallSummary {
  total: number
  writes: number
  errors: number
  faults: number
  byOperation: Record<string, number>
  calls: CallRecord[]
}

/** Ordered log of Glue/STS calls (admin routes are not logged). */
export class CallLog {
  private records: CallRecord[] = []
  private seq = 0

  add(record: Omit<CallRecord, 'seq' | 'time'>): CallRecord {
    const full = { seq: ++this.seq, time: new Date().toISOString(), ...record }
    this.records.push(full)
    return full
  }

  clear(): void {
    this.records = []
    this.seq = 0
  }

  summary(): CallSummary {
    const byOperation: Record<string, number> = {}
    for (const record of this.records) byOperation[record.operation] = (byOperation[record.operation] ?? 0) + 1
    return {
      total: this.records.length,
      writes: this.records.filter((r) => r.write).length,
      errors: this.records.filter((r) => r.outcome === 'error').length,
      faults: this.records.filter((r) => r.outcome === 'fault').length,
      byOperation,
      calls: this.records.map((r) => ({ ...r }))
    }
  }
}
