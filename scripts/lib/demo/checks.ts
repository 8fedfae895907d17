/** The demo's checks: each one says what should have happened, whether it did, and the figure that shows it. */
import type { CallCount } from '../glueCalls.js'
import { bold, green, red, say } from './display.js'

export interface Check {
  pass: string
  what: string
  ok: boolean
  figure: string
}

export class Checks {
  readonly all: Check[] = []

  add(pass: string, what: string, ok: boolean, figure: string): boolean {
    this.all.push({ pass, what, ok, figure })
    return ok
  }

  get passed(): boolean {
    return this.all.length > 0 && this.all.every((c) => c.ok)
  }

  /** One screen: one line per check, grouped by pass. */
  printRecap(): void {
    let pass = ''
    const width = Math.max(...this.all.map((c) => c.what.length))
    for (const check of this.all) {
      if (check.pass !== pass) {
        pass = check.pass
        say(bold(pass))
      }
      const mark = check.ok ? green('✓') : red('✗')
      say(`  ${mark} ${check.what.padEnd(width)}  ${check.figure}`)
    }
    const failed = this.all.filter((c) => !c.ok).length
    say()
    say(
      failed === 0
        ? bold(green(`All ${this.all.length} checks passed: everything behaved as designed.`))
        : bold(red(`${failed} of ${this.all.length} checks failed (✗ above).`))
    )
  }
}

/**
 * The post step had nothing to clean up: it exited 0, said so (`nothing to clean up`, or `nothing to stop` for a run
 * that had ended), did not say it stopped anything, and the endpoint counted no write while it ran (a stop is a write).
 * The exit code alone would not do: the post step also exits 0 after it stopped a run.
 */
export function postStepFigure(
  post: { code: number | null; stdout: string } | undefined,
  calls: CallCount | undefined
): [ok: boolean, figure: string] {
  if (!post || !calls) return [false, 'no post step ran']
  const saidNothing = /nothing to (clean up|stop)/.test(post.stdout)
  const stopped = /Stopped run|stopping it|stopped its running job runs/.test(post.stdout)
  return [
    post.code === 0 && saidNothing && !stopped && calls.writes === 0,
    `exit code ${post.code}, ${calls.writes} writes: ${lastLine(post.stdout)}`
  ]
}

function cut(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text
}

/** The last line a step printed, run ids shortened (wr_1a2b3c4d…). */
export function lastLine(text: string | undefined): string {
  const lines = (text ?? '').split('\n').filter((l) => l.trim() !== '')
  return cut((lines.at(-1) ?? '(no output)').replace(/\b(wr_[0-9a-f]{8})[0-9a-f]{56}\b/g, '$1…'), 80)
}
