// Shared by faults.test.ts and races.test.ts: what "converged" means, read straight from moto, and what a
// clean failure looks like to the person reading the job log.
import { BUCKET, FOREIGN_STATEMENT, REGION, TRAIL, explainRun, state, type Seeded, type World } from './harness.js'
import type { RunResult } from '../../tools/runner.mjs'
import { bucketStatements } from './statements.js'

export const CLOUDTRAIL_SIDS = ['OrgTrailAclCheck', 'OrgTrailWrite']

export interface PolicyStatement {
  readonly Sid?: string
  readonly [key: string]: unknown
}

export const trailArnOf = (seeded: Seeded): string =>
  `arn:aws:cloudtrail:${REGION}:${seeded.managementAccountId}:trail/${TRAIL}`

/** The two statements the action owns, exactly as a single trail on the bucket needs them. */
export function cloudTrailStatements(seeded: Seeded): PolicyStatement[] {
  return bucketStatements({
    bucket: BUCKET,
    accountId: seeded.managementAccountId,
    orgId: seeded.orgId,
    trailArn: trailArnOf(seeded)
  })
}

/** JSON with object keys sorted, so that two equal statements compare equal as text. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** Neither two statements with the same Sid nor two identical statements. */
export function expectNoDuplicateStatement(statements: readonly PolicyStatement[]): void {
  const sids = statements.map((s) => s.Sid).filter((sid): sid is string => sid !== undefined)
  expect(sids).toEqual([...new Set(sids)])
  const texts = statements.map(canonical)
  expect(texts).toEqual([...new Set(texts)])
}

export function statementsOf(policy: unknown): PolicyStatement[] {
  const statement = (policy as { Statement?: PolicyStatement | PolicyStatement[] } | null)?.Statement
  if (statement === undefined) return []
  return Array.isArray(statement) ? statement : [statement]
}

/**
 * The end state every run must reach, read from moto directly: exactly one trail, named and configured as
 * declared (the action's defaults), logging; trusted access on; the bucket policy keeps every foreign
 * statement exactly, carries CloudTrail's own statements exactly, and has no duplicate.
 */
export async function expectConverged(
  world: World,
  seeded: Seeded,
  foreign: readonly PolicyStatement[] = [FOREIGN_STATEMENT]
): Promise<void> {
  const s = await state(world)
  const trailArn = trailArnOf(seeded)
  expect(s.trails.map((t) => t.TrailARN)).toEqual([trailArn])
  expect(s.trails[0]).toMatchObject({
    Name: TRAIL,
    TrailARN: trailArn,
    HomeRegion: REGION,
    S3BucketName: BUCKET,
    IsOrganizationTrail: true,
    IsMultiRegionTrail: true,
    IncludeGlobalServiceEvents: true,
    LogFileValidationEnabled: true
  })
  expect(s.statuses[TRAIL]?.IsLogging).toBe(true)
  expect(s.trustedServices).toContain('cloudtrail.amazonaws.com')

  const statements = statementsOf(s.bucketPolicy)
  expectNoDuplicateStatement(statements)
  for (const f of foreign) expect(statements.filter((st) => st.Sid === f.Sid)).toEqual([f])
  const own = statements.filter((st) => st.Sid !== undefined && CLOUDTRAIL_SIDS.includes(st.Sid))
  expect(own).toEqual(cloudTrailStatements(seeded))
  expect(statements).toHaveLength(foreign.length + CLOUDTRAIL_SIDS.length)
}

/** A stack frame such as "    at send (file.js:12:5)": never what a person should be left with. */
const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$/m

/**
 * A failed run that explains itself: exit 1, an error annotation with a title and a message of its own,
 * a job summary, and no stack trace anywhere in the log.
 */
export function expectCleanFailure(r: RunResult): void {
  if (r.code !== 1) throw new Error(`expected a clean failure (exit 1), got ${String(r.code)}\n${explainRun(r)}`)
  const titled = r.annotations.filter((a) => a.level === 'error' && a.title)
  expect(titled.length).toBeGreaterThan(0)
  for (const a of titled) expect(a.message.length).toBeGreaterThan(20)
  expect(r.stdout).not.toMatch(STACK_FRAME)
  expect(r.stderr).not.toMatch(STACK_FRAME)
  expect(r.summary.trim().length).toBeGreaterThan(0)
}

/** Every run either succeeds with a status that says what it did, or fails cleanly. */
export function expectSucceededOrFailedCleanly(r: RunResult): 'succeeded' | 'failed' {
  if (r.code === 0) {
    expect(['created', 'updated', 'unchanged']).toContain(r.outputs.status)
    expect(r.stdout).not.toMatch(STACK_FRAME)
    return 'succeeded'
  }
  expectCleanFailure(r)
  return 'failed'
}
