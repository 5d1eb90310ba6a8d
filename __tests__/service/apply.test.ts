import {
  CloudTrailAccessNotEnabledException,
  CreateTrailCommand,
  GetTrailCommand,
  InsufficientS3BucketPolicyException,
  MaximumNumberOfTrailsExceededException,
  StartLoggingCommand,
  TrailAlreadyExistsException,
  UpdateTrailCommand,
  type CreateTrailCommandInput,
  type GetTrailCommandInput,
  type Trail
} from '@aws-sdk/client-cloudtrail'
import {
  CreateServiceLinkedRoleCommand,
  InvalidInputException,
  type CreateServiceLinkedRoleCommandInput
} from '@aws-sdk/client-iam'
import { EnableAWSServiceAccessCommand } from '@aws-sdk/client-organizations'
import {
  BucketAlreadyExists,
  BucketAlreadyOwnedByYou,
  CreateBucketCommand,
  GetBucketPolicyCommand,
  PutBucketEncryptionCommand,
  PutBucketOwnershipControlsCommand,
  PutBucketPolicyCommand,
  PutBucketVersioningCommand,
  PutPublicAccessBlockCommand,
  S3ServiceException,
  type PutBucketPolicyCommandInput
} from '@aws-sdk/client-s3'
import { ApplyError } from '../../src/apply/error.js'
import { apply, type ApplyResult } from '../../src/apply/index.js'
import { NotSeenInTime, PACE, PROPAGATION_DELAYS_MS } from '../../src/apply/propagation.js'
import { ActionError, AwsCallError } from '../../src/aws/errors.js'
import type { Observed } from '../../src/observe/types.js'
import { missingPermissions, parsePolicy, type CloudTrailGrant } from '../../src/policy/bucket.js'
import { type Statement } from '../../src/policy/document.js'
import { plan } from '../../src/plan/index.js'
import type { Change, Plan } from '../../src/plan/types.js'
import type { Settings } from '../../src/settings/types.js'
import {
  ACCOUNT,
  bucket,
  BUCKET,
  freshOrganization,
  grantingPolicy,
  observed,
  observedTrail,
  ok,
  settings,
  TRAIL,
  TRAIL_ARN
} from '../support/fixtures.js'
import { apiTrail, serviceLinkedRole } from '../support/fake-account.js'
import { deferred, newClients, orDeadlock, sentTo, tick, useAwsMocks, type AwsMocks } from '../support/mock-aws.js'
import { policyOf } from '../support/statements.js'
import { foreignTlsDeny } from '../../tools/statements.mjs'

const aws = useAwsMocks()

const EU_ARN = `arn:aws:cloudtrail:eu-west-1:${ACCOUNT}:trail/${TRAIL}`
/** An ARN the plan cannot have guessed: whoever uses it got it from CreateTrail's answer. */
const CREATED_ARN = `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/${TRAIL}-as-created`

const FOREIGN: Statement = foreignTlsDeny(BUCKET)
const FOREIGN_2: Statement = {
  Sid: 'ReplicationRole',
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/replication` },
  Action: ['s3:GetObjectVersion', 's3:GetObjectVersionAcl'],
  Resource: `arn:aws:s3:::${BUCKET}/*`
}
const statementsOf = (text: string | null): Statement[] => parsePolicy(text)?.Statement ?? []
const isOwn = (s: Statement) => typeof s.Sid === 'string' && s.Sid.startsWith('OrgTrail')

interface WorldOptions {
  /** The bucket policy as S3 holds it when apply starts; null: none. */
  readonly policy?: string | null
  /** Another writer of the bucket policy: after our nth PutBucketPolicy, the text it stores instead. */
  readonly otherWriter?: (put: number, ours: string) => string | undefined
  /** CreateTrail's answer to its nth call (from 1): a value, or a throw. */
  readonly createTrail?: (attempt: number, input: CreateTrailCommandInput) => object
  /** What GetTrail finds, for adoption. */
  readonly existing?: Trail
  /** CreateServiceLinkedRole's answer: a value, or a throw. */
  readonly createRole?: (input: CreateServiceLinkedRoleCommandInput) => object
  /** Awaited as each call starts, with its label: to hold calls. */
  readonly hook?: (label: string) => Promise<void>
  /** CreateBucket's answer: a value, or a throw. */
  readonly createBucket?: () => object
}

interface World {
  /** "start X" and "end X" of every write and policy read, in the order they happened. */
  readonly events: string[]
  /** The delays apply asked for: the recorder resolves at once, so no test waits. */
  readonly sleeps: number[]
  readonly logs: string[]
  readonly policy: {
    stored: string | null
    readonly puts: string[]
    /** Statements a PutBucketPolicy dropped although the read before it had them. */
    readonly lost: Statement[]
  }
  run(thePlan: Plan, options?: { allowDestructiveChanges: boolean }): Promise<ApplyResult>
}

/** AWS as the writes see it: each call is in flight for a moment, so an ordering mistake shows. */
function world(m: AwsMocks, options: WorldOptions = {}): World {
  const events: string[] = []
  const sleeps: number[] = []
  const logs: string[] = []
  const policy = {
    stored: options.policy === undefined ? null : options.policy,
    puts: [] as string[],
    lost: [] as Statement[]
  }
  let lastRead: string | null = null

  const timed =
    <I, O>(label: string, answer: (input: I) => O) =>
    async (input: I): Promise<O> => {
      events.push(`start ${label}`)
      await options.hook?.(label)
      await tick()
      try {
        return answer(input)
      } finally {
        events.push(`end ${label}`)
      }
    }

  m.organizations.on(EnableAWSServiceAccessCommand).callsFake(timed('EnableAWSServiceAccess', () => ({})))
  m.iam
    .on(CreateServiceLinkedRoleCommand)
    .callsFake(
      timed('CreateServiceLinkedRole', (input: CreateServiceLinkedRoleCommandInput) =>
        options.createRole
          ? options.createRole(input)
          : { Role: serviceLinkedRole(input.AWSServiceName ?? '', 'AWSServiceRoleForCloudTrail') }
      )
    )
  m.s3.on(GetBucketPolicyCommand).callsFake(
    timed('GetBucketPolicy', () => {
      lastRead = policy.stored
      if (policy.stored === null) {
        throw new S3ServiceException({
          name: 'NoSuchBucketPolicy',
          $fault: 'client',
          message: 'The bucket policy does not exist',
          $metadata: {}
        })
      }
      return { Policy: policy.stored }
    })
  )
  m.s3.on(PutBucketPolicyCommand).callsFake(
    timed('PutBucketPolicy', (input: PutBucketPolicyCommandInput) => {
      const body = input.Policy ?? ''
      const sent = statementsOf(body)
      for (const s of statementsOf(lastRead)) {
        const kept = isOwn(s)
          ? sent.some((t) => t.Sid === s.Sid)
          : sent.some((t) => JSON.stringify(t) === JSON.stringify(s))
        if (!kept) policy.lost.push(s)
      }
      policy.puts.push(body)
      policy.stored = options.otherWriter?.(policy.puts.length, body) ?? body
      return {}
    })
  )
  let creates = 0
  m.cloudtrail.on(CreateTrailCommand).callsFake(
    timed('CreateTrail', (input: CreateTrailCommandInput) => {
      creates++
      if (options.createTrail) return options.createTrail(creates, input)
      return {
        Name: input.Name,
        TrailARN: CREATED_ARN,
        S3BucketName: input.S3BucketName,
        IsOrganizationTrail: input.IsOrganizationTrail
      }
    })
  )
  m.cloudtrail.on(GetTrailCommand).callsFake(
    timed('GetTrail', (input: GetTrailCommandInput) => {
      if (!options.existing || (input.Name !== options.existing.TrailARN && input.Name !== options.existing.Name)) {
        throw new Error(`GetTrail of an unknown trail ${input.Name}`)
      }
      return { Trail: options.existing }
    })
  )
  m.s3
    .on(CreateBucketCommand)
    .callsFake(
      timed('CreateBucket', () => (options.createBucket ? options.createBucket() : { Location: `/${BUCKET}` }))
    )
  m.s3.on(PutPublicAccessBlockCommand).callsFake(timed('PutPublicAccessBlock', () => ({})))
  m.s3.on(PutBucketEncryptionCommand).callsFake(timed('PutBucketEncryption', () => ({})))
  m.s3.on(PutBucketVersioningCommand).callsFake(timed('PutBucketVersioning', () => ({})))
  m.s3.on(PutBucketOwnershipControlsCommand).callsFake(timed('PutBucketOwnershipControls', () => ({})))
  m.cloudtrail.on(UpdateTrailCommand).callsFake(timed('UpdateTrail', () => ({})))
  m.cloudtrail.on(StartLoggingCommand).callsFake(timed('StartLogging', () => ({})))

  return {
    events,
    sleeps,
    logs,
    policy,
    run: (thePlan, opts = { allowDestructiveChanges: false }) =>
      apply(thePlan, opts, {
        clients: newClients(),
        log: (line) => logs.push(line),
        sleep: async (ms) => {
          sleeps.push(ms)
        }
      })
  }
}

const planOf = (s: Settings, o: Observed): Plan => {
  const p = plan(s, o)
  expect(p.blocked).toBe(false)
  return p
}
const kinds = (changes: readonly Change[]) => changes.map((c) => c.kind)
const grantOf = (p: Plan): CloudTrailGrant => {
  const change = p.changes.find((c) => c.kind === 'put-bucket-policy')
  if (change?.kind !== 'put-bucket-policy') throw new Error('the plan writes no bucket policy')
  return change.grant
}
async function applyError(promise: Promise<unknown>): Promise<ApplyError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(ApplyError)
  return error as ApplyError
}
/** Waits, a bounded number of turns, until no mocked call is in flight. */
async function quiet(w: World): Promise<void> {
  const inFlight = () =>
    w.events.filter((e) => e.startsWith('start ')).length - w.events.filter((e) => e.startsWith('end ')).length
  for (let turn = 0; turn < 200 && inFlight() > 0; turn++) await tick()
  for (let turn = 0; turn < 20; turn++) await tick()
}
const at = (events: readonly string[], event: string): number => {
  const index = events.indexOf(event)
  expect(index).toBeGreaterThanOrEqual(0)
  return index
}

describe('apply: a fresh organization', () => {
  it('writes the prerequisites first, then creates the trail, then starts logging it at the ARN CreateTrail returned', async () => {
    const w = world(aws.current)
    const thePlan = planOf(settings(), freshOrganization())

    const result = await w.run(thePlan)

    expect(result).toMatchObject({ created: true, adopted: false, trailArn: CREATED_ARN })
    expect(kinds(result.applied).sort()).toEqual(kinds(thePlan.changes).sort())
    const stageZeroDone = Math.max(
      ...['EnableAWSServiceAccess', 'CreateServiceLinkedRole', 'PutBucketPolicy'].map((label) =>
        w.events.lastIndexOf(`end ${label}`)
      ),
      w.events.lastIndexOf('end GetBucketPolicy')
    )
    expect(at(w.events, 'start CreateTrail')).toBeGreaterThan(stageZeroDone)
    expect(at(w.events, 'start StartLogging')).toBeGreaterThan(at(w.events, 'end CreateTrail'))
    expect(aws.current.cloudtrail.commandCalls(StartLoggingCommand).map((c) => c.args[0].input)).toEqual([
      { Name: CREATED_ARN }
    ])
    expect(aws.current.cloudtrail.commandCalls(CreateTrailCommand).map((c) => c.args[0].input)).toEqual([
      {
        Name: TRAIL,
        S3BucketName: BUCKET,
        IsOrganizationTrail: true,
        IsMultiRegionTrail: true,
        IncludeGlobalServiceEvents: true,
        EnableLogFileValidation: true
      }
    ])
    expect(aws.current.iam.commandCalls(CreateServiceLinkedRoleCommand).map((c) => c.args[0].input)).toEqual([
      { AWSServiceName: 'cloudtrail.amazonaws.com' }
    ])
    expect(aws.current.organizations.commandCalls(EnableAWSServiceAccessCommand).map((c) => c.args[0].input)).toEqual([
      { ServicePrincipal: 'cloudtrail.amazonaws.com' }
    ])
    expect(missingPermissions(parsePolicy(w.policy.stored), grantOf(thePlan))).toEqual([])
    expect(w.sleeps).toEqual([])
  })

  it('sends the independent prerequisite writes together: all are in flight before any is answered', async () => {
    const started: string[] = []
    const gate = deferred()
    // Every call waits until three have started: writes sent one after the other never get there.
    const w = world(aws.current, {
      hook: async (label) => {
        started.push(label)
        if (started.length === 3) gate.release()
        await gate.promise
      }
    })
    await orDeadlock(w.run(planOf(settings(), freshOrganization())), () => started)
    expect(started.slice(0, 3).sort()).toEqual(['CreateServiceLinkedRole', 'EnableAWSServiceAccess', 'GetBucketPolicy'])
  }, 15_000)
})

describe('apply: another run created the trail first (TrailAlreadyExistsException)', () => {
  const alreadyExists = () => {
    throw new TrailAlreadyExistsException({
      message: `Trail ${TRAIL} already exists for customer: ${ACCOUNT}`,
      $metadata: {}
    })
  }

  it('adopts it: reads it, updates only the fields that differ (an empty prefix keeps its prefix), and starts logging it', async () => {
    const existing = apiTrail({ isMultiRegionTrail: false, s3KeyPrefix: 'elsewhere' })
    const w = world(aws.current, { createTrail: alreadyExists, existing })

    const result = await w.run(planOf(settings(), freshOrganization()))

    expect(result).toMatchObject({ adopted: true, created: false, trailArn: TRAIL_ARN })
    expect(aws.current.cloudtrail.commandCalls(GetTrailCommand).map((c) => c.args[0].input)).toEqual([
      { Name: TRAIL_ARN }
    ])
    expect(aws.current.cloudtrail.commandCalls(UpdateTrailCommand).map((c) => c.args[0].input)).toEqual([
      { Name: TRAIL_ARN, IsMultiRegionTrail: true }
    ])
    expect(aws.current.cloudtrail.commandCalls(StartLoggingCommand).map((c) => c.args[0].input)).toEqual([
      { Name: TRAIL_ARN }
    ])
    expect(at(w.events, 'start StartLogging')).toBeGreaterThan(at(w.events, 'end UpdateTrail'))
    expect(w.logs.join('\n')).toContain('adopting')
  })

  it('adopting a trail that is already as declared makes no UpdateTrail', async () => {
    const w = world(aws.current, { createTrail: alreadyExists, existing: apiTrail() })
    const result = await w.run(planOf(settings(), freshOrganization()))
    expect(result.adopted).toBe(true)
    expect(aws.current.cloudtrail.commandCalls(UpdateTrailCommand)).toHaveLength(0)
    expect(aws.current.cloudtrail.commandCalls(StartLoggingCommand)).toHaveLength(1)
  })

  it('refuses to turn off what the adopted trail has on, without allow-destructive-changes', async () => {
    const declared = settings({ 'enable-log-file-validation': 'false' })
    const w = world(aws.current, { createTrail: alreadyExists, existing: apiTrail({ logFileValidationEnabled: true }) })

    const error = await applyError(w.run(planOf(declared, freshOrganization())))

    expect(error.cause).toBeInstanceOf(ActionError)
    expect((error.cause as ActionError).title).toBe('Refusing a destructive change')
    expect(error.message).toMatch(/Log file validation/)
    expect(error.message).toMatch(/allow-destructive-changes: true/)
    expect(aws.current.cloudtrail.commandCalls(UpdateTrailCommand)).toHaveLength(0)
    expect(aws.current.cloudtrail.commandCalls(StartLoggingCommand)).toHaveLength(0)
  })

  it('with allow-destructive-changes, the adopted trail is updated to the declaration', async () => {
    const declared = settings({ 'enable-log-file-validation': 'false', 'allow-destructive-changes': 'true' })
    const w = world(aws.current, { createTrail: alreadyExists, existing: apiTrail({ logFileValidationEnabled: true }) })
    await w.run(planOf(declared, freshOrganization()), { allowDestructiveChanges: true })
    expect(aws.current.cloudtrail.commandCalls(UpdateTrailCommand).map((c) => c.args[0].input)).toEqual([
      { Name: TRAIL_ARN, EnableLogFileValidation: false }
    ])
  })
})

describe("apply: bounded waits while AWS catches up with this run's own grants", () => {
  const insufficientPolicy = () =>
    new InsufficientS3BucketPolicyException({
      message: 'Incorrect S3 bucket policy is detected for bucket: org-trail-logs',
      $metadata: {}
    })
  const accessNotEnabled = () =>
    new CloudTrailAccessNotEnabledException({
      message: 'This organization has not enabled trusted access for CloudTrail.',
      $metadata: {}
    })
  const failing = (times: number, error: () => Error) => (attempt: number, input: CreateTrailCommandInput) => {
    if (attempt <= times) throw error()
    return { Name: input.Name, TrailARN: CREATED_ARN }
  }
  const newTrailOnly = (o: Partial<Observed> = {}) => observed({ trail: null, trails: ok([]), ...o })

  it('InsufficientS3BucketPolicyException right after writing the policy: retried with the named delays, then created', async () => {
    const w = world(aws.current, { createTrail: failing(2, insufficientPolicy) })
    const result = await w.run(planOf(settings(), freshOrganization()))
    expect(result.created).toBe(true)
    expect(w.sleeps).toEqual(PROPAGATION_DELAYS_MS.slice(0, 2))
    expect(aws.current.cloudtrail.commandCalls(CreateTrailCommand)).toHaveLength(3)
    expect(aws.current.cloudtrail.commandCalls(StartLoggingCommand)).toHaveLength(1)
  })

  it('when it persists: gives up after the bounded attempts with the error, and says what was done', async () => {
    const w = world(aws.current, { createTrail: failing(Infinity, insufficientPolicy) })
    const thePlan = planOf(settings(), freshOrganization())

    const error = await applyError(w.run(thePlan))

    expect(w.sleeps).toEqual([...PROPAGATION_DELAYS_MS])
    expect(w.sleeps.reduce((a, b) => a + b, 0)).toBe(PACE.totalMs)
    expect(aws.current.cloudtrail.commandCalls(CreateTrailCommand)).toHaveLength(PROPAGATION_DELAYS_MS.length + 1)
    expect(error.cause).toBeInstanceOf(NotSeenInTime)
    expect((error.cause as NotSeenInTime).refusal).toBeInstanceOf(AwsCallError)
    expect((error.cause as NotSeenInTime).refusal).toMatchObject({
      action: 'cloudtrail:CreateTrail',
      code: 'InsufficientS3BucketPolicyException'
    })
    // Waited for a write of its own: AWS is catching up, so the advice for a missing grant is the next run's.
    expect((error.cause as Error).message).toMatch(/waited 120s .*made by this run.*Run again/)
    expect((error.cause as Error).message).not.toMatch(/manage-bucket-policy/)
    expect(kinds(error.applied).sort()).toEqual([
      'create-service-linked-role',
      'enable-trusted-access',
      'put-bucket-policy'
    ])
    expect(aws.current.cloudtrail.commandCalls(StartLoggingCommand)).toHaveLength(0)
  })

  it('InsufficientS3BucketPolicyException for a policy the plan found granting: waited for too (it may be moments old), then the usual advice', async () => {
    const w = world(aws.current, { createTrail: failing(Infinity, insufficientPolicy) })
    const thePlan = planOf(settings(), newTrailOnly())
    expect(kinds(thePlan.changes)).toEqual(['create-trail', 'start-logging'])
    expect(thePlan.foundGrants).toEqual([{ kind: 'put-bucket-policy', what: `the policy of bucket ${BUCKET}` }])

    const error = await applyError(w.run(thePlan))

    expect((error.cause as NotSeenInTime).refusal).toMatchObject({ code: 'InsufficientS3BucketPolicyException' })
    expect(w.sleeps).toEqual([...PROPAGATION_DELAYS_MS])
    expect(w.logs[1]).toMatch(
      new RegExp(
        `InsufficientS3BucketPolicyException: CloudTrail does not see the policy of bucket ${BUCKET} as found yet; waiting 0.5s`
      )
    )
    expect((error.cause as Error).message).toMatch(/manage-bucket-policy: true.*waited 120s for AWS to see/)
  })

  it('InsufficientS3BucketPolicyException found granting, seen a while later: the trail is created', async () => {
    const w = world(aws.current, { createTrail: failing(3, insufficientPolicy) })
    const result = await w.run(planOf(settings(), newTrailOnly()))
    expect(result.created).toBe(true)
    expect(w.sleeps).toEqual(PROPAGATION_DELAYS_MS.slice(0, 3))
  })

  it('CloudTrailAccessNotEnabledException right after enabling trusted access: retried, then created', async () => {
    const w = world(aws.current, { createTrail: failing(1, accessNotEnabled) })
    const thePlan = planOf(settings(), newTrailOnly({ trustedAccess: ok(false) }))
    expect(kinds(thePlan.changes)).toEqual(['enable-trusted-access', 'create-trail', 'start-logging'])

    const result = await w.run(thePlan)

    expect(result.created).toBe(true)
    expect(w.sleeps).toEqual(PROPAGATION_DELAYS_MS.slice(0, 1))
    expect(aws.current.cloudtrail.commandCalls(CreateTrailCommand)).toHaveLength(2)
  })

  it('CloudTrailAccessNotEnabledException when this run enabled nothing: fails at once', async () => {
    const w = world(aws.current, { createTrail: failing(Infinity, accessNotEnabled) })
    const error = await applyError(w.run(planOf(settings(), newTrailOnly())))
    expect(error.cause).toMatchObject({ code: 'CloudTrailAccessNotEnabledException' })
    expect(w.sleeps).toEqual([])
    expect(aws.current.cloudtrail.commandCalls(CreateTrailCommand)).toHaveLength(1)
  })

  it('CloudTrailAccessNotEnabledException that persists after enabling: bounded, then the error', async () => {
    const w = world(aws.current, { createTrail: failing(Infinity, accessNotEnabled) })
    const error = await applyError(w.run(planOf(settings(), newTrailOnly({ trustedAccess: ok(false) }))))
    expect((error.cause as NotSeenInTime).refusal).toMatchObject({ code: 'CloudTrailAccessNotEnabledException' })
    expect(w.sleeps).toEqual([...PROPAGATION_DELAYS_MS])
    expect(kinds(error.applied)).toEqual(['enable-trusted-access'])
  })
})

describe('apply: the bucket policy has other writers', () => {
  it('keeps a statement added after the plan read the policy', async () => {
    const thePlan = planOf(settings(), freshOrganization())
    const w = world(aws.current, { policy: policyOf(FOREIGN) })

    await w.run(thePlan)

    expect(w.policy.puts).toHaveLength(1)
    const written = statementsOf(w.policy.puts[0] ?? null)
    expect(written).toContainEqual(FOREIGN)
    expect(written.map((s) => s.Sid)).toEqual(['DenyInsecureTransport', 'OrgTrailAclCheck', 'OrgTrailWrite'])
    expect(missingPermissions(parsePolicy(w.policy.stored), grantOf(thePlan))).toEqual([])
    expect(w.policy.lost).toEqual([])
  })

  it('notices that another writer replaced the policy right after our write, and merges once more', async () => {
    const thePlan = planOf(settings(), freshOrganization())
    const w = world(aws.current, {
      policy: policyOf(FOREIGN),
      otherWriter: (put) => (put === 1 ? policyOf(FOREIGN, FOREIGN_2) : undefined)
    })

    const result = await w.run(thePlan)

    expect(w.policy.puts).toHaveLength(2)
    const final = statementsOf(w.policy.stored)
    expect(final).toContainEqual(FOREIGN)
    expect(final).toContainEqual(FOREIGN_2)
    expect(missingPermissions(parsePolicy(w.policy.stored), grantOf(thePlan))).toEqual([])
    expect(w.policy.lost).toEqual([])
    expect(result.created).toBe(true)
    expect(w.logs.join('\n')).toMatch(/another writer/)
  })

  it('when it happens twice: stops with an error that asks for a concurrency group, before creating the trail', async () => {
    const thePlan = planOf(settings(), freshOrganization())
    // Each time a version of its own, never the one the run read before its write.
    const theirs = (put: number) => policyOf(FOREIGN, { ...FOREIGN_2, Sid: `Replication${put}` })
    const w = world(aws.current, { policy: policyOf(FOREIGN), otherWriter: theirs })

    const error = await applyError(w.run(thePlan))

    expect(error.cause).toBeInstanceOf(ActionError)
    expect((error.cause as ActionError).title).toBe('Bucket policy keeps changing')
    expect(error.message).toMatch(/concurrency group/)
    expect(w.sleeps).toEqual([])
    expect(w.policy.puts).toHaveLength(2)
    expect(w.policy.lost).toEqual([])
    expect(aws.current.cloudtrail.commandCalls(CreateTrailCommand)).toHaveLength(0)
  })

  it('a writer that puts back the very policy the run read: indistinguishable from a stale read, so waited out, then named with both causes', async () => {
    const thePlan = planOf(settings(), freshOrganization())
    const w = world(aws.current, { policy: policyOf(FOREIGN), otherWriter: () => policyOf(FOREIGN) })

    const error = await applyError(w.run(thePlan))

    expect((error.cause as ActionError).title).toBe('Bucket policy write not seen')
    expect(error.message).toMatch(/S3 has not caught up, or another writer put that policy back/)
    expect(error.message).toMatch(/concurrency group/)
    expect(w.sleeps).toEqual([...PROPAGATION_DELAYS_MS])
    expect(w.policy.puts).toHaveLength(1)
    expect(w.policy.lost).toEqual([])
    expect(aws.current.cloudtrail.commandCalls(CreateTrailCommand)).toHaveLength(0)
  })

  it('a re-read that still shows the policy from before the write is a stale read: re-read, paced, never written twice', async () => {
    const thePlan = planOf(settings(), freshOrganization())
    const w = world(aws.current, { policy: policyOf(FOREIGN) })
    // S3 answers the old policy to the first two reads after the write.
    let stale = 2
    aws.current.s3.on(GetBucketPolicyCommand).callsFake(() => {
      const text = w.policy.puts.length > 0 && stale-- > 0 ? policyOf(FOREIGN) : (w.policy.stored ?? policyOf(FOREIGN))
      return { Policy: text }
    })

    const result = await w.run(thePlan)

    expect(result.created).toBe(true)
    expect(w.policy.puts).toHaveLength(1)
    expect(w.sleeps).toEqual(PROPAGATION_DELAYS_MS.slice(0, 2))
    expect(w.logs.join('\n')).not.toMatch(/another writer/)
    expect(w.logs.join('\n')).toMatch(
      new RegExp(`S3 still answers the policy of bucket ${BUCKET} as it was before this run's write; waiting 0.5s`)
    )
  })

  it('never sends a policy without a statement the latest read had, whatever the other writer does', async () => {
    // The other writer keeps adding statements of its own and dropping ours.
    const thePlan = planOf(settings(), freshOrganization())
    const extra = (n: number): Statement => ({ ...FOREIGN_2, Sid: `Writer${n}` })
    const w = world(aws.current, {
      policy: policyOf(FOREIGN),
      otherWriter: (put, ours) => {
        const theirs = statementsOf(ours).filter((s) => !isOwn(s))
        return policyOf(...theirs, extra(put))
      }
    })
    await applyError(w.run(thePlan))
    expect(w.policy.puts.length).toBeGreaterThan(1)
    expect(w.policy.lost).toEqual([])
    expect(statementsOf(w.policy.puts[1] ?? null)).toContainEqual(extra(1))
  })

  it('a policy that would exceed 20 KB at write time is not written', async () => {
    const thePlan = planOf(settings(), freshOrganization())
    // Just under S3's limit as it stands; CloudTrail's statements do not fit any more.
    const resources: string[] = []
    while (
      Buffer.byteLength(policyOf({ ...FOREIGN_2, Sid: 'Large', Resource: [...resources, 'arn:aws:s3:::x/p/*'] })) <
      20 * 1024 - 200
    ) {
      resources.push(`arn:aws:s3:::${BUCKET}/p${resources.length}/*`)
    }
    const w = world(aws.current, { policy: policyOf({ ...FOREIGN_2, Sid: 'Large', Resource: resources }) })

    const error = await applyError(w.run(thePlan))

    expect(error.cause).toBeInstanceOf(ActionError)
    expect(error.message).toMatch(/nothing was written/)
    expect(w.policy.puts).toEqual([])
    expect(aws.current.cloudtrail.commandCalls(CreateTrailCommand)).toHaveLength(0)
  })
})

describe('apply: create-bucket', () => {
  // CreateBucket itself enforces object ownership; the other settings are written after it.
  const HARDENING = ['PutPublicAccessBlock', 'PutBucketEncryption', 'PutBucketVersioning']
  const BUCKET_WRITES = [...HARDENING, 'PutBucketPolicy']
  const noBucket = (): Observed => ({
    ...freshOrganization(),
    bucket: bucket({ region: ok<string | null>(null), policy: ok<string | null>(null) })
  })

  it("creates the bucket before any other write, hardens it one write at a time, and merges CloudTrail's statements into its TLS-only policy", async () => {
    const w = world(aws.current)
    const thePlan = planOf(settings({ 'create-bucket': 'true' }), noBucket())
    expect(kinds(thePlan.changes)[0]).toBe('create-bucket')

    const result = await w.run(thePlan)

    expect(result.created).toBe(true)
    expect(w.events[0]).toBe('start CreateBucket')
    const hardened = Math.max(...HARDENING.map((label) => at(w.events, `end ${label}`)))
    expect(at(w.events, 'start CreateTrail')).toBeGreaterThan(hardened)
    // S3 refuses overlapping configuration writes on one bucket (OperationAborted): never two at once.
    const bucketEvents = w.events.filter((e) => BUCKET_WRITES.some((op) => e.endsWith(` ${op}`)))
    for (let i = 0; i < bucketEvents.length; i += 2) {
      expect(bucketEvents[i]?.startsWith('start ')).toBe(true)
      expect(bucketEvents[i + 1]).toBe(bucketEvents[i]?.replace('start ', 'end '))
    }
    const final = statementsOf(w.policy.stored)
    expect(final).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })
    )
    expect(missingPermissions(parsePolicy(w.policy.stored), grantOf(thePlan))).toEqual([])
    expect(w.policy.lost).toEqual([])
  })

  it('BucketAlreadyOwnedByYou (an earlier run created it and stopped): hardens it and carries on', async () => {
    const w = world(aws.current, {
      createBucket: () => {
        throw new BucketAlreadyOwnedByYou({
          message: 'Your previous request to create the named bucket succeeded and you already own it.',
          $metadata: { httpStatusCode: 409 }
        })
      }
    })
    const result = await w.run(planOf(settings({ 'create-bucket': 'true' }), noBucket()))
    expect(result.created).toBe(true)
    for (const label of HARDENING) expect(w.events).toContain(`end ${label}`)
  })

  it('BucketAlreadyExists (the name belongs to someone else): stops before writing anything else', async () => {
    const w = world(aws.current, {
      createBucket: () => {
        throw new BucketAlreadyExists({
          message: 'The requested bucket name is not available.',
          $metadata: { httpStatusCode: 409 }
        })
      }
    })
    const error = await applyError(w.run(planOf(settings({ 'create-bucket': 'true' }), noBucket())))
    expect(error.cause).toMatchObject({ action: 's3:CreateBucket', code: 'BucketAlreadyExists' })
    expect(error.applied).toEqual([])
    expect(w.policy.puts).toEqual([])
    for (const label of [...HARDENING, 'EnableAWSServiceAccess', 'CreateTrail'])
      expect(w.events).not.toContain(`start ${label}`)
  })
})

describe('apply: service-linked roles', () => {
  it('"Service role name ... has been taken in this account" (another run made it) counts as done', async () => {
    const w = world(aws.current, {
      createRole: () => {
        throw new InvalidInputException({
          message:
            'Service role name AWSServiceRoleForCloudTrail has been taken in this account, please try a different suffix.',
          $metadata: { httpStatusCode: 400 }
        })
      }
    })
    const thePlan = planOf(settings(), freshOrganization())

    const result = await w.run(thePlan)

    expect(kinds(result.applied)).toContain('create-service-linked-role')
    expect(result.created).toBe(true)
  })

  it('any other InvalidInputException is a failure', async () => {
    const w = world(aws.current, {
      createRole: () => {
        throw new InvalidInputException({ message: 'Invalid AWSServiceName', $metadata: { httpStatusCode: 400 } })
      }
    })
    const error = await applyError(w.run(planOf(settings(), freshOrganization())))
    expect(error.cause).toMatchObject({ action: 'iam:CreateServiceLinkedRole' })
    expect(aws.current.cloudtrail.commandCalls(CreateTrailCommand)).toHaveLength(0)
  })
})

describe('apply: failures and routing', () => {
  it('a failure midway: the ApplyError carries what was already written', async () => {
    const w = world(aws.current, {
      createTrail: () => {
        throw new MaximumNumberOfTrailsExceededException({
          message: 'User: 111111111111 already has 5 trails in us-east-1.',
          $metadata: {}
        })
      }
    })
    const error = await applyError(w.run(planOf(settings(), freshOrganization())))
    expect(kinds(error.applied).sort()).toEqual([
      'create-service-linked-role',
      'enable-trusted-access',
      'put-bucket-policy'
    ])
    expect(error.cause).toMatchObject({
      action: 'cloudtrail:CreateTrail',
      code: 'MaximumNumberOfTrailsExceededException'
    })
    expect(w.sleeps).toEqual([])
    expect(aws.current.cloudtrail.commandCalls(StartLoggingCommand)).toHaveLength(0)
  })

  it('a write failing while others of its stage are in flight: apply waits for them, and reports every write that was made', async () => {
    // Trusted access takes a while; the service-linked role fails at once.
    const w = world(aws.current, {
      hook: async (label) => {
        if (label === 'EnableAWSServiceAccess') for (let i = 0; i < 5; i++) await tick()
      },
      createRole: () => {
        throw new InvalidInputException({ message: 'Invalid AWSServiceName', $metadata: { httpStatusCode: 400 } })
      }
    })
    const outcome = w.run(planOf(settings(), freshOrganization())).then(
      () => undefined,
      (error: unknown) => ({ error, applied: kinds((error as ApplyError).applied), events: [...w.events] })
    )

    const atFailure = await outcome
    await quiet(w) // let writes still in flight finish while the mocks are in place

    expect(atFailure?.error).toBeInstanceOf(ApplyError)
    // Nothing is still being written when the failure is reported...
    const started = atFailure?.events.filter((e) => e.startsWith('start ')).length
    const ended = atFailure?.events.filter((e) => e.startsWith('end ')).length
    expect(ended).toBe(started)
    // ...and the report names every write that succeeded, so "the next run continues from there" is true.
    expect(atFailure?.applied.sort()).toEqual(['enable-trusted-access', 'put-bucket-policy'])
  })

  it('updates and starts a trail homed in another region from that region, at its ARN', async () => {
    const homedInEu = observedTrail(
      { arn: EU_ARN, homeRegion: 'eu-west-1', logFileValidationEnabled: false },
      { isLogging: false }
    )
    const thePlan = planOf(
      settings({ 'aws-region': 'us-east-1' }),
      observed({
        trail: homedInEu,
        bucket: { ...observed().bucket, policy: ok<string | null>(grantingPolicy(EU_ARN)) }
      })
    )
    expect(kinds(thePlan.changes)).toEqual(['update-trail', 'start-logging'])
    const w = world(aws.current)

    const result = await w.run(thePlan)

    expect(await sentTo(aws.current.cloudtrail.commandCalls(UpdateTrailCommand))).toEqual([
      ['eu-west-1', { Name: EU_ARN, EnableLogFileValidation: true }]
    ])
    expect(await sentTo(aws.current.cloudtrail.commandCalls(StartLoggingCommand))).toEqual([
      ['eu-west-1', { Name: EU_ARN }]
    ])
    expect(at(w.events, 'start StartLogging')).toBeGreaterThan(at(w.events, 'end UpdateTrail'))
    expect(result).toMatchObject({ created: false, adopted: false })
  })
})
