// Reliability under faults, end to end: the bundled action runs through the proxy while a seeded 20% of its
// AWS requests fail (throttling in each protocol's own wire format, 500, 503, dropped connections). Every
// run must still converge, and write nothing twice. A fault that outlasts the SDK's retries must fail the
// run with a clear message, lose nothing, and leave the rest to the next run.
import { MAX_ATTEMPTS } from '../../src/aws/clients.js'
import { faultPlan } from '../../tools/proxy.mjs'
import {
  FOREIGN_STATEMENT,
  TEST_TIMEOUT,
  driftTrail,
  expectExit,
  run,
  seed,
  state,
  useWorld,
  type Run,
  type Seeded
} from '../support/harness.js'
import {
  cloudTrailStatements,
  expectCleanFailure,
  expectConverged,
  expectNoDuplicateStatement,
  statementsOf,
  trailArnOf
} from '../support/reliability.js'

type FaultFn = ReturnType<typeof faultPlan>
type FaultKind = 'throttle' | '500' | '503' | 'drop'

const world = useWorld()

const RATE = 0.2
const SEEDS = [1, 2, 3]
const KINDS: FaultKind[] = ['throttle', '500', '503', 'drop']

/** FNV-1a: a stable number for an operation name. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0
  return h
}

/**
 * One seeded fault plan per operation, so that whether the n-th request of an operation fails depends
 * only on the seed, the operation and n, not on how the run's concurrent requests happen to interleave:
 * the same seed faults the same calls on every run. Only the first MAX_ATTEMPTS - 1 attempts of a call
 * may fail, so the SDK's last attempt always goes through and a correct run must converge.
 */
function seededFaults(seed: number): FaultFn {
  const plans = new Map<string, FaultFn>()
  return (req) => {
    const key = `${req.service}:${req.operation}`
    let plan = plans.get(key)
    if (!plan) {
      plan = faultPlan({
        seed: (seed * 0x9e3779b1 + hash(key)) >>> 0,
        rate: RATE,
        kinds: KINDS,
        maxAttempt: MAX_ATTEMPTS - 1
      })
      plans.set(key, plan)
    }
    return plan(req)
  }
}

interface Tally {
  runs: number
  converged: number
  requests: number
  faults: number
  byKind: Record<string, number>
  /** Services that received each kind of fault: every protocol's throttling, for example. */
  servicesByKind: Record<string, Set<string>>
}
const tally = (): Tally => ({ runs: 0, converged: 0, requests: 0, faults: 0, byKind: {}, servicesByKind: {} })
const describeTally = (t: Tally): string =>
  `runs=${t.runs} converged=${t.converged} requests=${t.requests} faults=${t.faults} ` +
  `(${KINDS.map((k) => `${k}=${t.byKind[k] ?? 0}`).join(' ')}; throttled services: ${[...(t.servicesByKind.throttle ?? [])].sort().join(',') || 'none'})`

function count(t: Tally, r: Run): void {
  t.runs++
  t.requests += r.stats.total
  t.faults += r.stats.faults
  for (const [kind, n] of Object.entries(r.stats.faultsByKind)) t.byKind[kind] = (t.byKind[kind] ?? 0) + n
  for (const rec of world().proxy.aws()) {
    if (rec.fault) (t.servicesByKind[rec.fault] ??= new Set()).add(rec.service)
  }
}

/** Writes that reached moto (a faulted request never does, nor one the AWS layer refused), by operation. */
function deliveredWrites(): Record<string, number> {
  const writes: Record<string, number> = {}
  for (const r of world().proxy.aws())
    if (r.write && !r.fault && r.answeredBy === undefined) writes[r.operation] = (writes[r.operation] ?? 0) + 1
  return writes
}

type Start = 'fresh' | 'drifted' | 'converged'

/** Puts moto in the starting state, with fault-free runs of the action where one is needed. */
async function prepare(start: Start): Promise<Seeded> {
  const seeded = await seed(world())
  if (start === 'fresh') return seeded
  const first = await run(world(), seeded)
  expectExit(first, 0)
  if (start === 'drifted') await driftTrail(world(), trailArnOf(seeded))
  return seeded
}

const EXPECTED_STATUS: Record<Start, string> = { fresh: 'created', drifted: 'updated', converged: 'unchanged' }
/** The writes a fault-free run makes from each state (tag-provenance adds the repository and workflow tags). */
const EXPECTED_WRITES: Record<Start, Record<string, number>> = {
  fresh: {
    EnableAWSServiceAccess: 1,
    CreateServiceLinkedRole: 1,
    PutBucketPolicy: 1,
    CreateTrail: 1,
    StartLogging: 1,
    AddTags: 1
  },
  drifted: { UpdateTrail: 1, StartLogging: 1 },
  converged: {}
}

describe(`every run converges with ${RATE * 100}% of AWS requests failing`, () => {
  const t = tally()
  afterAll(() => {
    console.log(
      `fault injection (${SEEDS.length * 3} seeded runs at ${RATE * 100}% + 1 run throttling each service once): ${describeTally(t)}`
    )
  })

  for (const start of ['fresh', 'drifted', 'converged'] as const) {
    for (const faultSeed of SEEDS) {
      it(
        `${start} organization, seed ${faultSeed}`,
        async () => {
          const seeded = await prepare(start)
          world().proxy.setFault(seededFaults(faultSeed))
          const r = await run(world(), seeded)
          world().proxy.setFault(null)
          count(t, r)

          // Faults were really injected into this run, and it still converged.
          expect(r.stats.faults).toBeGreaterThan(0)
          expectExit(r, 0)
          expect(r.outputs.status).toBe(EXPECTED_STATUS[start])
          expect(r.outputs['is-logging']).toBe('true')
          await expectConverged(world(), seeded)
          t.converged++

          // Retried requests never became duplicate writes: each write reached AWS exactly once, and exactly
          // the writes a fault-free run makes from this state.
          expect(deliveredWrites()).toEqual(EXPECTED_WRITES[start])
        },
        TEST_TIMEOUT
      )
    }
  }

  it(
    'fresh organization, the first call to each service throttled in its own wire format',
    async () => {
      // Seeded faults need not hit every protocol with every kind; this makes sure each protocol's
      // throttling (JSON 1.1 ThrottlingException, query Throttling, S3 SlowDown) is met and retried.
      const seeded = await prepare('fresh')
      const throttled = new Set<string>()
      world().proxy.setFault((req) => {
        if (throttled.has(req.service)) return null
        throttled.add(req.service)
        return { kind: 'throttle' }
      })
      const r = await run(world(), seeded)
      world().proxy.setFault(null)
      count(t, r)
      expect([...throttled].sort()).toEqual(['cloudtrail', 'iam', 'organizations', 's3', 'sts'])
      expect(r.stats.faultsByKind).toEqual({ throttle: 5 })
      expectExit(r, 0)
      expect(r.outputs.status).toBe('created')
      await expectConverged(world(), seeded)
      t.converged++
      expect(deliveredWrites()).toEqual(EXPECTED_WRITES.fresh)
    },
    TEST_TIMEOUT
  )

  it('injected every kind of fault, and throttled each protocol in its own wire format', () => {
    // Guards against a suite that passes because nothing was injected (for example a proxy that no
    // longer classifies requests, or a fault function that never matches).
    expect(t.runs).toBe(SEEDS.length * 3 + 1)
    expect(t.converged).toBe(t.runs)
    expect(t.faults).toBeGreaterThan(0)
    for (const kind of KINDS) expect(t.byKind[kind] ?? 0).toBeGreaterThan(0)
    const throttled = t.servicesByKind.throttle ?? new Set<string>()
    // JSON 1.1 (CloudTrail or Organizations), query (STS or IAM) and S3's REST-XML.
    expect([...throttled].some((s) => s === 'cloudtrail' || s === 'organizations')).toBe(true)
    expect([...throttled].some((s) => s === 'sts' || s === 'iam')).toBe(true)
    expect(throttled.has('s3')).toBe(true)
  })
})

describe('a fault that outlasts the SDK retries', () => {
  const t = tally()
  /** The error annotations of the failed runs, read again by the last test. */
  const messages: string[] = []
  afterAll(() => {
    console.log(`faults beyond ${MAX_ATTEMPTS} attempts: ${describeTally(t)}`)
  })

  for (const kind of ['503', 'drop'] as const) {
    it(
      `CreateTrail failing on every attempt (${kind}): exit 1 naming cloudtrail:CreateTrail, nothing lost, the next run finishes`,
      async () => {
        const seeded = await seed(world())
        world().proxy.setFault((req) =>
          req.service === 'cloudtrail' && req.operation === 'CreateTrail' ? { kind } : null
        )
        const failed = await run(world(), seeded)
        world().proxy.setFault(null)
        count(t, failed)

        // The SDK's bounded retries, and no retry loop of the action's own on top of them.
        expect(failed.stats.byOperation.CreateTrail).toBe(MAX_ATTEMPTS)
        expect(failed.stats.faults).toBe(MAX_ATTEMPTS)
        expectCleanFailure(failed)
        const error = failed.annotations.find((a) => a.level === 'error' && a.title)
        messages.push(error?.message ?? '')
        expect(error?.title).toContain('cloudtrail:CreateTrail')
        expect(error?.message).toContain('cloudtrail:CreateTrail')
        expect(error?.message).toMatch(/retried/i)
        expect(error?.message).toMatch(/next run (continues|picks up)/i)
        // What was done before the failure is said, so nobody has to guess.
        expect(error?.message).toContain('Done before the failure')
        expect(failed.summary).toContain('🔴 failed')
        // The summary says what was done, what was not, and what the next run does.
        expect(failed.summary).toMatch(/### Done before the failure \([1-9]\d*\)/)
        expect(failed.summary).toMatch(/### Not done \([1-9]\d*\)[\s\S]*\| Trail org-trail in us-east-1 \| absent \|/)
        expect(failed.summary).toContain('**The next run** reads the account again')
        expect(failed.outputs.status).toBeUndefined()

        // Half-way, nothing is lost: no trail yet, the foreign statement kept exactly, CloudTrail's own
        // statements written once, trusted access on.
        const half = await state(world())
        expect(half.trails).toEqual([])
        const statements = statementsOf(half.bucketPolicy)
        expectNoDuplicateStatement(statements)
        expect(statements.filter((s) => s.Sid === FOREIGN_STATEMENT.Sid)).toEqual([FOREIGN_STATEMENT])
        expect(statements.filter((s) => s.Sid !== FOREIGN_STATEMENT.Sid)).toEqual(cloudTrailStatements(seeded))
        expect(half.trustedServices).toContain('cloudtrail.amazonaws.com')

        // The next run, without faults, does only what is left.
        const next = await run(world(), seeded)
        count(t, next)
        expectExit(next, 0)
        expect(next.outputs.status).toBe('created')
        expect(deliveredWrites()).toEqual({ CreateTrail: 1, StartLogging: 1, AddTags: 1 })
        await expectConverged(world(), seeded)
        t.converged++
      },
      TEST_TIMEOUT
    )
  }

  it('the failure message does not double the full stop that ends the AWS message', () => {
    // AWS messages end with a full stop ("Service is unavailable. Please try again."); the explanation
    // appends another one after it.
    expect(messages).toHaveLength(2)
    for (const message of messages) expect(message).not.toMatch(/[^.]\.\.(\s|$)/)
  })
})
