// The committed JSON Schema of the run report, compiled with Ajv: what a consumer of the report would
// validate it with.
import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'

export const REPORT_SCHEMA_FILE = new URL('../../schema/report.schema.json', import.meta.url)
export const committedReportSchema = JSON.parse(readFileSync(REPORT_SCHEMA_FILE, 'utf8')) as Record<string, unknown>

const ajv = new Ajv2020({ allErrors: true, strict: true })
// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (a: Ajv2020) => void
addFormats(ajv)
const validate = ajv.compile(committedReportSchema)

/** The schema's complaints about a document; [] when it is a valid report. */
export function reportSchemaErrors(document: unknown): string[] {
  return validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`)
}
