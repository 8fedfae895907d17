/**
 * Glue states prepared once and loaded by many endpoints: the targets created and, optionally, a scenario deployed by
 * the built action. Loading a copy (glue-local's state file) is much cheaper than deploying again for every trial.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startGlueLocal, type GlueState } from '../../../glue-local/index.js'
import { errorLines } from '../../../testkit/actionStep.js'
import { createTargets, deployStep, differences, type Scenario } from './medallion.js'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gwa-snapshots-'))
let copies = 0

/** Writes `state` in glue-local's state-file format; returns the file. */
function save(state: GlueState, name: string): string {
  const file = path.join(dir, `${name}.json`)
  fs.writeFileSync(file, JSON.stringify({ format: 'glue-local-state/1', state }))
  return file
}

/** A state file with the targets of `wf` created and `from` deployed (when given). */
export async function snapshot(wf: string, from?: Scenario): Promise<string> {
  const local = await startGlueLocal({ port: 0 })
  try {
    await createTargets(local.url, wf)
    if (from) {
      const result = await deployStep(local.url, wf, from)
      const problems = differences(local.state(), wf, from)
      if (result.code !== 0 || problems.length > 0) {
        throw new Error(
          `deploying ${from.name} for a snapshot failed: ${[...errorLines(result), ...problems].join('; ')}`
        )
      }
    }
    return save(local.state(), `${wf}-${from?.name ?? 'empty'}`)
  } finally {
    await local.close()
  }
}

/** A private copy of a snapshot for one endpoint (glue-local saves its changes back to the file it loaded). */
export function copyOf(file: string): string {
  const copy = path.join(dir, `copy-${++copies}-${path.basename(file)}`)
  fs.copyFileSync(file, copy)
  return copy
}

export function removeSnapshots(): void {
  fs.rmSync(dir, { recursive: true, force: true })
}
