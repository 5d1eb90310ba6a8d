// Races, end to end: several applies at once on one fresh organization, CloudTrail's TrailAlreadyExists
// answered as AWS answers it (moto silently overwrites instead), and other writers changing the bucket
// policy while a run is merging into it.
//
// The chain is: dist/index.js -> recording proxy (tools/proxy.mjs) -> interceptor (below) -> moto. The
// proxy's AWS layer answers CreateTrail of a name that exists with TrailAlreadyExistsException, one
// CreateTrail of a name at a time, as CloudTrail does (tools/aws/trail-already-exists.mjs; moto silently
// replaces the trail and its logging status). The proxy's fault hook is synchronous and only knows
// throttling, 500, 503 and drops, so the interceptor is what can hold a request while the test acts (an
// asynchronous hook) and answer with any AWS error. It also makes moto answer as AWS does where the two
// differ on a race the layer does not model:
// - CreateServiceLinkedRole for a role that exists: AWS says InvalidInput "Service role name … has been
//   taken in this account"; moto says EntityAlreadyExists.
import http from 'node:http'
import { randomBytes } from 'node:crypto'
import { DescribeTrailsCommand, CreateTrailCommand } from '@aws-sdk/client-cloudtrail'
import { GetBucketPolicyCommand, PutBucketPolicyCommand } from '@aws-sdk/client-s3'
import { startMoto } from '../../tools/moto.mjs'
import { startTokenServer } from '../../tools/oidc.mjs'
import { classify, startProxy } from '../../tools/proxy.mjs'
import { clients } from '../../tools/seed.mjs'
import {
  BUCKET,
  FOREIGN_STATEMENT,
  REGION,
  TEST_TIMEOUT,
  TRAIL,
  expectExit,
  run,
  seed,
  type Run,
  type World
} from '../support/harness.js'
import {
  CLOUDTRAIL_SIDS,
  expectCleanFailure,
  expectConverged,
  expectNoDuplicateStatement,
  expectSucceededOrFailedCleanly,
  statementsOf,
  trailArnOf,
  type PolicyStatement
} from '../support/reliability.js'

// ---------------------------------------------------------------------------------------------------
// The interceptor

interface Intercepted {
  readonly service: string
  readonly operation: string
  readonly method: string
  readonly path: string
  readonly body: Buffer
  readonly attempt: number
}

interface Reply {
  readonly status: number
  readonly headers: Record<string, string | string[]>
  readonly body: Buffer | string
}

/**
 * Sees every request before moto does. `forward` sends it on, through the AWS-like rules (once), and
 * returns the answer. The hook returns the reply to give (that one, or one of its own), 'drop' to hang up
 * without answering, or undefined for the forwarded answer.
 */
type Hook = (req: Intercepted, forward: () => Promise<Reply>) => Promise<Reply | 'drop' | undefined>

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer'
])
function endToEnd(headers: http.IncomingHttpHeaders): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const [k, v] of Object.entries(headers)) if (v !== undefined && !HOP_BY_HOP.has(k)) out[k] = v
  return out
}

async function startInterceptor(target: string) {
  const upstream = new URL(target)
  let hook: Hook | null = null
  let rules: Hook | null = null

  const send = (req: http.IncomingMessage, body: Buffer): Promise<Reply> =>
    new Promise((resolve, reject) => {
      const out = http.request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: { ...endToEnd(req.headers), 'content-length': String(body.length) }
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 502, headers: endToEnd(res.headers), body: Buffer.concat(chunks) })
          )
          res.on('error', reject)
        }
      )
      out.on('error', reject)
      out.end(body)
    })

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks)
    const method = req.method ?? 'GET'
    const path = req.url ?? '/'
    const { service, operation } = classify(method, path, req.headers, body)
    const attempt = Number(/attempt=(\d+)/.exec(String(req.headers['amz-sdk-request'] ?? ''))?.[1] ?? 1)
    const intercepted: Intercepted = { service, operation, method, path, body, attempt }
    const toMoto = () => send(req, body)
    let forwarded: Promise<Reply> | undefined
    // The AWS-like rules first decide what "AWS" answers; the test's hook sees that answer.
    const forward = () =>
      (forwarded ??= (async () => {
        const ruled = rules && service !== 'moto' ? await rules(intercepted, toMoto) : undefined
        if (ruled === 'drop') throw new Error('the AWS-like rules never drop')
        return ruled ?? toMoto()
      })())
    const decided = hook && service !== 'moto' ? await hook(intercepted, forward) : undefined
    if (decided === 'drop') return void req.socket.destroy()
    const reply = decided ?? (await forward())
    const payload = typeof reply.body === 'string' ? Buffer.from(reply.body) : reply.body
    res.writeHead(reply.status, { ...reply.headers, 'content-length': String(payload.length) }).end(payload)
  }

  const server = http.createServer((req, res) => void handle(req, res).catch(() => res.destroy()))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${port}`,
    setHook(fn: Hook | null) {
      hook = fn
    },
    setRules(fn: Hook | null) {
      rules = fn
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}

type Interceptor = Awaited<ReturnType<typeof startInterceptor>>

// ---------------------------------------------------------------------------------------------------
// The world of this file: like harness.useWorld, with the interceptor between the proxy and moto.

let world: (World & { interceptor: Interceptor }) | undefined
const w = () => {
  if (!world) throw new Error('the end-to-end servers are not running (beforeAll failed?)')
  return world
}
beforeAll(async () => {
  const moto = await startMoto()
  const interceptor = await startInterceptor(moto.url)
  const [proxy, oidc] = await Promise.all([startProxy({ target: interceptor.url }), startTokenServer()])
  world = { moto, proxy, oidc, interceptor }
}, TEST_TIMEOUT)
afterAll(async () => {
  if (!world) return
  await Promise.allSettled([world.proxy.stop(), world.oidc.stop()])
  await world.interceptor.stop()
  await world.moto.stop()
}, TEST_TIMEOUT)
beforeEach(async () => {
  await w().moto.reset()
  w().proxy.layer?.forget()
  w().proxy.reset()
  w().proxy.setFault(null)
  w().interceptor.setHook(null)
  w().interceptor.setRules(null)
  Object.assign(answered, { trailsCreated: 0, serviceRoleTaken: 0 })
  setWindows(defaultWindows)
})

const direct = () => clients({ endpoint: w().moto.url, region: REGION })

async function trailExists(name: string): Promise<boolean> {
  const { trailList = [] } = await direct().cloudtrail.send(new DescribeTrailsCommand({ includeShadowTrails: true }))
  return trailList.some((t) => t.Name === name)
}

/** The query-protocol error IAM answers a CreateServiceLinkedRole for a role that exists. */
function serviceRoleTaken(roleName: string): Reply {
  const requestId = randomBytes(16).toString('hex')
  return {
    status: 400,
    headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
    body:
      '<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type><Code>InvalidInput</Code>' +
      `<Message>Service role name ${roleName} has been taken in this account, please try a different suffix.</Message></Error>` +
      `<RequestId>${requestId}</RequestId></ErrorResponse>`
  }
}

/** The AWS layer's windows (tools/aws/windows.mjs) as the proxy started with them, by behaviour. */
let defaultWindows: Record<string, number> = {}
const windowed = () =>
  (w().proxy.layer?.behaviours ?? []).flatMap((b) => {
    const settings = (b as { settings?: { windowMs?: number } }).settings
    return settings?.windowMs === undefined ? [] : [{ name: b.name, settings }]
  })
function setWindows(windows: Record<string, number> | number): void {
  for (const { name, settings } of windowed())
    settings.windowMs = typeof windows === 'number' ? windows : (windows[name] ?? settings.windowMs)
}
beforeAll(() => {
  defaultWindows = Object.fromEntries(windowed().map(({ name, settings }) => [name, Number(settings.windowMs)]))
})

/** What reached moto, and what the AWS-like rules answered, in the current test. */
const answered = { trailsCreated: 0, serviceRoleTaken: 0 }

/** CreateTrails of the last run(s) the AWS layer answered TrailAlreadyExistsException itself. */
const trailAlreadyExistsAnswers = (): number =>
  w()
    .proxy.aws()
    .filter((r) => r.operation === 'CreateTrail' && r.answeredBy === 'trail-already-exists').length

/**
 * AWS's answers where moto's differ and the AWS layer does not model them; counts the trails moto created
 * (the CreateTrails the layer let through).
 */
function awsLikeRules(): Hook {
  return async (req, toMoto) => {
    if (req.service === 'cloudtrail' && req.operation === 'CreateTrail') {
      const reply = await toMoto()
      if (reply.status === 200) answered.trailsCreated++
      return reply
    }
    if (req.service === 'iam' && req.operation === 'CreateServiceLinkedRole') {
      const reply = await toMoto()
      const role = /Role with name (\S+) already exists/.exec(reply.body.toString())?.[1]
      if (reply.status >= 400 && /EntityAlreadyExists/.test(reply.body.toString())) {
        answered.serviceRoleTaken++
        return serviceRoleTaken(role ?? 'AWSServiceRoleForCloudTrail')
      }
      return reply
    }
    return undefined
  }
}

/** Seeds a fresh organization and puts the AWS-like rules in front of moto for its account. */
async function seedAws() {
  const seeded = await seed(w())
  w().interceptor.setRules(awsLikeRules())
  return seeded
}

async function policyStatements(): Promise<PolicyStatement[]> {
  const { Policy } = await direct().s3.send(new GetBucketPolicyCommand({ Bucket: BUCKET }))
  return statementsOf(JSON.parse(Policy ?? 'null'))
}
async function putStatements(statements: readonly PolicyStatement[]): Promise<void> {
  await direct().s3.send(
    new PutBucketPolicyCommand({
      Bucket: BUCKET,
      Policy: JSON.stringify({ Version: '2012-10-17', Statement: statements })
    })
  )
}

/** Another team's statement, written by another tool while org-trail runs. */
const AUDITOR_STATEMENT: PolicyStatement = {
  Sid: 'AuditorsRead',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::210987654321:root' },
  Action: ['s3:GetObject', 's3:ListBucket'],
  Resource: [`arn:aws:s3:::${BUCKET}`, `arn:aws:s3:::${BUCKET}/*`]
}

/** Requests of the run that got past the AWS layer's refusals (conflicts, propagation) to CloudTrail or S3. */
const operationsOf = (_r: Run, service: string, operation: string) =>
  w()
    .proxy.aws()
    .filter((o) => o.service === service && o.operation === operation && o.answeredBy === undefined).length

// ---------------------------------------------------------------------------------------------------

const figures = {
  runs: 0,
  succeeded: 0,
  failedCleanly: 0,
  created: 0,
  adopted: 0,
  alreadyExistsAnswers: 0,
  serviceRoleTaken: 0,
  policyRemerges: 0
}
afterEach(() => {
  figures.alreadyExistsAnswers += trailAlreadyExistsAnswers()
  figures.serviceRoleTaken += answered.serviceRoleTaken
})
afterAll(() => {
  console.log(
    `races: runs=${figures.runs} succeeded=${figures.succeeded} failed-cleanly=${figures.failedCleanly} created=${figures.created} ` +
      `adopted=${figures.adopted} TrailAlreadyExists-answers=${figures.alreadyExistsAnswers} service-role-taken-answers=${figures.serviceRoleTaken} bucket-policy-remerges=${figures.policyRemerges}`
  )
})
function tallyRun(r: Run): void {
  figures.runs++
  if (expectSucceededOrFailedCleanly(r) === 'succeeded') figures.succeeded++
  else figures.failedCleanly++
  if (r.outputs.status === 'created') figures.created++
  if (/adopting arn:/.test(r.stdout)) figures.adopted++
  if (/changed by another writer meanwhile; merging again/.test(r.stdout)) figures.policyRemerges++
}

const ADOPTED_SUMMARY = 'Adopted the trail another run had just created'

describe('several applies at once on the same fresh organization', () => {
  it(
    'three runs: one creates the trail, the others get TrailAlreadyExists and adopt it; one trail, as declared, logging',
    async () => {
      const RUNS = 3
      const seeded = await seedAws()
      // CloudTrail (the AWS layer) answers the CreateTrails of one name one at a time. Hold the one that
      // reaches moto until every run has sent its own (the proxy records a request as it arrives), so that
      // the race is certain rather than likely: none exists until then, and the others then meet the trail
      // it created. AWS sees every write at once here (no propagation windows), so that this race is only
      // about who creates the trail.
      setWindows(0)
      const sent = () =>
        w()
          .proxy.aws()
          .filter((r) => r.operation === 'CreateTrail').length
      let held = 0
      w().interceptor.setHook(async (req, forward) => {
        if (req.operation !== 'CreateTrail') return undefined
        held++
        // A safety valve only: on a loaded machine a run may take a while to plan (the AWS layer's holds).
        const deadline = Date.now() + 40_000
        while (sent() < RUNS && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
        return forward()
      })

      const runs = await Promise.all(Array.from({ length: RUNS }, () => run(w(), seeded)))
      runs.forEach(tallyRun)

      // A run that failed before CreateTrail says why here.
      for (const r of runs) expectExit(r, 0)
      expect(held).toBe(1)
      expect(answered.trailsCreated).toBe(1)
      expect(trailAlreadyExistsAnswers()).toBe(RUNS - 1)
      const statuses = runs.map((r) => r.outputs.status).sort()
      expect(statuses).toEqual(['created', 'updated', 'updated'])
      const adopters = runs.filter((r) => r.outputs.status === 'updated')
      for (const r of adopters) {
        expect(r.stdout).toContain(
          `Trail ${TRAIL} was created by another run meanwhile; adopting ${trailArnOf(seeded)}`
        )
        expect(r.summary).toContain(ADOPTED_SUMMARY)
        expect(r.outputs['trail-arn']).toBe(trailArnOf(seeded))
        expect(r.outputs['is-logging']).toBe('true')
      }
      await expectConverged(w(), seeded)
    },
    TEST_TIMEOUT
  )

  it(
    'three runs at once, left to timing: each succeeds or fails cleanly on a fresh policy, exactly one creates, and they converge',
    async () => {
      // The same race left to timing, with CloudTrail's TrailAlreadyExists rule in place.
      const RUNS = 3
      const seeded = await seedAws()
      const runs = await Promise.all(Array.from({ length: RUNS }, () => run(w(), seeded)))
      runs.forEach(tallyRun)

      // A run whose plan found the bucket policy (or trusted access) another run had just written may call
      // CreateTrail inside that grant's propagation window. It waits for a bucket policy it found, but for
      // organization access only after a write of its own (a refusal of access found in place is more
      // often a missing permission than a moment-old grant), so it may fail cleanly on
      // InsufficientDependencyServiceAccessPermissionException, or on InsufficientS3BucketPolicyException
      // when the policy outlasts its wait, and the next run finishes. Every other run
      // succeeds: exactly one created the trail; each other one either saw it (updated or unchanged) or
      // raced and adopted it (updated).
      const failed = runs.filter((r) => r.code !== 0)
      for (const r of failed)
        expect(r.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
          expect.stringMatching(
            /InsufficientS3BucketPolicyException|InsufficientDependencyServiceAccessPermissionException/
          )
        ])
      expect(answered.trailsCreated).toBe(1)
      expect(runs.filter((r) => r.outputs.status === 'created')).toHaveLength(1)
      for (const r of runs.filter((x) => x.code === 0 && x.outputs.status !== 'created'))
        expect(['updated', 'unchanged']).toContain(r.outputs.status)
      if (failed.length > 0) expectExit(await run(w(), seeded), 0)
      await expectConverged(w(), seeded)
    },
    TEST_TIMEOUT
  )

  it(
    'adopts a trail another writer created meanwhile with other settings, and updates it to the declaration',
    async () => {
      const seeded = await seedAws()
      const arn = trailArnOf(seeded)
      // Between this run's read and its CreateTrail (when it writes the bucket policy, after planning),
      // someone creates the trail single-region and not logging.
      w().interceptor.setHook(async (req) => {
        if (req.service !== 's3' || req.operation !== 'PutBucketPolicy') return undefined
        if (!(await trailExists(TRAIL))) {
          await direct().cloudtrail.send(
            new CreateTrailCommand({
              Name: TRAIL,
              S3BucketName: BUCKET,
              IsOrganizationTrail: true,
              IsMultiRegionTrail: false,
              EnableLogFileValidation: true
            })
          )
        }
        return undefined
      })
      const r = await run(w(), seeded)
      tallyRun(r)

      expectExit(r, 0)
      expect(r.outputs.status).toBe('updated')
      expect(r.stdout).toContain(`adopting ${arn}`)
      expect(r.summary).toContain(ADOPTED_SUMMARY)
      // CloudTrail (the AWS layer) refused the CreateTrail: it never reached moto, which would overwrite.
      expect(operationsOf(r, 'cloudtrail', 'CreateTrail')).toBe(0)
      expect(trailAlreadyExistsAnswers()).toBe(1)
      expect(operationsOf(r, 'cloudtrail', 'UpdateTrail')).toBe(1)
      expect(operationsOf(r, 'cloudtrail', 'StartLogging')).toBe(1)
      expect(r.outputs['trail-arn']).toBe(arn)
      expect(r.outputs['is-logging']).toBe('true')
      await expectConverged(w(), seeded)
    },
    TEST_TIMEOUT
  )

  it(
    'a CreateTrail that succeeded but whose answer was lost: the SDK retry meets TrailAlreadyExists, and the run adopts its own trail',
    async () => {
      const seeded = await seedAws()
      let lost = 0
      w().interceptor.setHook(async (req, forward) => {
        if (req.operation !== 'CreateTrail') return undefined
        const reply = await forward()
        if (lost === 0 && reply.status === 200) {
          lost++
          return 'drop'
        }
        return reply
      })
      const r = await run(w(), seeded)
      tallyRun(r)

      expect(lost).toBe(1)
      expect(answered.trailsCreated).toBe(1)
      expect(trailAlreadyExistsAnswers()).toBe(1)
      expectExit(r, 0)
      expect(['created', 'updated']).toContain(r.outputs.status)
      expect(r.outputs['is-logging']).toBe('true')
      await expectConverged(w(), seeded)
    },
    TEST_TIMEOUT
  )
})

describe('another writer changes the bucket policy while a run merges into it', () => {
  /** The n-th GetBucketPolicy of a run: 1 is observe's, 2 the re-read right before the write, 3 the check after it. */
  function onGetBucketPolicy(n: number, act: () => Promise<void>) {
    let seen = 0
    let acted = false
    w().interceptor.setHook(async (req) => {
      if (req.service !== 's3' || req.operation !== 'GetBucketPolicy') return undefined
      if (++seen === n) {
        await act()
        acted = true
      }
      return undefined
    })
    return () => acted
  }

  it(
    'a statement added after the plan read the policy, before the write: the re-read right before the write keeps it',
    async () => {
      const seeded = await seedAws()
      // Pause the run's second GetBucketPolicy (the one right before its write) while another tool adds
      // its statement; then let the read go on.
      const acted = onGetBucketPolicy(2, async () => putStatements([...(await policyStatements()), AUDITOR_STATEMENT]))
      const r = await run(w(), seeded)
      tallyRun(r)

      expect(acted()).toBe(true)
      expectExit(r, 0)
      // After the write, the check re-reads until S3 no longer answers the policy from before it (stale).
      const policyOps = r.operations.filter((o) => o.startsWith('s3:') && /BucketPolicy$/.test(o))
      expect(policyOps.slice(0, 4)).toEqual([
        's3:GetBucketPolicy',
        's3:GetBucketPolicy',
        's3:PutBucketPolicy',
        's3:GetBucketPolicy'
      ])
      expect(new Set(policyOps.slice(3))).toEqual(new Set(['s3:GetBucketPolicy']))
      await expectConverged(w(), seeded, [FOREIGN_STATEMENT, AUDITOR_STATEMENT])
    },
    TEST_TIMEOUT
  )

  it(
    'another writer replaces the policy right after the run wrote it, dropping CloudTrail: the run notices and merges again',
    async () => {
      const seeded = await seedAws()
      // After the run's PutBucketPolicy and before its check, another tool writes its own version of
      // the policy: the foreign statements plus a new one, without CloudTrail's.
      const acted = onGetBucketPolicy(3, async () => {
        const others = (await policyStatements()).filter((s) => !CLOUDTRAIL_SIDS.includes(String(s.Sid)))
        await putStatements([...others, AUDITOR_STATEMENT])
      })
      const r = await run(w(), seeded)
      tallyRun(r)

      expect(acted()).toBe(true)
      expectExit(r, 0)
      expect(r.stdout).toContain(
        `The policy of bucket ${BUCKET} was changed by another writer meanwhile; merging again`
      )
      expect(operationsOf(r, 's3', 'PutBucketPolicy')).toBe(2)
      await expectConverged(w(), seeded, [FOREIGN_STATEMENT, AUDITOR_STATEMENT])
    },
    TEST_TIMEOUT
  )

  it(
    'a writer that replaces the policy after every write: the run stops with a clear error before the trail, loses nothing, and the next run finishes',
    async () => {
      const seeded = await seedAws()
      let replaced = 0
      // The other tool's statement of its n-th write: each write of its own differs from the one before, so
      // the run sees a third version (another writer), not the policy it read (which a stale read shows too).
      const theirs = (n: number): PolicyStatement => ({ ...AUDITOR_STATEMENT, Sid: `${AUDITOR_STATEMENT.Sid}${n}` })
      w().interceptor.setHook(async (req, forward) => {
        if (req.service !== 's3' || req.operation !== 'PutBucketPolicy') return undefined
        // Let the run's write land, then put the other tool's version back before the run can check.
        const reply = await forward()
        const others = (await policyStatements()).filter((s) => !CLOUDTRAIL_SIDS.includes(String(s.Sid)))
        await putStatements([...others, theirs(replaced)])
        replaced++
        return reply
      })
      const failed = await run(w(), seeded)
      tallyRun(failed)

      expectCleanFailure(failed)
      expect(replaced).toBe(2)
      const error = failed.annotations.find((a) => a.level === 'error' && a.title)
      expect(error?.title).toBe('Bucket policy keeps changing')
      expect(error?.message).toContain(BUCKET)
      expect(error?.message).toMatch(/concurrency group/)
      expect(operationsOf(failed, 'cloudtrail', 'CreateTrail')).toBe(0)
      // Nothing lost: both writers' statements are there, once each.
      const half = await policyStatements()
      expectNoDuplicateStatement(half)
      expect(half.filter((s) => s.Sid === FOREIGN_STATEMENT.Sid)).toEqual([FOREIGN_STATEMENT])
      expect(half.filter((s) => String(s.Sid).startsWith(String(AUDITOR_STATEMENT.Sid)))).toEqual([
        theirs(0),
        theirs(1)
      ])

      w().interceptor.setHook(null)
      const next = await run(w(), seeded)
      tallyRun(next)
      expectExit(next, 0)
      expect(next.outputs.status).toBe('created')
      await expectConverged(w(), seeded, [FOREIGN_STATEMENT, theirs(0), theirs(1)])
    },
    TEST_TIMEOUT
  )
})

describe('a write that fails while another write of the same stage is still in flight', () => {
  it(
    'the failure message lists every write the run made, the one that finished after the failure included',
    async () => {
      // Stage 1 writes trusted access, the service-linked role and the bucket policy together. IAM refuses
      // the role (permanent: no SDK retry) while the policy write is still on its way; the policy write
      // then succeeds. The report must not say less was done than was.
      const seeded = await seedAws()
      let refused!: () => void
      const roleRefused = new Promise<void>((resolve) => (refused = resolve))
      w().interceptor.setHook(async (req, forward) => {
        if (req.service === 'iam' && req.operation === 'CreateServiceLinkedRole') {
          refused()
          const requestId = randomBytes(16).toString('hex')
          return {
            status: 403,
            headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
            body:
              '<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type><Code>AccessDenied</Code>' +
              `<Message>User: arn:aws:sts::${seeded.managementAccountId}:assumed-role/org-trail-deployer/org-trail is not authorized to perform: iam:CreateServiceLinkedRole</Message>` +
              `</Error><RequestId>${requestId}</RequestId></ErrorResponse>`
          }
        }
        if (req.service === 's3' && req.operation === 'PutBucketPolicy') {
          await roleRefused
          await new Promise((resolve) => setTimeout(resolve, 300))
          return forward()
        }
        return undefined
      })
      const failed = await run(w(), seeded)
      tallyRun(failed)

      expectCleanFailure(failed)
      const error = failed.annotations.find((a) => a.level === 'error' && a.title)
      expect(error?.title).toBe('Permission denied: iam:CreateServiceLinkedRole')
      // The policy write did happen (moto holds it) ...
      const statements = await policyStatements()
      expect(statements.map((st) => st.Sid).sort()).toEqual(['DenyInsecureTransport', ...CLOUDTRAIL_SIDS])
      // ... so the message must say so, as it says for trusted access.
      expect(error?.message).toContain('Done before the failure: ')
      expect(error?.message).toContain('Trusted access for cloudtrail.amazonaws.com')
      expect(error?.message).toContain(`Policy of bucket ${BUCKET}`)
    },
    TEST_TIMEOUT
  )
})
