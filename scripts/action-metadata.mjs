#!/usr/bin/env node
// `npm run docs` (with tsx): writes what each action of this repository declares, from the one table of
// each: the inputs and outputs of action.yml (src/settings/inputs.ts, src/report/outputs.ts) and of
// summarize/action.yml (src/settings/summarize.ts, src/report/rollup.ts), and the documentation's tables of
// them, in the same words, on whichever page holds each block (docs/reference.md the main action's,
// docs/evidence.md the summarize action's). action-yml.test.ts and readme.test.ts fail when a file and its table disagree.
//
//   tsx scripts/action-metadata.mjs            writes the files
//   tsx scripts/action-metadata.mjs --print X  prints one block (inputs:org-trail, outputs:summarize…)
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { INPUTS } from '../src/settings/inputs.ts'
import { SUMMARIZE_INPUTS } from '../src/settings/summarize.ts'
import { OUTPUTS } from '../src/report/outputs.ts'
import { SUMMARIZE_OUTPUTS } from '../src/report/rollup.ts'
import { writeBlocks } from './doc-blocks.mjs'

const root = new URL('..', import.meta.url)
const file = (name) => fileURLToPath(new URL(name, root))

/** Each action: its metadata file, and its tables. */
export const ACTIONS = {
  'org-trail': { file: 'action.yml', inputs: INPUTS, outputs: OUTPUTS },
  summarize: { file: 'summarize/action.yml', inputs: SUMMARIZE_INPUTS, outputs: SUMMARIZE_OUTPUTS }
}

/** A YAML string as Prettier writes it here: single quotes, unless the text holds an apostrophe. */
const quoted = (text) => (text.includes("'") && !/["\\]/.test(text) ? `"${text}"` : `'${text.replaceAll("'", "''")}'`)

function inputsYaml(inputs) {
  return Object.entries(inputs)
    .map(([name, input]) => {
      const lines = [`  ${name}:`, `    description: ${quoted(input.description)}`]
      // A required input has no default: the runner passes nothing when the workflow does not set it.
      if (input.required) lines.push('    required: true')
      else lines.push('    required: false', `    default: ${quoted(input.default)}`)
      if (input.deprecationMessage) lines.push(`    deprecationMessage: ${quoted(input.deprecationMessage)}`)
      return `${lines.join('\n')}\n`
    })
    .join('')
}

const outputsYaml = (outputs) =>
  Object.entries(outputs)
    .map(([name, output]) => `  ${name}:\n    description: ${quoted(output.description)}\n`)
    .join('')

/** The action.yml with its inputs and outputs blocks (each up to the next top-level key) written anew. */
function metadata(text, action) {
  return text
    .replace(/^inputs:\n[\s\S]*?(?=^\S)/m, `inputs:\n${inputsYaml(action.inputs)}\n`)
    .replace(/^outputs:\n[\s\S]*?(?=^\S)/m, `outputs:\n${outputsYaml(action.outputs)}\n`)
}

const cell = (text) => text.replaceAll('|', '\\|')

function inputsTable(inputs) {
  const rows = Object.entries(inputs).map(([name, input]) => {
    const shown = input.required ? '**required**' : `\`${input.default === '' ? '""' : input.default}\``
    const deprecated = input.deprecationMessage ? '**Deprecated.** ' : ''
    return `| \`${name}\` | ${shown} | ${cell(deprecated + input.description)} |`
  })
  return ['| Input | Default | Description |', '| --- | --- | --- |', ...rows].join('\n')
}

function outputsTable(outputs) {
  const rows = Object.entries(outputs).map(([name, output]) => `| \`${name}\` | ${cell(output.description)} |`)
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n')
}

/** The generated blocks of the documentation, by marker name. */
export function readmeBlocks() {
  const blocks = {}
  for (const [name, action] of Object.entries(ACTIONS)) {
    blocks[`inputs:${name}`] = inputsTable(action.inputs)
    blocks[`outputs:${name}`] = outputsTable(action.outputs)
  }
  return blocks
}

function writeIfChanged(name, after) {
  const before = readFileSync(file(name), 'utf8')
  if (after === before) return console.log(`${name}: up to date`)
  writeFileSync(file(name), after)
  console.log(`wrote ${name}`)
}

const print = process.argv.indexOf('--print')
if (print !== -1) {
  process.stdout.write(`${readmeBlocks()[process.argv[print + 1]]}\n`)
} else {
  for (const action of Object.values(ACTIONS)) {
    writeIfChanged(action.file, metadata(readFileSync(file(action.file), 'utf8'), action))
  }
  writeBlocks(readmeBlocks(), 'inputs and outputs')
}
