/** Optional: a PNG of an HTML page, taken with headless Chromium (Debian's `chromium`). Nothing else needs it. */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--hide-scrollbars',
  '--allow-file-access-from-files',
  '--virtual-time-budget=20000',
  '--window-size=1280,2200'
]

export function screenshot(
  htmlFile: string,
  chromium = process.env.CHROMIUM ?? 'chromium'
): { file?: string; note?: string } {
  const file = htmlFile.replace(/\.html$/, '.png')
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-chromium-'))
  try {
    const result = spawnSync(
      chromium,
      [...FLAGS, `--user-data-dir=${profile}`, `--screenshot=${file}`, pathToFileURL(htmlFile).href],
      { stdio: 'ignore', timeout: 120_000 }
    )
    if (result.error) return { note: `${chromium} could not run (${result.error.message})` }
    return fs.existsSync(file) ? { file } : { note: `${chromium} exited ${result.status} without a screenshot` }
  } finally {
    fs.rmSync(profile, { recursive: true, force: true })
  }
}
