import fs from 'node:fs'
import path from 'node:path'
import { emptyState, type GlueState } from './types.js'

const FORMAT = 'glue-local-state/1'

/** Loads a state file written by saveStateFile; a missing file gives an empty state. */
export function loadStateFile(file: string): GlueState {
  if (!fs.existsSync(file)) return emptyState()
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { format?: string; state?: Partial<GlueState> }
  if (parsed.format !== FORMAT || !parsed.state) throw new Error(`${file} is not a glue-local state file (${FORMAT})`)
  return { ...emptyState(), ...parsed.state }
}

/** Writes the state atomically: to a temporary file in the same directory, then rename over the target. */
export function saveStateFile(file: string, state: GlueState): void {
  const dir = path.dirname(path.resolve(file))
  fs.mkdirSync(dir, { recursive: true })
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`)
  fs.writeFileSync(tmp, `${JSON.stringify({ format: FORMAT, savedAt: new Date().toISOString(), state }, null, 2)}\n`)
  fs.renameSync(tmp, file)
}
