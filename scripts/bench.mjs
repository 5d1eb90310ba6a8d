#!/usr/bin/env node
// `npm run bench`: requests, round trips and wall time of the bundled action against the AWS CLI procedure
// it replaces, its cold start and its bundle size. A measuring tool, not a test: it prints figures, writes
// BENCHMARKS.md and exits 0; it exits 1 only when it could not run at all (no dist/, no moto).
//
//   npm run bench                                   # 5 runs, 30 ms per request
//   npm run bench -- --runs 3 --latency-ms 50
//   npm run bench -- --propagation-ms 5000          # the window of the fresh apply against AWS's seconds
//   npm run bench -- --no-write                     # print only, leave BENCHMARKS.md alone
//   npm run bench -- --members [--accounts N]       # the member-account inventory case
//   npm run bench -- --logs                         # log integrity: verify-logs against validate-logs
//   npm run bench -- --json figures.json            # also keep the measured figures
//   npm run bench -- --from-json figures.json       # render them again, measuring nothing
//   npm run bench -- --baseline before.json         # also compare the start with an earlier run's figures
//
// Options: --runs N (default 5)   --latency-ms N (default 30)   --cold-runs N (default 10)   --no-cli (skip
//          the AWS CLI comparison)   --propagation-ms N (default 5000)   --baseline FILE (the --json figures of an
//          earlier run, e.g. of the code before a change: the report adds a before → after table of the start);
//          with --members: --accounts N (default 1000)   --latency-ms N (default
//          30)   --concurrency N (the action's member-concurrency, default: action.yml's)   --no-sequential.
//          with --logs: --accounts N (20)   --regions N (3)   --hours N (24)   --log-files N (log files an
//          hour, 2)   --events N (records a log file, 20)   --latency-ms N (30)   --memory A,B (accounts of the
//          peak-memory runs, 100,1000)   --memory-hours N (2)   --heap-mb N (their V8 heap cap, 128)
//          --cli-concurrency N (1)   --no-cli.
//          All: --output FILE (default BENCHMARKS.md)   --no-write   --json FILE   --from-json FILE
//
// Each benchmark is a runner that measures and returns its figures as data (scripts/bench/run.mjs,
// scripts/bench/members-run.mjs, scripts/bench/logs-run.mjs) and a report that renders them
// (scripts/bench/report.mjs, scripts/bench/members-report.mjs, scripts/bench/logs-report.mjs); this file
// reads the options and ties the two together.

import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parse } from 'yaml'
import { actionEntry } from '../tools/runner.mjs'
import { repoRoot } from '../tools/util.mjs'
import { writeLogs, writeMain, writeMembers } from './bench/benchmarks-file.mjs'
import { renderLogs } from './bench/logs-report.mjs'
import { renderMembers } from './bench/members-report.mjs'
import { renderBench } from './bench/report.mjs'

// ---------------------------------------------------------------------------------------------- options

const argv = process.argv.slice(2)
const MEMBERS = argv.includes('--members')
const LOGS = argv.includes('--logs')
const KIND = MEMBERS ? 'members' : LOGS ? 'logs' : 'bench'
const FLAGS = {
  members: ['--members', '--no-sequential', '--no-write'],
  logs: ['--logs', '--no-cli', '--no-write'],
  bench: ['--no-write', '--no-cli']
}[KIND]
const VALUES = [
  ...{
    members: ['--accounts', '--latency-ms', '--concurrency'],
    logs: [
      '--accounts',
      '--regions',
      '--hours',
      '--log-files',
      '--events',
      '--latency-ms',
      '--memory',
      '--memory-hours',
      '--heap-mb',
      '--cli-concurrency'
    ],
    bench: ['--runs', '--latency-ms', '--cold-runs', '--propagation-ms', '--baseline']
  }[KIND],
  '--output',
  '--json',
  '--from-json'
]

function usage(message) {
  process.stderr.write(
    `bench: ${message}\nusage: node scripts/bench.mjs [--runs N] [--latency-ms N] [--cold-runs N] [--propagation-ms N] [--no-cli] [--baseline FILE] [--output FILE] [--no-write] [--json FILE] [--from-json FILE]\n` +
      `       node scripts/bench.mjs --members [--accounts N] [--latency-ms N] [--concurrency N] [--no-sequential] [--output FILE] [--no-write] [--json FILE] [--from-json FILE]\n` +
      `       node scripts/bench.mjs --logs [--accounts N] [--regions N] [--hours N] [--log-files N] [--events N] [--latency-ms N] [--memory A,B] [--memory-hours N] [--heap-mb N] [--cli-concurrency N] [--no-cli] [--output FILE] [--no-write] [--json FILE] [--from-json FILE]\n`
  )
  process.exit(1)
}
for (let i = 0; i < argv.length; i++) {
  if (VALUES.includes(argv[i])) i++
  else if (!FLAGS.includes(argv[i])) usage(`unknown option ${argv[i]}${KIND === 'bench' ? '' : ` with --${KIND}`}`)
}
/** A whole number option; the member benchmark's start at 1. */
function option(name, fallback) {
  const i = argv.indexOf(name)
  if (i < 0) return fallback
  const value = Number(argv[i + 1])
  if (!Number.isInteger(value) || value < (KIND === 'bench' ? 0 : 1))
    usage(`${name} needs a whole number, got ${argv[i + 1]}`)
  return value
}
function file(name, fallback) {
  const i = argv.indexOf(name)
  if (i < 0) return fallback
  if (!argv[i + 1]) usage(`${name} needs a file name`)
  return path.resolve(repoRoot, String(argv[i + 1]))
}
const OUTPUT = file('--output', path.join(repoRoot, 'BENCHMARKS.md'))
const WRITE = !argv.includes('--no-write')
const JSON_OUT = file('--json', null)
const FROM_JSON = file('--from-json', null)
const BASELINE = file('--baseline', null)
const COMMAND =
  process.env.npm_lifecycle_event === 'bench'
    ? `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`
    : `node scripts/bench.mjs${argv.length ? ` ${argv.join(' ')}` : ''}`

const progress = (line) => process.stderr.write(`bench: ${line}\n`)

// --------------------------------------------------------------------------------------------- measure

/** The figures of this invocation, each benchmark's own kind: measured now, or read back. */
async function figures() {
  if (FROM_JSON) {
    const saved = JSON.parse(await readFile(FROM_JSON, 'utf8'))
    if (saved.kind !== KIND) usage(`${FROM_JSON} holds ${saved.kind} figures, not ${KIND}`)
    return saved
  }
  if (!existsSync(actionEntry)) {
    process.stderr.write(`bench: ${path.relative(repoRoot, actionEntry)} is missing: run "npm run build" first\n`)
    process.exit(1)
  }
  try {
    if (MEMBERS) {
      const { measureMembers } = await import('./bench/members-run.mjs')
      const action = parse(await readFile(path.join(repoRoot, 'action.yml'), 'utf8'))
      return {
        kind: 'members',
        ...(await measureMembers({
          accounts: option('--accounts', 1000),
          latencyMs: option('--latency-ms', 30),
          concurrency: option('--concurrency', Number(action.inputs['member-concurrency'].default)),
          sequential: !argv.includes('--no-sequential'),
          command: COMMAND
        }))
      }
    }
    if (LOGS) {
      const { measureLogs } = await import('./bench/logs-run.mjs')
      const i = argv.indexOf('--memory')
      const memory =
        i < 0
          ? [100, 1000]
          : String(argv[i + 1])
              .split(',')
              .map(Number)
      if (memory.some((m) => !Number.isInteger(m) || m < 1)) usage(`--memory needs account counts, got ${argv[i + 1]}`)
      return {
        kind: 'logs',
        ...(await measureLogs({
          accounts: option('--accounts', 20),
          regions: Math.min(5, option('--regions', 3)),
          hours: Math.max(6, option('--hours', 24)),
          logFiles: option('--log-files', 2),
          eventsPerLogFile: option('--events', 20),
          latencyMs: option('--latency-ms', 30),
          memory,
          memoryHours: option('--memory-hours', 2),
          heapMb: option('--heap-mb', 128),
          cli: !argv.includes('--no-cli'),
          cliConcurrency: option('--cli-concurrency', 1),
          command: COMMAND
        }))
      }
    }
    const { measureBench } = await import('./bench/run.mjs')
    return {
      kind: 'bench',
      ...(await measureBench({
        runs: Math.max(1, option('--runs', 5)),
        latencyMs: option('--latency-ms', 30),
        coldRuns: Math.max(1, option('--cold-runs', 10)),
        withCli: !argv.includes('--no-cli'),
        propagationMs: option('--propagation-ms', 5000),
        command: COMMAND
      }))
    }
  } catch (error) {
    process.stderr.write(
      `bench: could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
    )
    process.exit(1)
  }
}

// ---------------------------------------------------------------------------------------------- report

/** The earlier figures --baseline names, read before anything is measured so that a wrong file fails fast. */
async function baseline() {
  if (!BASELINE) return null
  const saved = JSON.parse(await readFile(BASELINE, 'utf8').catch(() => usage(`cannot read ${BASELINE}`)))
  if (saved.kind !== 'bench') usage(`${BASELINE} holds ${saved.kind} figures, not those of the main benchmark`)
  return { ...saved, name: path.basename(BASELINE) }
}

const before = await baseline()
const measured = await figures()
if (JSON_OUT) {
  await writeFile(JSON_OUT, `${JSON.stringify(measured, null, 2)}\n`)
  progress(`figures kept in ${path.relative(process.cwd(), JSON_OUT) || JSON_OUT}`)
}
const text = { members: renderMembers, logs: renderLogs, bench: (m) => renderBench(m, before) }[KIND](measured)
process.stdout.write(text)
if (WRITE) {
  await { members: writeMembers, logs: writeLogs, bench: writeMain }[KIND](OUTPUT, text)
  progress(`wrote ${path.relative(process.cwd(), OUTPUT) || OUTPUT}`)
}
process.exit(0)
