/**
 * Cancellation of the GitHub job: the runner sends SIGINT, then SIGTERM 7.5 s later, then kills the process tree
 * 2.5 s after that; some runners send SIGHUP instead (actions/runner #1309). The handler runs once, on the first of
 * these; later signals are swallowed so that they cannot cut the stop short.
 */
export const CANCEL_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
export type CancelSignal = (typeof CANCEL_SIGNALS)[number]

/** Time the handler gives the Glue calls before the step exits: well inside the 7.5 s before SIGTERM. */
export const STOP_BUDGET_MS = 6000

type SignalTarget = Pick<NodeJS.Process, 'on' | 'off'>

/** Installs the handler on every cancel signal; returns a function that removes it. */
export function onCancelSignal(handler: (signal: CancelSignal) => void, target: SignalTarget = process): () => void {
  let handled = false
  const listener = (signal: NodeJS.Signals): void => {
    if (handled) return
    handled = true
    handler(signal as CancelSignal)
  }
  for (const signal of CANCEL_SIGNALS) target.on(signal, listener)
  return () => {
    for (const signal of CANCEL_SIGNALS) target.off(signal, listener)
  }
}
