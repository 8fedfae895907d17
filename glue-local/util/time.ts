/** Converts epoch milliseconds to the AWS JSON timestamp format: epoch seconds as a number with fractional ms. */
export function toEpochSeconds(epochMs: number): number {
  return Math.round(epochMs) / 1000
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
