/**
 * The post step's entry point (runs.post: dist/post/index.js). Like src/main.ts it exports run(), so that
 * `npx @github/local-action run . src/main.ts .env --post src/post.ts` can import it and call run() itself; the step
 * runs by itself only when this file is the process's entry point (`node dist/post/index.js`, as the runner starts it).
 */
import { realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { runPost } from './start/post.js'

export async function run(): Promise<void> {
  await runPost()
}

function isEntryPoint(): boolean {
  const entry = process.argv[1]
  if (!entry) return false
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url))
  } catch {
    return false
  }
}

if (isEntryPoint()) await run()
