#!/usr/bin/env node
// `npm test`: every jest project (unit, service, e2e), then one line with the counts.
//
//   npm test                          # everything
//   npm test -- --selectProjects e2e  # extra arguments go to jest unchanged
//
// The end-to-end tests need a moto server and the AWS CLI (the reference of log integrity): each is installed
// into its project venv (.venv, .venv-awscli) on first use, here, before jest's workers could race to it.
// The last line printed is always `tests: N passed, N failed[, N skipped]`; the exit code is jest's.

import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import path from 'node:path'
import { ensureAwsCli } from '../tools/awscli.mjs'
import { ensureMoto } from '../tools/moto.mjs'
import { repoRoot } from '../tools/util.mjs'

const jestBin = path.join(repoRoot, 'node_modules', '.bin', 'jest')

/** Runs jest with inherited stdio; resolves with its exit code (1 when killed by a signal). */
function jest(args) {
  // jest's ESM support needs VM modules; the warning that they are experimental is jest's business, not the tests'.
  const nodeOptions = [process.env.NODE_OPTIONS, '--experimental-vm-modules', '--disable-warning=ExperimentalWarning']
    .filter(Boolean)
    .join(' ')
  const child = spawn(jestBin, args, {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: nodeOptions }
  })
  // Ctrl-C reaches jest through the terminal's process group; do not die before it has cleaned up.
  const forward = (signal) => child.kill(signal)
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward)
      process.off('SIGTERM', forward)
      resolve(code ?? (signal ? 1 : 0))
    })
  })
}

/**
 * Jest's default is one worker per core but one, which is a single worker on a 2-core CI machine. The
 * end-to-end files mostly wait on child processes (the action, moto), so two workers finish them sooner
 * there; a larger machine keeps jest's default. An explicit worker option of the caller wins.
 */
function workerArgs(args) {
  if (args.some((a) => /^(-w|--maxWorkers|-i|--runInBand)(=|$)/.test(a))) return []
  return [`--maxWorkers=${Math.max(2, availableParallelism() - 1)}`]
}

/** `tests: N passed, N failed[, N skipped]` from jest's --json report. */
function countLine(report) {
  const passed = report?.numPassedTests ?? 0
  // A suite that could not run at all (a syntax error, a failing import) fails no test of its own.
  const failed = (report?.numFailedTests ?? 0) + (report?.numRuntimeErrorTestSuites ?? 0)
  const skipped = (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0)
  return `tests: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`
}

const temp = await mkdtemp(path.join(tmpdir(), 'org-trail-test-'))
const reportFile = path.join(temp, 'jest.json')
let code = 1
try {
  await ensureMoto()
  await ensureAwsCli()
  const args = process.argv.slice(2)
  code = await jest([...workerArgs(args), ...args, '--json', '--outputFile', reportFile])
  let report = null
  try {
    report = JSON.parse(await readFile(reportFile, 'utf8'))
  } catch {
    process.stderr.write('jest wrote no report (it stopped before running the tests)\n')
    if (code === 0) code = 1
  }
  console.log(countLine(report))
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  console.log(countLine(null))
} finally {
  await rm(temp, { recursive: true, force: true })
}
process.exit(code)
