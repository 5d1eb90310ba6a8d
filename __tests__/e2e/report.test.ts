// The run report an auditor keeps: written by every run past input validation, failures included,
// valid against schema/report.schema.json, saying what the outputs and the summary say. The summarize
// action, which gathers them, is summarize.test.ts's.
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Report } from '../../src/report/record.js'
import { reportSchemaErrors } from '../support/report-schema.js'
import {
  BUCKET,
  TEST_TIMEOUT,
  TRAIL,
  changesOf,
  driftTrail,
  expectExit,
  findingsOf,
  run,
  seed,
  useWorld,
  type Run
} from '../support/harness.js'

const world = useWorld()
let dir = ''
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'org-trail-report-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function reportOf(r: Run): Promise<Report> {
  const file = r.outputs['report-path']
  if (!file) throw new Error(`no report-path output\n${r.stdout}`)
  const report = JSON.parse(await readFile(file, 'utf8')) as Report
  expect(reportSchemaErrors(report)).toEqual([])
  return report
}

/** The report says what the outputs and the summary say. */
function expectOneTruth(r: Run, report: Report): void {
  expect(report.status).toBe(r.outputs.status)
  expect(report.trail.arn).toBe(r.outputs['trail-arn'])
  expect(String(report.trail.status?.isLogging === true)).toBe(r.outputs['is-logging'])
  expect(report.changes).toEqual(changesOf(r))
  expect(report.findings.map((f) => [f.id, f.severity])).toEqual(findingsOf(r).map((f) => [f.id, f.severity]))
  expect(report.conclusion).toBe(r.code === 0 ? 'success' : 'failure')
  expect(r.summary.split('\n')[0]).toContain(report.status === 'in-sync' ? 'in sync' : report.status)
  expect(report.run).toMatchObject({ repository: 'octo-org/octo-repo', runId: '4242', runAttempt: '1' })
}

describe('the run report', () => {
  it(
    'is written for created, unchanged, drift and blocked runs, and says what the outputs say',
    async () => {
      const seeded = await seed(world())
      const file = path.join(dir, 'evidence', 'report.json')
      const created = await run(world(), seeded, { 'report-path': file })
      expectExit(created, 0)
      expect(created.outputs['report-path']).toBe(file)
      const first = await reportOf(created)
      expect(first.status).toBe('created')
      expect(first.trail.config).toMatchObject({ name: TRAIL, isOrganizationTrail: true, isMultiRegionTrail: true })
      expect(first.organization).toEqual({ id: seeded.orgId, managementAccount: seeded.managementAccountId })
      expectOneTruth(created, first)

      const unchanged = await run(world(), seeded, { 'report-path': file })
      expectExit(unchanged, 0)
      const second = await reportOf(unchanged)
      expect(second).toMatchObject({ status: 'unchanged', changes: [] })
      expectOneTruth(unchanged, second)

      await driftTrail(world(), first.trail.arn)
      const drift = await run(world(), seeded, { mode: 'check', 'report-path': file })
      expectExit(drift, 1)
      const third = await reportOf(drift)
      expect(third).toMatchObject({ status: 'drift', conclusion: 'failure', run: { mode: 'check' } })
      expect(third.trail.status?.isLogging).toBe(false)
      expectOneTruth(drift, third)

      const blocked = await run(world(), seeded, { 's3-bucket-name': 'no-such-bucket-here', 'report-path': file })
      expectExit(blocked, 1)
      const fourth = await reportOf(blocked)
      expect(fourth.status).toBe('blocked')
      expect(fourth.findings.find((f) => f.severity === 'blocker')?.id).toBe('s3.bucket-exists')
      expectOneTruth(blocked, fourth)
    },
    TEST_TIMEOUT * 2
  )

  it(
    'is written when a write fails part-way, with the error and the writes already made',
    async () => {
      const seeded = await seed(world())
      const { behaviours } = world().proxy.layer ?? { behaviours: [] }
      const refuse = {
        name: 'test: CreateTrail refused',
        request: (ctx: { operation: string; error: (s: number, c: string, m: string) => unknown }) =>
          ctx.operation === 'CreateTrail'
            ? ctx.error(400, 'InvalidParameterCombinationException', 'Refused for the test')
            : undefined
      }
      behaviours.unshift(refuse as never)
      try {
        const file = path.join(dir, 'report.json')
        const r = await run(world(), seeded, { 'report-path': file })
        expectExit(r, 1)
        const report = await reportOf(r)
        const error = r.annotations.find((a) => a.level === 'error')
        expect(report).toMatchObject({ status: 'failed', conclusion: 'failure' })
        expect(report.error?.title).toBe(error?.title)
        // Trusted access was enabled and the bucket policy written before CreateTrail was refused.
        expect(report.changes.map((c) => c.what)).toEqual(
          expect.arrayContaining(['Trusted access for cloudtrail.amazonaws.com'])
        )
        for (const c of report.changes) expect(error?.message).toContain(c.what)
        expect(report.identity?.account).toBe(seeded.managementAccountId)
        expect(report.trail.arn).toContain(`:${seeded.managementAccountId}:trail/${TRAIL}`)
      } finally {
        behaviours.splice(behaviours.indexOf(refuse as never), 1)
      }
    },
    TEST_TIMEOUT
  )

  it(
    'is evidence: who ran it, which code, what was declared, the trail in full, the policies before and after, its SHA-256',
    async () => {
      const seeded = await seed(world())
      const file = path.join(dir, 'report.json')
      const pinned = '89abcdef0123456789abcdef0123456789abcdef'
      const r = await run(
        world(),
        seeded,
        {
          'report-path': file,
          tags: 'team=security',
          'event-selectors': '- ReadWriteType: WriteOnly\n  IncludeManagementEvents: true'
        },
        {
          env: {
            GITHUB_ACTOR: 'alice',
            GITHUB_TRIGGERING_ACTOR: 'bob',
            GITHUB_RUN_ATTEMPT: '2',
            GITHUB_ACTION_REPOSITORY: 'octo-org/org-trail',
            GITHUB_ACTION_REF: pinned
          }
        }
      )
      expectExit(r, 0)
      const report = await reportOf(r)
      expect(report.schemaVersion).toBe(2)
      expect(report.run).toMatchObject({
        actor: 'alice',
        triggeringActor: 'bob',
        runAttempt: '2',
        workflowRef: 'octo-org/octo-repo/.github/workflows/ci.yml@refs/heads/main',
        workflowSha: expect.stringMatching(/^[0-9a-f]{40}$/) as string,
        url: 'https://github.com/octo-org/octo-repo/actions/runs/4242/attempts/2'
      })
      expect(report.action).toEqual({
        version: expect.any(String) as string,
        repository: 'octo-org/org-trail',
        ref: pinned,
        commit: pinned
      })
      expect(report.settings).toMatchObject({
        'trail-name': TRAIL,
        'role-to-assume': seeded.roleArn,
        tags: 'team=security',
        mode: 'apply',
        'report-path': file
      })
      // The trail as AWS reports it after the writes: logging since this run, its selectors and tags.
      expect(report.trail.status).toMatchObject({ isLogging: true, startLoggingTime: expect.any(String) as string })
      expect(report.trail.selectors?.eventSelectors).toEqual([
        expect.objectContaining({ ReadWriteType: 'WriteOnly', IncludeManagementEvents: true })
      ])
      expect(report.trail.tags).toMatchObject({ team: 'security' })
      // The bucket policy this run wrote, before and after.
      const bucketPolicy = report.policies.find((p) => p.resource === 'bucket')
      expect(bucketPolicy).toMatchObject({ name: BUCKET, before: expect.stringContaining('Statement') as string })
      expect(bucketPolicy?.after).toContain('cloudtrail.amazonaws.com')
      // Its SHA-256: the output, the log and the file next to it all say the digest of the file's bytes.
      const digest = createHash('sha256')
        .update(await readFile(file))
        .digest('hex')
      expect(r.outputs['report-sha256']).toBe(digest)
      expect(await readFile(`${file}.sha256`, 'utf8')).toBe(`${digest}  report.json\n`)
      expect(r.stdout).toContain(`SHA-256 ${digest}`)
    },
    TEST_TIMEOUT
  )

  it(
    'keeps the account ids that mask-aws-account-id masks everywhere GitHub shows them',
    async () => {
      const seeded = await seed(world())
      for (const input of ['mask-aws-account-id', 'mask-account-id']) {
        const file = path.join(dir, `${input}.json`)
        const r = await run(world(), seeded, { 'report-path': file, [input]: 'true' })
        expectExit(r, 0)
        expect(r.summary).not.toContain(seeded.managementAccountId)
        expect(r.summary).toContain('***')
        const report = await reportOf(r)
        // The evidence names the account it is about, and says the run masked it elsewhere.
        expect(report.identity?.account).toBe(seeded.managementAccountId)
        expect(report.settings['mask-aws-account-id']).toBe('true')
        const deprecated = r.annotations.filter((a) => a.title === 'Deprecated input: mask-account-id')
        expect(deprecated).toHaveLength(input === 'mask-account-id' ? 1 : 0)
      }
    },
    TEST_TIMEOUT * 2
  )

  it(
    'goes under RUNNER_TEMP by default, one file per step',
    async () => {
      const seeded = await seed(world())
      const r = await run(world(), seeded, { mode: 'check' })
      expect(r.outputs['report-path']).toMatch(/runner-temp\/org-trail-report-org-trail\.json$/)
    },
    TEST_TIMEOUT
  )

  it(
    'is not written for invalid inputs, which make no AWS request',
    async () => {
      const file = path.join(dir, 'report.json')
      const r = await run(world(), null, { 'trail-name': 'two..dots', 'report-path': file })
      expectExit(r, 1)
      expect(r.outputs['report-path']).toBeUndefined()
      await expect(readFile(file)).rejects.toThrow(/ENOENT/)
    },
    TEST_TIMEOUT
  )
})
