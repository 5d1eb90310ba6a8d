// What the action tells people, end to end: the pull-request comment, masked account ids, and secrets
// that never reach the log, the summary or the outputs.
import { startGitHubApi, type GitHubApi } from '../support/github-api.js'
import {
  REGION,
  TEST_TIMEOUT,
  TRAIL,
  changesOf,
  driftTrail,
  expectExit,
  findingsOf,
  logAsShown,
  run,
  seed,
  useWorld,
  withoutMaskCommands,
  type Run
} from '../support/harness.js'

const world = useWorld()

let api: GitHubApi
beforeAll(async () => {
  api = await startGitHubApi()
}, TEST_TIMEOUT)
afterAll(async () => {
  await api?.stop()
})
beforeEach(() => api.reset())

const GITHUB_TOKEN = 'ghs_e2eTokenThatMustNeverBePrinted0000'
const PULL_REQUEST = 17
const pullRequestEvent = {
  action: 'synchronize',
  number: PULL_REQUEST,
  pull_request: { number: PULL_REQUEST, head: { ref: 'feature' }, base: { ref: 'main' } },
  repository: { name: 'octo-repo', owner: { login: 'octo-org' } }
}
/** The options of a run triggered by the pull request, talking to the stand-in API. */
const pr = () => ({
  event: pullRequestEvent,
  eventName: 'pull_request',
  env: { GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'octo-org/octo-repo' }
})

const commentsPath = `/repos/octo-org/octo-repo/issues/${PULL_REQUEST}/comments`

describe('the pull-request comment', () => {
  it(
    'is created by the first check run and updated by the next: one comment, carrying the summary',
    async () => {
      const seeded = await seed(world())
      const marker = `<!-- org-trail:${TRAIL}:${REGION} -->`

      const first = await run(world(), seeded, { mode: 'check', 'github-token': GITHUB_TOKEN }, pr())
      expectExit(first, 1) // drift on a fresh organization: the gate fails, and the comment is still posted
      expect(first.outputs.status).toBe('drift')
      expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${commentsPath}`, `POST ${commentsPath}`])
      expect(api.comments).toHaveLength(1)
      const [comment] = api.comments
      const id = comment?.id
      expect(comment?.body).toContain(marker)
      expect(comment?.body).toContain(first.summary.trim())
      expect(first.stdout).toContain('Pull-request comment created')

      api.requests.length = 0
      const second = await run(world(), seeded, { mode: 'check', 'github-token': GITHUB_TOKEN }, pr())
      expect(second.outputs.status).toBe('drift')
      expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
        `GET ${commentsPath}`,
        `PATCH /repos/octo-org/octo-repo/issues/comments/${String(id)}`
      ])
      expect(api.comments).toHaveLength(1)
      expect(api.comments[0]?.id).toBe(id)
      expect(api.comments[0]?.body).toContain(marker)
      expect(api.comments[0]?.body).toContain(second.summary.trim())
      expect(second.stdout).toContain('Pull-request comment updated')

      // Every request carried the token; no output of the run did.
      for (const request of api.requests) expect(request.authorization).toBe(`token ${GITHUB_TOKEN}`)
      for (const r of [first, second]) {
        expect(r.stdout).not.toContain(GITHUB_TOKEN)
        expect(r.stderr).not.toContain(GITHUB_TOKEN)
        expect(r.summary).not.toContain(GITHUB_TOKEN)
      }
    },
    TEST_TIMEOUT
  )

  it(
    'is not attempted without a token, nor outside a pull request',
    async () => {
      const seeded = await seed(world())
      const noToken = await run(world(), seeded, { mode: 'check', 'fail-on-drift': 'false' }, pr())
      expectExit(noToken, 0)
      const onPush = await run(
        world(),
        seeded,
        { mode: 'check', 'fail-on-drift': 'false', 'github-token': GITHUB_TOKEN },
        {
          env: { GITHUB_API_URL: api.url }
        }
      )
      expectExit(onPush, 0)
      expect(api.requests).toEqual([])
      expect(api.comments).toEqual([])
    },
    TEST_TIMEOUT
  )
})

describe('mask-account-id', () => {
  /** Every text of a run a person sees, but the log lines: the summary and the annotations. */
  const reported = (r: Run) => [r.summary, ...r.annotations.flatMap((a) => [a.title ?? '', a.message])].join('\n')

  it(
    'registers the account id as a secret and keeps it out of the summary and the annotations',
    async () => {
      const seeded = await seed(world())
      const id = seeded.managementAccountId
      const apply = await run(world(), seeded, { 'mask-account-id': 'true' })
      expectExit(apply, 0)
      expect(apply.outputs.status).toBe('created')
      expect(apply.masks).toContain(id)
      expect(apply.summary).toContain('arn:aws:cloudtrail:us-east-1:***:trail/')
      expect(reported(apply)).not.toContain(id)

      const check = await run(world(), seeded, {
        'mask-account-id': 'true',
        mode: 'check',
        'is-multi-region-trail': 'false'
      })
      expectExit(check, 1) // blocked: a destructive change, whose annotation names the trail ARN
      expect(check.masks).toContain(id)
      expect(check.annotations.some((a) => a.level === 'error')).toBe(true)
      expect(reported(check)).not.toContain(id)
    },
    TEST_TIMEOUT
  )

  // The runner masks a value only in the lines printed after its ::add-mask:: command: the id must be
  // registered before the first line that carries it (the "Running as <role ARN>" line, for one).
  it(
    'no line of the log, as the runner shows it, carries the account id',
    async () => {
      const seeded = await seed(world())
      const id = seeded.managementAccountId
      for (const mode of ['apply', 'check']) {
        const r = await run(world(), seeded, { 'mask-account-id': 'true', mode })
        expect(r.masks).toContain(id)
        // The runner masks a value in the lines printed after its ::add-mask:: command, not before.
        expect(logAsShown(r.stdout).filter((line) => line.includes(id))).toEqual([])
      }
    },
    TEST_TIMEOUT
  )
})

describe('secrets', () => {
  /** The values that must never be printed: what the run masked, the OIDC token, the runner's request token. */
  function secretsOf(r: Run): string[] {
    const { oidc } = world()
    return [...new Set([...r.masks, String(oidc.lastToken), oidc.requestToken])]
  }

  function expectNoSecret(r: Run, secrets: readonly string[]): void {
    const places: Record<string, string> = {
      stdout: withoutMaskCommands(r.stdout),
      stderr: r.stderr,
      summary: r.summary,
      outputs: JSON.stringify(r.outputs)
    }
    const found = secrets.flatMap((secret) =>
      Object.entries(places)
        .filter(([, text]) => text.includes(secret))
        .map(([place]) => `${place} contains ${secret.slice(0, 6)}…`)
    )
    expect(found).toEqual([])
  }

  it(
    'no credential or token appears in stdout, stderr, the summary or the outputs',
    async () => {
      const seeded = await seed(world())
      const apply = await run(world(), seeded)
      expectExit(apply, 0)
      // The OIDC token and the three parts of the STS credentials were masked.
      expect(apply.masks).toContain(world().oidc.lastToken)
      expect(apply.masks.length).toBeGreaterThanOrEqual(4)
      expect(apply.tokenRequests).toBe(1)
      expectNoSecret(apply, secretsOf(apply))

      const check = await run(world(), seeded, { mode: 'check' })
      expectExit(check, 0)
      expectNoSecret(check, secretsOf(check))
    },
    TEST_TIMEOUT
  )

  it(
    'a run that fails after the credentials were issued prints none of them either',
    async () => {
      const seeded = await seed(world())
      const r = await run(world(), seeded, { 's3-bucket-name': 'no-such-bucket-e2e', mode: 'check' })
      expectExit(r, 1)
      expect(r.outputs.status).toBe('blocked')
      expect(r.masks.length).toBeGreaterThanOrEqual(4)
      expectNoSecret(r, secretsOf(r))
    },
    TEST_TIMEOUT
  )
})

/** The rows of the summary's "### NAME" table, without its header and separator. */
function tableRows(summary: string, heading: string): string[] {
  const start = summary.indexOf(`### ${heading}`)
  if (start === -1) return []
  const end = summary.indexOf('\n### ', start + 4)
  return summary
    .slice(start, end === -1 ? undefined : end)
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| What') && !l.startsWith('| ---'))
}

describe('one truth: the headline, the table, the changes output and the log agree', () => {
  it(
    'a create whose first write finishes last: every count agrees, and changes come in the order check planned them',
    async () => {
      const seeded = await seed(world())
      const planned = await run(world(), seeded, { mode: 'check' })
      const expected = changesOf(planned)
      // Trusted access is planned first among writes made together; throttled once, it finishes last.
      world().proxy.setFault((req) =>
        req.operation === 'EnableAWSServiceAccess' && req.attempt === 1 ? { kind: 'throttle' } : null
      )
      const created = await run(world(), seeded)
      world().proxy.setFault(null)
      expectExit(created, 0)
      const changes = changesOf(created)
      expect(changes.map((c) => c.what)).toEqual(expected.map((c) => c.what))
      const n = changes.length
      expect(created.summary).toContain(`Created the trail and made ${n} changes in all.`)
      expect(created.summary).toContain(`### Changes made (${n})`)
      expect(tableRows(created.summary, 'Changes made')).toHaveLength(n)
      expect(created.stdout).toContain(`Status: created; ${n} changes`)
      // The rows of the table are the entries of the output, in the same order.
      expect(tableRows(created.summary, 'Changes made').map((r) => r.split(' | ')[0]?.slice(2))).toEqual(
        changes.map((c) => c.what)
      )
    },
    TEST_TIMEOUT
  )
})

describe('posture judges the trail as it is', () => {
  it(
    'a drift run: single-region in the trail table, and CloudTrail.1 failing now, passing after apply',
    async () => {
      const seeded = await seed(world())
      const created = await run(world(), seeded)
      expectExit(created, 0)
      await driftTrail(world(), created.outputs['trail-arn'] ?? '')
      const drift = await run(world(), seeded, { mode: 'check' })
      expect(drift.outputs.status).toBe('drift')
      expect(drift.summary).toContain('| Multi-region | ❌ no |')
      expect(drift.summary).toMatch(/\| ❌ now → ✅ after apply \| `CloudTrail\.1` \| 3\.1 \|/)
      const c1 = findingsOf(drift).find((f) => f.id === 'CloudTrail.1') as unknown as { control: unknown }
      expect(c1.control).toEqual({ securityHub: 'CloudTrail.1', cis: '3.1', now: 'fail', afterApply: 'pass' })
      // After the apply, the re-read trail passes: no "after apply" is left.
      const fixed = await run(world(), seeded)
      expectExit(fixed, 0)
      expect(fixed.summary).toMatch(/\| ✅ pass \| `CloudTrail\.1` \| 3\.1 \|/)
      expect(fixed.summary).not.toContain('after apply')
    },
    TEST_TIMEOUT
  )
})

describe('every failure writes a summary', () => {
  it(
    'invalid inputs: each problem, named by its input, and no AWS request',
    async () => {
      const seeded = await seed(world())
      const r = await run(world(), seeded, { 'trail-name': '-x', 's3-bucket-name': 'Not_A_Bucket', mode: 'plan' })
      expectExit(r, 1)
      expect(r.stats.total).toBe(0)
      expect(r.summary).toContain('🔴 failed')
      expect(r.summary).toContain('**3 inputs are invalid** (5 problems); no AWS request was made.')
      for (const input of ['trail-name', 's3-bucket-name', 'mode']) expect(r.summary).toContain(`| \`${input}\` |`)
    },
    TEST_TIMEOUT
  )

  it(
    'a missing id-token permission: the permissions block to add, in a code block',
    async () => {
      const seeded = await seed(world())
      const r = await run(
        world(),
        seeded,
        {},
        { env: { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined } }
      )
      expectExit(r, 1)
      expect(r.summary).toContain('**Fix:**\n\n```yaml\npermissions:\n  id-token: write\n  contents: read\n```')
    },
    TEST_TIMEOUT
  )
})
