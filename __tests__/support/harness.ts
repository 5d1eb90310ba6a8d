// Shared set-up of the end-to-end tests: one moto server, OIDC token endpoint and recording proxy per
// test file, a clean moto before every test, and `run()`, which starts the bundled dist/index.js the way
// the GitHub runner does and returns what the runner would see plus what the proxy recorded.
import { StopLoggingCommand, UpdateTrailCommand } from '@aws-sdk/client-cloudtrail'
import { startMoto, type Moto } from '../../tools/moto.mjs'
import { startTokenServer, type TokenServer } from '../../tools/oidc.mjs'
import { startProxy } from '../../tools/proxy.mjs'
import { runAction, type RunResult } from '../../tools/runner.mjs'
import { clients, credentials, readState, seedBucket, seedOrganization, seedRole } from '../../tools/seed.mjs'
import { foreignTlsDeny } from '../../tools/statements.mjs'

/** Each end-to-end test starts node (and the SDK) more than once: give it room on a slow runner. */
export const TEST_TIMEOUT = 60_000

export const REGION = 'us-east-1'
export const TRAIL = 'org-trail'
export const BUCKET = 'org-trail-logs'

/** A statement someone else put on the log bucket: every run must keep it exactly. */
export const FOREIGN_STATEMENT = foreignTlsDeny(BUCKET)

type Proxy = Awaited<ReturnType<typeof startProxy>>
export type Stats = ReturnType<Proxy['stats']>

export interface World {
  readonly moto: Moto
  readonly proxy: Proxy
  readonly oidc: TokenServer
}

/**
 * Starts the servers for this test file (stopped after it) and resets moto and the proxy's records
 * before each test. Returns an accessor: the servers exist only once beforeAll has run.
 */
export function useWorld(): () => World {
  let world: World | undefined
  beforeAll(async () => {
    const moto = await startMoto()
    const [proxy, oidc] = await Promise.all([startProxy({ target: moto.url }), startTokenServer()])
    world = { moto, proxy, oidc }
  }, TEST_TIMEOUT)
  afterAll(async () => {
    if (!world) return
    await Promise.allSettled([world.proxy.stop(), world.oidc.stop()])
    await world.moto.stop()
  }, TEST_TIMEOUT)
  beforeEach(async () => {
    const w = get()
    await w.moto.reset()
    w.proxy.layer?.forget()
    w.proxy.reset()
    w.proxy.setFault(null)
  })
  const get = (): World => {
    if (!world) throw new Error('the end-to-end servers are not running (beforeAll failed?)')
    return world
  }
  return get
}

export interface Seeded {
  readonly orgId: string
  readonly managementAccountId: string
  readonly roleArn: string
}

/**
 * A fresh organization (AWSServiceRoleForOrganizations seeded, as moto creates no service-linked role),
 * the log bucket with one foreign statement, and a role GitHub OIDC can assume. Straight to moto: the
 * proxy records only what the action does.
 */
export async function seed(
  world: World,
  options: { featureSet?: 'ALL' | 'CONSOLIDATED_BILLING' } = {}
): Promise<Seeded> {
  const endpoint = world.moto.url
  const { orgId, managementAccountId } = await seedOrganization({ endpoint, region: REGION, ...options })
  await seedBucket({
    endpoint,
    region: REGION,
    bucket: BUCKET,
    policy: { Version: '2012-10-17', Statement: [FOREIGN_STATEMENT] }
  })
  const roleArn = await seedRole({ endpoint, region: REGION })
  return { orgId, managementAccountId, roleArn }
}

export interface Run extends RunResult {
  /** AWS requests this run made, as the proxy recorded them. */
  readonly stats: Stats
  /** Operations in the order the proxy saw them, e.g. "cloudtrail:CreateTrail". */
  readonly operations: string[]
  /** Requests to the OIDC token endpoint during this run. */
  readonly tokenRequests: number
}

export interface RunOptions {
  /** Extra environment; a value of undefined removes a variable the harness would set. */
  readonly env?: Record<string, string | undefined>
  readonly event?: unknown
  readonly eventName?: string
}

/**
 * Runs dist/index.js against moto through the proxy, with the OIDC variables of a job that has
 * `id-token: write`. Inputs default to the seeded trail, bucket and role.
 */
export async function run(
  world: World,
  seeded: Seeded | null,
  inputs: Record<string, string> = {},
  options: RunOptions = {}
): Promise<Run> {
  const { proxy, oidc } = world
  proxy.reset()
  const tokensBefore = oidc.requests
  const result = await runAction({
    inputs: {
      'trail-name': TRAIL,
      's3-bucket-name': BUCKET,
      ...(seeded ? { 'role-to-assume': seeded.roleArn } : {}),
      ...inputs
    },
    env: {
      AWS_ENDPOINT_URL: proxy.url,
      AWS_REGION: REGION,
      ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
      ...options.env
    },
    timeoutMs: TEST_TIMEOUT - 10_000,
    ...(options.event !== undefined ? { event: options.event } : {}),
    ...(options.eventName !== undefined ? { eventName: options.eventName } : {})
  })
  if (result.timedOut) throw new Error(`dist/index.js did not finish in time\n${result.stdout}\n${result.stderr}`)
  return {
    ...result,
    stats: proxy.stats(),
    operations: proxy.aws().map((r) => `${r.service}:${r.operation}`),
    tokenRequests: oidc.requests - tokensBefore
  }
}

/**
 * Runs the summarize action (summarize/action.yml, started from its own entry as the runner would) in a
 * job without AWS credentials or OIDC: it needs neither. The proxy records any AWS request it would make.
 */
export async function summarize(world: World, inputs: Record<string, string>): Promise<Run> {
  const { proxy } = world
  proxy.reset()
  const result = await runAction({
    action: 'summarize',
    inputs,
    env: { AWS_ENDPOINT_URL: proxy.url, AWS_REGION: REGION, GITHUB_ACTION_REPOSITORY: 'octo-org/org-trail' },
    timeoutMs: TEST_TIMEOUT - 10_000
  })
  if (result.timedOut) throw new Error(`summarize/index.js did not finish in time\n${result.stdout}\n${result.stderr}`)
  return {
    ...result,
    stats: proxy.stats(),
    operations: proxy.aws().map((r) => `${r.service}:${r.operation}`),
    tokenRequests: 0
  }
}

/** What moto holds now (read straight from moto, not through the proxy). */
export function state(world: World) {
  return readState({ endpoint: world.moto.url, region: REGION, bucket: BUCKET })
}

/** The trail as moto reports it, and whether it is logging. */
export async function trailState(world: World) {
  const s = await state(world)
  const trail = s.trails.find((t) => t.Name === TRAIL) ?? null
  return { ...s, trail, isLogging: s.statuses[TRAIL]?.IsLogging ?? null }
}

/** Someone changes the trail by hand: single-region and stopped. Sent to moto directly. */
export async function driftTrail(world: World, trailArn: string): Promise<void> {
  const { cloudtrail } = clients({ endpoint: world.moto.url, region: REGION })
  await cloudtrail.send(new UpdateTrailCommand({ Name: trailArn, IsMultiRegionTrail: false }))
  await cloudtrail.send(new StopLoggingCommand({ Name: trailArn }))
}

/** The dummy credentials of the harness, as a job's earlier configure-aws-credentials step would set them. */
export const STATIC_CREDENTIALS = {
  AWS_ACCESS_KEY_ID: credentials.accessKeyId,
  AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey
}

export interface ChangeRecord {
  readonly what: string
  readonly before: string
  readonly after: string
}

export interface FindingRecord {
  readonly id: string
  readonly severity: 'blocker' | 'fixable' | 'warning' | 'ok'
  readonly title: string
  readonly detail: string
  readonly remediation: string
}

export const changesOf = (r: RunResult): ChangeRecord[] => JSON.parse(r.outputs.changes ?? 'null') as ChangeRecord[]
export const findingsOf = (r: RunResult): FindingRecord[] => JSON.parse(r.outputs.findings ?? 'null') as FindingRecord[]

/** Every run's diagnostics in one string, for a failing assertion's message. */
export function explainRun(r: RunResult): string {
  return `exit ${String(r.code)}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}\n--- summary\n${r.summary}`
}

/** Fails with the run's whole output when its exit code is not the expected one. */
export function expectExit(r: RunResult, code: number): void {
  if (r.code !== code)
    throw new Error(`expected dist/index.js to exit with ${code}, got ${String(r.code)}\n${explainRun(r)}`)
}

/**
 * The log as the GitHub runner shows it: it masks each ::add-mask:: value in every line printed
 * after the command (not before), and does not show the command itself.
 */
export function logAsShown(stdout: string): string[] {
  const masks: string[] = []
  const shown: string[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const mask = line.match(/^::add-mask::(.*)$/)
    if (mask) {
      if (mask[1]) masks.push(mask[1])
      continue
    }
    shown.push(masks.reduce((text, secret) => text.split(secret).join('***'), line))
  }
  return shown
}

/** stdout without the ::add-mask:: commands (the only place a secret may be printed). */
export function withoutMaskCommands(stdout: string): string {
  return stdout
    .split(/\r?\n/)
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
}
