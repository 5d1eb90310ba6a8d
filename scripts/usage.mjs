#!/usr/bin/env node
// `npm run docs` (with tsx): writes the README's usage block, every input of the action with the first
// sentence of its description and its default, from their one definition, the table in
// src/settings/inputs.ts (as action.yml's inputs are; docs/reference.md has each description whole).
// readme.test.ts fails when the block and the table disagree.
//
//   tsx scripts/usage.mjs           writes the block into the page that holds <!-- usage -->
//   tsx scripts/usage.mjs --print   prints it
import { INPUTS } from '../src/settings/inputs.ts'
import { OWN_USES, writeBlocks } from './doc-blocks.mjs'
const WIDTH = 100
const INDENT = '    '

/** A comment of words wrapped at WIDTH columns. */
function comment(text) {
  const lines = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line && `${INDENT}# ${line} ${word}`.length > WIDTH) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines.map((l) => `${INDENT}# ${l}`)
}

/** The first sentence of a description: up to a full stop followed by the start of another sentence. */
const firstSentence = (text) => text.split(/(?<=\.)\s+(?=[A-Z`"(])/)[0]

/** A default as YAML: bare when it cannot be read as anything but itself, else single-quoted. */
const yamlValue = (value) => (/^[A-Za-z0-9][\w.-]*$/.test(value) ? value : `'${value.replaceAll("'", "''")}'`)

function usageBlock() {
  const lines = [`- uses: ${OWN_USES}`, '  with:']
  // A deprecated input still works, but is no longer shown (action.yml's deprecationMessage names its successor).
  for (const [name, input] of Object.entries(INPUTS).filter(([, input]) => !input.deprecationMessage)) {
    lines.push(...comment(`${firstSentence(input.description)}${input.required ? ' Required.' : ''}`))
    lines.push(`${INDENT}${name}: ${yamlValue(input.default)}`, '')
  }
  return ['```yaml', ...lines.slice(0, -1), '```'].join('\n')
}

if (process.argv.includes('--print')) process.stdout.write(`${usageBlock()}\n`)
else writeBlocks({ usage: usageBlock() }, 'usage block')
