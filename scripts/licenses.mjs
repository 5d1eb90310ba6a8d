#!/usr/bin/env node
// Writes <dir>/licenses.txt: the license of every package bundled into any chunk of <dir> (default dist/).
// ncc's own --license covers only one chunk once the bundle is split by lazy import(), so the list is
// built here from the source maps of all chunks, in ncc's format: name, license, text, blank line.
//
//   node scripts/licenses.mjs [dir]

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dir = path.resolve(root, process.argv[2] ?? 'dist')

/** The package a bundled source belongs to: the last node_modules/<name> (or @scope/name) in its path. */
function packageOf(source) {
  const match = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)
  return match ? match[1] : null
}

const packages = new Set()
for (const file of readdirSync(dir).filter((f) => f.endsWith('.js.map'))) {
  for (const source of JSON.parse(readFileSync(path.join(dir, file), 'utf8')).sources ?? []) {
    const name = packageOf(source)
    if (name) packages.add(name)
  }
}

function licenseText(packageDir) {
  const file = readdirSync(packageDir).find((f) => /^(licen[cs]e|copying)(\.(md|txt|markdown))?$/i.test(f))
  return file ? readFileSync(path.join(packageDir, file), 'utf8').trim() : ''
}

const entries = [...packages].sort().map((name) => {
  const packageDir = path.join(root, 'node_modules', name)
  if (!existsSync(path.join(packageDir, 'package.json')))
    throw new Error(`bundled package ${name} is not in node_modules`)
  const meta = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'))
  const license = typeof meta.license === 'string' ? meta.license : (meta.license?.type ?? 'UNKNOWN')
  return `${name}\n${license}\n${licenseText(packageDir)}\n`
})
writeFileSync(path.join(dir, 'licenses.txt'), `${entries.join('\n')}`)
process.stdout.write(`licenses.txt: ${entries.length} bundled packages\n`)
