/** Small statistics and formatting helpers for the demo and the benchmarks. Pure. */

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

export function minMax(values: number[]): { min: number; max: number } {
  return { min: Math.min(...values), max: Math.max(...values) }
}

/** "842 ms", "1.24 s", "3 min 10 s". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a'
  if (ms < 1) return `${ms.toFixed(3)} ms`
  if (ms < 10) return `${ms.toFixed(1)} ms`
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`
  const minutes = Math.floor(ms / 60_000)
  return `${minutes} min ${Math.round((ms - minutes * 60_000) / 1000)} s`
}

/** "12.3×" (how many times `slow` takes longer than `fast`). */
export function formatRatio(slow: number, fast: number): string {
  if (!Number.isFinite(slow) || !Number.isFinite(fast) || fast <= 0) return 'n/a'
  const ratio = slow / fast
  return `${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1)}×`
}

/** "BatchGetJobs 1, GetWorkflow 1" in a stable order (by count, then name). */
export function formatCounts(counts: Record<string, number>): string {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  return entries.length === 0 ? '–' : entries.map(([name, n]) => `${name} ${n}`).join(', ')
}

/** The per-operation counts that every run of a scenario had; "varies" details when the runs differ. */
export function sameCounts(runs: Record<string, number>[]): Record<string, number> | undefined {
  const first = JSON.stringify(sortedCounts(runs[0] ?? {}))
  return runs.every((r) => JSON.stringify(sortedCounts(r)) === first) ? (runs[0] ?? {}) : undefined
}

function sortedCounts(counts: Record<string, number>): [string, number][] {
  return Object.entries(counts).sort((a, b) => a[0].localeCompare(b[0]))
}
