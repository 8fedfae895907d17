/** The demo's checks: each one says what should have happened, whether it did, and the figure that shows it. */
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
