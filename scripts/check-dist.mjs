#!/usr/bin/env node
// `npm run check-dist`: proves the committed dist/ is what src/ builds to. Bundles src/ into a temporary
// directory with the same ncc command as `npm run build`, then compares every file with dist/ byte for
// byte. Exit 0: up to date; exit 1: stale (each differing, missing or extra file is named).

import { spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = path.join(root, 'dist')
const ncc = path.join(root, 'node_modules', '.bin', 'ncc')

/** Relative paths of every file under dir (none when dir is missing). */
async function files(dir, prefix = '') {
  let entries
  try {
    entries = await readdir(path.join(dir, prefix), { withFileTypes: true })
  } catch (error) {
    if (error.code === 'ENOENT') return []
    throw error
  }
  const found = []
  for (const entry of entries) {
    const rel = path.join(prefix, entry.name)
    if (entry.isDirectory()) found.push(...(await files(dir, rel)))
    else found.push(rel)
  }
  return found.sort()
}

/** Runs a command; rejects with its output when it fails. */
function exec(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    let log = ''
    child.stdout.on('data', (d) => (log += d))
    child.stderr.on('data', (d) => (log += d))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${log}`))
    )
  })
}

/** The same steps as `npm run build`: the bundle, then the licenses of every chunk. */
async function build(outDir) {
  await exec(ncc, ['build', 'src/index.ts', '-o', outDir, '--source-map'])
  await exec(process.execPath, [path.join(root, 'scripts', 'licenses.mjs'), outDir])
}

const temp = await mkdtemp(path.join(tmpdir(), 'org-trail-dist-'))
let stale = false
try {
  const started = Date.now()
  process.stdout.write('check-dist: bundling src/ with ncc into a temporary directory…\n')
  await build(temp)
  const fresh = await files(temp)
  const committed = await files(dist)
  const problems = []
  for (const file of [...new Set([...fresh, ...committed])].sort()) {
    if (!committed.includes(file)) problems.push(`  missing from dist/: ${file}`)
    else if (!fresh.includes(file)) problems.push(`  not produced by the build: dist/${file}`)
    else if (!(await readFile(path.join(temp, file))).equals(await readFile(path.join(dist, file))))
      problems.push(`  differs: dist/${file}`)
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (problems.length > 0) {
    stale = true
    process.stdout.write(
      `check-dist: dist/ is stale (${problems.length} file${problems.length > 1 ? 's' : ''}):\n${problems.join('\n')}\n`
    )
    process.stdout.write('check-dist: run "npm run build" and commit dist/.\n')
  } else {
    process.stdout.write(`check-dist: dist/ matches src/ (${committed.length} files, ${seconds}s)\n`)
  }
} catch (error) {
  stale = true
  process.stderr.write(`check-dist: ${error instanceof Error ? error.message : String(error)}\n`)
} finally {
  await rm(temp, { recursive: true, force: true })
}
process.exit(stale ? 1 : 0)
