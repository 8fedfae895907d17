/** Small helpers shared by the reliability suites: a bounded worker pool, timing and the one-line report. */

/** Runs `task` over `items` with at most `limit` in flight; results keep the items' order. */
export async function mapPool<T, R>(items: T[], limit: number, task: (item: T, index: number) => Promise<R>) {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await task(items[index], index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

export function seconds(sinceMs: number): string {
  return `${((Date.now() - sinceMs) / 1000).toFixed(1)} s`
}

/** Prints the suite's one-line result table (visible in the test output, also when the suite passes). */
export function report(suite: string, cells: Record<string, string | number>): void {
  const line = Object.entries(cells)
    .map(([k, v]) => `${k}: ${v}`)
    .join(' | ')
  console.log(`[reliability] ${suite} | ${line}`)
}
