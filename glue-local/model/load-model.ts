import fs from 'node:fs'
import type { ServiceModel } from './model-types.js'

/** Location of the Glue service model copied into the repository (botocore 1.29.27, 2022-12-09). */
export const GLUE_MODEL_URL = new URL('./glue-2017-03-31.json', import.meta.url)

let cached: ServiceModel | undefined

/** Reads and parses the Glue service model once, on first use. */
export function loadGlueModel(): ServiceModel {
  cached ??= JSON.parse(fs.readFileSync(GLUE_MODEL_URL, 'utf8')) as ServiceModel
  return cached
}
