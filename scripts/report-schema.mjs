#!/usr/bin/env node
// `npm run docs` (with tsx): writes schema/report.schema.json, the JSON Schema of the run report, from
// its one definition (the zod schema in src/report/record.ts). A unit test fails when the file is stale.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { reportJsonSchema } from '../src/report/record.ts'

const file = fileURLToPath(new URL('../schema/report.schema.json', import.meta.url))
writeFileSync(file, `${JSON.stringify(reportJsonSchema(), null, 2)}\n`)
console.log(`wrote ${file}`)
