// Starts the bundled action the way the GitHub runner does, in a clean environment.
import { spawn } from 'node:child_process'
import { mkdtemp, mkdir, readFile, writeFile, rm, access } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { parse } from 'yaml'
import { repoRoot } from './util.mjs'

export const actionEntry = path.join(repoRoot, 'dist', 'index.js')

/**
 * @typedef {{ command: string, properties: Record<string, string>, message: string }} WorkflowCommand
 * @typedef {{ level: 'error' | 'warning' | 'notice', title?: string, message: string, properties: Record<string, string> }} Annotation
 */

/** Undoes @actions/core's escaping; %25 last so "%250A" stays "%0A". @param {string} s */
const unescapeData = (s) => s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%')
/** @param {string} s */
const unescapeProperty = (s) => unescapeData(s.replace(/%3A/gi, ':').replace(/%2C/gi, ','))

/**
 * Workflow commands (`::name key=value,…::message`) printed on stdout.
 * @param {string} stdout
 * @returns {WorkflowCommand[]}
 */
export function parseCommands(stdout) {
  /** @type {WorkflowCommand[]} */
  const commands = []
  for (const line of stdout.split(/\r?\n/)) {
    const m = line.match(/^::([A-Za-z][\w-]*)(?: ([^:]*))?::(.*)$/)
    if (!m) continue
    const [, command = '', props = '', message = ''] = m
    /** @type {Record<string, string>} */
    const properties = {}
    for (const pair of props.split(',').filter(Boolean)) {
      const eq = pair.indexOf('=')
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1))
    }
    commands.push({ command, properties, message: unescapeData(message) })
  }
  return commands
}

/**
 * A GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV file: `name<<DELIM\nvalue\nDELIM` blocks or `name=value` lines.
 * @param {string} text
 * @returns {Record<string, string>}
 */
export function parseFileCommands(text) {
  /** @type {Record<string, string>} */
  const values = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const heredoc = line.match(/^([^=]+?)<<(.+)$/)
    if (heredoc) {
      const [, name = '', delimiter = ''] = heredoc
      const end = lines.indexOf(delimiter, i + 1)
      if (end < 0) throw new Error(`unterminated ${name}<<${delimiter} in file command`)
      values[name] = lines.slice(i + 1, end).join('\n')
      i = end
    } else if (line.includes('=')) {
      const eq = line.indexOf('=')
      values[line.slice(0, eq)] = line.slice(eq + 1)
    }
  }
  return values
}

/** `INPUT_<NAME>` as the runner spells it: upper case, spaces to "_", hyphens kept. @param {string} name */
export const inputVariable = (name) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`

/**
 * @typedef {object} TimedProcess
 * @property {number | null} code      exit code (null when killed by a signal)
 * @property {string | null} signal
 * @property {boolean} timedOut        killed after `timeoutMs`
 * @property {string} stdout
 * @property {string} stderr
 * @property {number} spawnedAt        performance.now() just before the spawn: the clock the proxy and the
 *                                     token endpoint record their requests on
 * @property {number} durationMs       spawn to close
 */

/**
 * Runs `file args` with exactly `env` (nothing is inherited) and collects its output, timed on
 * performance.now's clock, so a caller can set what the process did against what the servers recorded.
 * @param {string} file
 * @param {string[]} args
 * @param {{ env: Record<string, string>, cwd?: string, timeoutMs?: number }} options
 * @returns {Promise<TimedProcess>}
 */
export async function spawnTimed(file, args, { env, cwd = tmpdir(), timeoutMs = 60_000 }) {
  const spawnedAt = performance.now()
  const child = spawn(file, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (d) => {
    stdout += d
  })
  child.stderr.setEncoding('utf8').on('data', (d) => {
    stderr += d
  })
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    child.kill('SIGKILL')
  }, timeoutMs)
  try {
    /** @type {[number | null, string | null]} */
    const [code, signal] = await new Promise((resolve, reject) => {
      child.on('error', reject)
      child.on('close', (c, s) => resolve([c, s]))
    })
    return { code, signal, timedOut, stdout, stderr, spawnedAt, durationMs: performance.now() - spawnedAt }
  } finally {
    clearTimeout(timer)
  }
}

/**
 * @typedef {object} RunResult
 * @property {number | null} code      exit code (null when killed by a signal)
 * @property {string | null} signal
 * @property {boolean} timedOut
 * @property {string} stdout
 * @property {string} stderr
 * @property {Record<string, string>} outputs
 * @property {Record<string, string>} state     saved with core.saveState
 * @property {string} summary
 * @property {Annotation[]} annotations
 * @property {string[]} masks                values registered with ::add-mask::
 * @property {WorkflowCommand[]} commands
 * @property {number} durationMs       spawn to exit
 * @property {number} spawnedAt        performance.now() when the process was spawned: the clock the proxy and
 *                                     the token endpoint record their requests on
 */

/**
 * Runs an action of this repository with the runner's environment: the root action (`node dist/index.js`)
 * or, with `action: 'summarize'`, the one in summarize/, each started as its action.yml's `runs.main` says,
 * relative to its folder (as the runner does), with its inputs' defaults. Only PATH and HOME come from this
 * process; everything else (AWS endpoint, region, OIDC variables) is passed in `env`. A value of
 * undefined in `env` removes a variable.
 * @param {{ inputs?: Record<string, string | number | boolean>, env?: Record<string, string | undefined>,
 *   cwd?: string, timeoutMs?: number, event?: unknown, eventName?: string, action?: string, entry?: string,
 *   keepTemp?: boolean }} [options]   action: the action's folder ('' for the root one); entry: another
 *   script to start instead of the action's main
 * @returns {Promise<RunResult>}
 */
export async function runAction({
  inputs = {},
  env = {},
  cwd,
  timeoutMs = 60_000,
  event = {},
  eventName = 'push',
  action: folder = '',
  entry: given,
  keepTemp = false
} = {}) {
  const actionDir = path.join(repoRoot, folder)
  const action = parse(await readFile(path.join(actionDir, 'action.yml'), 'utf8'))
  const entry = given ?? path.join(actionDir, action.runs.main)
  await access(entry).catch(() => {
    throw new Error(`${entry} is missing: run "npm run build" first`)
  })
  const temp = await mkdtemp(path.join(tmpdir(), 'org-trail-run-'))
  const file = (/** @type {string} */ name) => path.join(temp, name)
  for (const name of ['output', 'summary', 'state', 'env', 'path']) await writeFile(file(name), '')
  await writeFile(file('event.json'), JSON.stringify(event))
  await mkdir(file('runner-temp'))
  const workspace = cwd ?? file('workspace')
  await mkdir(workspace, { recursive: true })

  /** @type {Record<string, string | undefined>} */
  const vars = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: file('output'),
    GITHUB_STEP_SUMMARY: file('summary'),
    GITHUB_STATE: file('state'),
    GITHUB_ENV: file('env'),
    GITHUB_PATH: file('path'),
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: file('event.json'),
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKFLOW: 'ci',
    GITHUB_WORKFLOW_REF: 'octo-org/octo-repo/.github/workflows/ci.yml@refs/heads/main',
    GITHUB_WORKFLOW_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_JOB: 'org-trail',
    GITHUB_ACTION: 'org-trail',
    GITHUB_ACTOR: 'octocat',
    GITHUB_TRIGGERING_ACTOR: 'octocat',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: file('runner-temp'),
    // HOME is passed through, so point the SDK away from the developer's ~/.aws files, and keep
    // the default credential chain from probing the EC2 metadata endpoint (slow timeouts).
    AWS_CONFIG_FILE: file('aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: file('aws-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true'
  }
  const declared = Object.entries(action.inputs ?? {})
  for (const [name, spec] of declared) vars[inputVariable(name)] = String(inputs[name] ?? spec?.default ?? '')
  // The runner also passes `with:` keys the action does not declare (it only warns).
  for (const [name, value] of Object.entries(inputs)) vars[inputVariable(name)] = String(value)
  Object.assign(vars, env)
  const childEnv = /** @type {Record<string, string>} */ (
    Object.fromEntries(Object.entries(vars).filter(([, v]) => v !== undefined))
  )

  const { code, signal, timedOut, stdout, stderr, durationMs, spawnedAt } = await spawnTimed(
    process.execPath,
    [entry],
    { cwd: workspace, env: childEnv, timeoutMs }
  )

  const commands = parseCommands(stdout)
  const result = {
    code,
    signal,
    timedOut,
    stdout,
    stderr,
    outputs: parseFileCommands(await readFile(file('output'), 'utf8')),
    state: parseFileCommands(await readFile(file('state'), 'utf8')),
    summary: await readFile(file('summary'), 'utf8'),
    annotations: commands
      .filter((c) => c.command === 'error' || c.command === 'warning' || c.command === 'notice')
      .map((c) => ({
        level: /** @type {Annotation['level']} */ (c.command),
        title: c.properties.title,
        message: c.message,
        properties: c.properties
      })),
    masks: commands.filter((c) => c.command === 'add-mask').map((c) => c.message),
    commands,
    durationMs,
    spawnedAt
  }
  if (!keepTemp) await rm(temp, { recursive: true, force: true })
  return result
}
