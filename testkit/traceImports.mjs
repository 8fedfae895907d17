/**
 * `node --import <this file>`: appends the URL of every module the process loads to $TRACE_IMPORTS_FILE, so that a
 * test can tell which chunks of dist/ a step loaded (e.g. that octokit is loaded only to comment on a pull request).
 */
import { register } from 'node:module'

register(
  'data:text/javascript,' +
    encodeURIComponent(`
      import fs from 'node:fs'
      export async function load(url, context, nextLoad) {
        if (process.env.TRACE_IMPORTS_FILE) fs.appendFileSync(process.env.TRACE_IMPORTS_FILE, url + '\\n')
        return nextLoad(url, context)
      }
    `)
)
