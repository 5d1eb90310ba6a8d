import type { Clients } from '../aws/clients.js'
import { stageOf } from '../plan/index.js'
import type { Change, Plan } from '../plan/types.js'
import { createBucket, hardenBucket, writeBucketPolicy, type BucketAccess } from './bucket.js'
import { refusedElsewhere } from './elsewhere.js'
import { ApplyError } from './error.js'
import { writeKeyPolicy } from './kms.js'
import { createServiceLinkedRole, enableTrustedAccess } from './organization.js'
import type { Waiting } from './propagation.js'
import {
  addTags,
  createTrail,
  putEventSelectors,
  putInsightSelectors,
  startLogging,
  updateTrail,
  type TrailState
} from './trail.js'

export interface ApplyDeps extends Waiting {
  readonly clients: Clients
  /** The Log Archive session's clients (log-archive-role-arn): the changes marked logArchive go through them. */
  readonly logArchive?: Clients
}

export interface ApplyOptions {
  readonly allowDestructiveChanges: boolean
}

/** What was written, in order; `adopted` when another run created the trail first. */
export interface ApplyResult {
  readonly applied: readonly Change[]
  readonly trailArn: string
  readonly created: boolean
  readonly adopted: boolean
}

export async function apply(plan: Plan, options: ApplyOptions, deps: ApplyDeps): Promise<ApplyResult> {
  const applied: Change[] = []
  const state = { trailArn: plan.trailArn, created: false, adopted: false }
  const stages = [...new Set(plan.changes.map(stageOf))].sort((a, b) => a - b)
  try {
    for (const stage of stages) {
      // Independent writes of one stage go together; writes to one bucket or one trail go one after
      // another. Every write of the stage settles before a failure is reported, so `applied` is complete.
      const results = await Promise.allSettled(
        lanes(plan.changes.filter((c) => stageOf(c) === stage)).map(async (lane) => {
          for (const change of lane) {
            await execute(change, options, deps, state, applied)
            applied.push(change)
          }
        })
      )
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
      if (failed) throw failed.reason
    }
  } catch (error) {
    throw new ApplyError(refusedElsewhere(error, plan.policiesElsewhere ?? []) ?? error, applied)
  }
  return { applied, ...state }
}

/**
 * The resource a write configures, when AWS refuses overlapping writes to it: S3 answers a configuration
 * write while another is in progress on the same bucket with OperationAborted, CloudTrail one to a trail
 * that another write is modifying with ConflictException. A run manages one trail.
 */
function resourceOf(change: Change): string | null {
  switch (change.kind) {
    case 'create-bucket':
    case 'harden-bucket':
    case 'put-bucket-policy':
      return `s3:${change.bucket}`
    case 'create-trail':
    case 'update-trail':
    case 'put-event-selectors':
    case 'put-insight-selectors':
    case 'add-tags':
    case 'start-logging':
      return 'cloudtrail:trail'
    default:
      return null
  }
}

/** Within one trail: Insights on the API call rate need the event selectors that log write events first. */
const TRAIL_WRITE_ORDER: Partial<Record<Change['kind'], number>> = {
  'put-event-selectors': 0,
  'put-insight-selectors': 1,
  'add-tags': 2,
  'start-logging': 3
}

/** The stage's changes as lanes: each lane's writes go one after another, the lanes at once. */
export function lanes(changes: readonly Change[]): Change[][] {
  const byResource = new Map<string, Change[]>()
  const alone: Change[][] = []
  for (const change of changes) {
    const resource = resourceOf(change)
    if (resource === null) alone.push([change])
    else byResource.set(resource, [...(byResource.get(resource) ?? []), change])
  }
  const order = (c: Change) => TRAIL_WRITE_ORDER[c.kind] ?? -1
  return [...[...byResource.values()].map((lane) => lane.sort((a, b) => order(a) - order(b))), ...alone]
}

/** The clients a change's resource is reached with: the Log Archive session's for the changes marked so. */
function clientsOf(change: { readonly logArchive?: true }, deps: ApplyDeps): Clients {
  if (!change.logArchive) return deps.clients
  if (!deps.logArchive) throw new Error('A Log Archive change was planned without a Log Archive session')
  return deps.logArchive
}

/** The log bucket is reached with the run's own session, or the Log Archive account's. */
const bucketAccess = (deps: ApplyDeps, change: { readonly logArchive?: true }): BucketAccess => ({
  s3: clientsOf(change, deps).s3(),
  log: deps.log
})

async function execute(
  change: Change,
  options: ApplyOptions,
  deps: ApplyDeps,
  state: TrailState,
  applied: readonly Change[]
): Promise<void> {
  switch (change.kind) {
    case 'enable-trusted-access':
      return enableTrustedAccess(deps)
    case 'create-service-linked-role':
      return createServiceLinkedRole(deps, change.role)
    case 'put-bucket-policy':
      return writeBucketPolicy(bucketAccess(deps, change), change.bucket, change.grant, change.ensure ?? [])
    case 'create-bucket':
      return createBucket(bucketAccess(deps, change), change.bucket, change.region)
    case 'harden-bucket':
      return hardenBucket(bucketAccess(deps, change), change)
    case 'put-key-policy':
      return writeKeyPolicy(
        { kms: await clientsOf(change, deps).kms(change.region), log: deps.log },
        change.keyArn,
        change.grant
      )
    case 'create-trail':
      return createTrail(change, options, deps, state, applied)
    case 'update-trail':
      return updateTrail(change, deps, applied)
    case 'start-logging':
      return startLogging(change, deps, state, applied)
    case 'put-event-selectors':
      return putEventSelectors(change, deps, state)
    case 'put-insight-selectors':
      return putInsightSelectors(change, deps, state)
    case 'add-tags':
      return addTags(change, deps, state)
    default:
      return unreachable(change)
  }
}

function unreachable(change: never): never {
  throw new Error(`Unknown change ${JSON.stringify(change)}`)
}
