#!/usr/bin/env node
// `npm run docs` (with tsx): writes the inputs of action.yml from their one definition, the table in
// src/settings/inputs.ts (name, default, description; no input is required by the runner, since summarize
// mode needs none of the others). action-yml.test.ts fails when action.yml and the table disagree.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { INPUTS } from '../src/settings/inputs.ts'

const file = fileURLToPath(new URL('../action.yml', import.meta.url))

/** A YAML string as Prettier writes it here: single quotes, unless the text holds an apostrophe. */
const quoted = (text) => (text.includes("'") && !/["\\]/.test(text) ? `"${text}"` : `'${text.replaceAll("'", "''")}'`)

const inputs = Object.entries(INPUTS)
  .map(
    ([name, input]) =>
      `  ${name}:\n    description: ${quoted(input.description)}\n    required: false\n    default: ${quoted(input.default)}\n`
  )
  .join('')

const before = readFileSync(file, 'utf8')
// The inputs block runs up to the next top-level key (outputs:).
const after = before.replace(/^inputs:\n[\s\S]*?(?=^\S)/m, `inputs:\n${inputs}\n`)
if (after === before) {
  console.log('action.yml: inputs already up to date')
} else {
  writeFileSync(file, after)
  console.log(`wrote the inputs of ${file}`)
}
