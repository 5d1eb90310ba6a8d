// The summarize action (summarize/action.yml), end to end as the runner starts it: it gathers the reports
// of several organizations' runs into one page, sends no AWS request, and fails when a run failed or a
// report cannot be used. The main action's mode: summarize still does the same, with a warning.
import { mkdir, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { accountCredentials, seedBucket, seedOrganization, seedRole } from '../../tools/seed.mjs'
import { TEST_TIMEOUT, expectExit, run, seed, summarize, useWorld } from '../support/harness.js'

const world = useWorld()
let dir = ''
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'org-trail-summarize-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/**
 * Reports of three organizations, each with its own management account, role and bucket, as a matrix's
 * jobs would upload them: run here against moto, which keeps the three apart by account.
 */
async function threeOrganizations(): Promise<{ reports: string; orgIds: string[] }> {
  const reports = path.join(dir, 'reports')
  const endpoint = world().moto.url
  const jobs: { name: string; account: string; bucket: string; inputs: Record<string, string> }[] = [
    { name: 'production', account: '111111111111', bucket: 'prod-org-trail-logs', inputs: {} },
    { name: 'sandbox', account: '222222222222', bucket: 'sandbox-org-trail-logs', inputs: { mode: 'check' } },
    // The bucket input names a bucket that organization does not have: blocked.
    {
      name: 'customer',
      account: '333333333333',
      bucket: 'customer-org-trail-logs',
      inputs: { 's3-bucket-name': 'no-such-bucket-c' }
    }
  ]
  const orgIds: string[] = []
  for (const job of jobs) {
    const as = await accountCredentials({ endpoint, accountId: job.account })
    const { orgId } = await seedOrganization({ endpoint, as })
    await seedBucket({ endpoint, bucket: job.bucket, as })
    const roleArn = await seedRole({ endpoint, as })
    orgIds.push(orgId)
    await mkdir(path.join(reports, job.name), { recursive: true })
    await run(
      world(),
      { orgId, managementAccountId: job.account, roleArn },
      { 's3-bucket-name': job.bucket, ...job.inputs, 'report-path': path.join(reports, job.name, 'report.json') }
    )
  }
  return { reports, orgIds }
}

describe('the summarize action', () => {
  it(
    'gathers every report into one table, fails for the blocked one, and sends no AWS request',
    async () => {
      const { reports, orgIds } = await threeOrganizations()
      expect(new Set(orgIds).size).toBe(3)
      await writeFile(path.join(reports, 'notes.json'), '{"hello": "world"}')
      const r = await summarize(world(), { reports })
      expectExit(r, 1)
      expect(r.stats.total).toBe(0)
      expect(r.outputs.status).toBe('failed')
      const rows = r.summary.split('\n').filter((l) => l.startsWith('| `'))
      expect(rows).toHaveLength(3)
      // One row per organization, each under its own id: created, drift (check mode, no trail yet), blocked.
      const [production, sandbox, customer] = orgIds.map((id) => rows.find((row) => row.includes(`\`${id}\``)) ?? '')
      expect(production).toMatch(/🟢 created/)
      expect(sandbox).toMatch(/🟠 drift/)
      expect(customer).toMatch(/🔴 blocked/)
      expect(r.summary).toContain('Bucket no-such-bucket-c does not exist')
      expect(r.summary).toMatch(/notes\.json`: not an org-trail report/)
      // Its own inputs only: no warning about inputs it does not know, none about deprecation.
      expect(r.annotations.filter((a) => a.level === 'warning')).toEqual([])
    },
    TEST_TIMEOUT * 2
  )

  it(
    'passes when every gathered run passed',
    async () => {
      const seeded = await seed(world())
      const reports = path.join(dir, 'reports')
      await run(world(), seeded, { 'report-path': path.join(reports, 'a.json') })
      await run(world(), seeded, { mode: 'check', 'report-path': path.join(reports, 'b.json') })
      const r = await summarize(world(), { reports: `${reports}/a.json\n${reports}/b.json` })
      expectExit(r, 0)
      expect(r.outputs.status).toBe('passed')
      expect(r.summary).toContain('2 organizations · 🟢 every run passed')
    },
    TEST_TIMEOUT * 2
  )

  it(
    'catches a report edited by one byte, and one whose SHA-256 file was left behind',
    async () => {
      const seeded = await seed(world())
      const reports = path.join(dir, 'reports')
      const edited = path.join(reports, 'edited.json')
      const alone = path.join(reports, 'alone.json')
      for (const file of [edited, path.join(reports, 'kept.json'), alone])
        await run(world(), seeded, { 'report-path': file })
      // One byte: a finished time one second later, still a valid report. Only its SHA-256 can tell.
      const text = await readFile(edited, 'utf8')
      const at = text.indexOf('"finishedAt": "') + '"finishedAt": "2026-01-01T00:00:0'.length
      await writeFile(edited, `${text.slice(0, at)}${text[at] === '9' ? '8' : '9'}${text.slice(at + 1)}`)
      expect(JSON.parse(await readFile(edited, 'utf8'))).toMatchObject({ schemaVersion: 2 })
      await unlink(`${alone}.sha256`)

      const r = await summarize(world(), { reports })
      expectExit(r, 1)
      expect(r.outputs.status).toBe('failed')
      expect(r.annotations.filter((a) => a.level === 'error').map((a) => [a.title, a.message.split(' ')[0]])).toEqual(
        expect.arrayContaining([
          ['Report altered', edited],
          ['Report not verified', alone]
        ])
      )
      expect(r.summary).toContain('### ❌ Reports that do not match their SHA-256')
      expect(r.summary).toContain(`- \`${edited}\`: does not match its SHA-256`)
      expect(r.summary).toContain(`- \`${alone}\`: cannot be verified: no alone.json.sha256 next to it`)
      // Only the report that still matches is shown as a run.
      expect(r.summary.split('\n').filter((l) => l.startsWith('| `'))).toHaveLength(1)
      expect(r.summary).toContain('The report above matches the SHA-256 its run wrote next to it')
    },
    TEST_TIMEOUT * 2
  )

  it(
    'names its input when no report is given',
    async () => {
      const r = await summarize(world(), {})
      expectExit(r, 1)
      expect(r.annotations.map((a) => [a.level, a.title ?? a.message])).toEqual([
        ['error', 'Invalid input: reports'],
        ['error', '1 invalid input; no AWS request was made.']
      ])
      expect(r.stats.total).toBe(0)
    },
    TEST_TIMEOUT
  )
})

describe('mode: summarize of the main action (deprecated)', () => {
  it(
    'still gathers the reports, with a warning that names the summarize action at the same ref',
    async () => {
      const seeded = await seed(world())
      const reports = path.join(dir, 'reports')
      await run(world(), seeded, { 'report-path': path.join(reports, 'a.json') })
      const r = await run(
        world(),
        null,
        { mode: 'summarize', reports, 'trail-name': '', 's3-bucket-name': '' },
        { env: { GITHUB_ACTION_REPOSITORY: 'octo-org/org-trail', GITHUB_ACTION_REF: 'v0' } }
      )
      expectExit(r, 0)
      expect(r.outputs.status).toBe('passed')
      expect(r.stats.total).toBe(0)
      expect(r.annotations).toEqual([
        expect.objectContaining({
          level: 'warning',
          title: 'Deprecated input: mode',
          message: expect.stringContaining('uses: octo-org/org-trail/summarize@v0') as string
        })
      ])
    },
    TEST_TIMEOUT * 2
  )
})
