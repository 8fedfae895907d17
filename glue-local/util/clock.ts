/**
 * Time source of glue-local's simulated Glue: the run engine's timers (job runs, crawls, STOPPING), the trigger
 * lifecycle (CREATING, ACTIVATING, …), the graph lag and every timestamp. Request latency and the
 * ConcurrentModificationException window are wire-level fault injection and stay on real time.
 */
export interface Clock {
  /** Current time, epoch milliseconds. */
  now(): number
  /** Calls `callback` once, `delayMs` (clamped to ≥ 0) after now. */
  setTimer(callback: () => void, delayMs: number): TimerHandle
  clearTimer(handle: TimerHandle): void
}

/** Opaque handle of a timer set on a Clock. */
export type TimerHandle = { readonly clockTimer: true }

/** The default clock: Date.now() and setTimeout. */
export function realClock(): Clock {
  const handles = new WeakMap<TimerHandle, NodeJS.Timeout>()
  return {
    now: () => Date.now(),
    setTimer: (callback, delayMs) => {
      const handle: TimerHandle = { clockTimer: true }
      handles.set(handle, setTimeout(callback, Math.max(0, delayMs)))
      return handle
    },
    clearTimer: (handle) => {
      const timer = handles.get(handle)
      if (timer) clearTimeout(timer)
      handles.delete(handle)
    }
  }
}

/** A clock that only moves when told to (tests): `advance(ms)` fires the timers that fall due, in order. */
export interface ManualClock extends Clock {
  /**
   * Moves time forward by `ms`, firing every timer due by then in due-time order (timers due at the same time in the
   * order they were set). Time stands at each timer's due time while it runs, so timers it sets are fired too when they
   * fall due within the window. Returns the number of timers fired.
   */
  advance(ms: number): number
  /** Fires every pending timer (and the timers they set), moving time to the last one; throws after `limit` timers. */
  runAll(limit?: number): number
  /** Number of timers set and not yet fired or cleared. */
  pending(): number
  /** Milliseconds until the next timer is due, or undefined when none is pending. */
  nextDueIn(): number | undefined
}

interface ManualTimer {
  handle: TimerHandle
  dueAt: number
  seq: number
  callback: () => void
}

/** A manual clock starting at `start` (epoch ms; default: the real time when it is created). */
export function manualClock(options: { start?: number } = {}): ManualClock {
  let current = options.start ?? Date.now()
  let seq = 0
  const timers: ManualTimer[] = []

  const nextDue = (): ManualTimer | undefined => {
    let next: ManualTimer | undefined
    for (const timer of timers) {
      if (!next || timer.dueAt < next.dueAt || (timer.dueAt === next.dueAt && timer.seq < next.seq)) next = timer
    }
    return next
  }

  const fire = (timer: ManualTimer): void => {
    timers.splice(timers.indexOf(timer), 1)
    current = Math.max(current, timer.dueAt)
    timer.callback()
  }

  return {
    now: () => current,
    setTimer: (callback, delayMs) => {
      const handle: TimerHandle = { clockTimer: true }
      timers.push({ handle, dueAt: current + Math.max(0, delayMs), seq: seq++, callback })
      return handle
    },
    clearTimer: (handle) => {
      const index = timers.findIndex((timer) => timer.handle === handle)
      if (index >= 0) timers.splice(index, 1)
    },
    advance: (ms) => {
      if (!Number.isFinite(ms) || ms < 0) throw new Error(`advance(ms) needs a finite ms >= 0, got ${ms}`)
      const target = current + ms
      let fired = 0
      for (let next = nextDue(); next && next.dueAt <= target; next = nextDue()) {
        fire(next)
        fired++
      }
      current = target
      return fired
    },
    runAll: (limit = 10_000) => {
      let fired = 0
      for (let next = nextDue(); next; next = nextDue()) {
        if (fired >= limit) throw new Error(`runAll: more than ${limit} timers fired (a timer loop?)`)
        fire(next)
        fired++
      }
      return fired
    },
    pending: () => timers.length,
    nextDueIn: () => {
      const next = nextDue()
      return next ? Math.max(0, next.dueAt - current) : undefined
    }
  }
}
