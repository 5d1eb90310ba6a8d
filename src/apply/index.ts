import type { Clients } from '../aws/clients.js'
import type { Change, Plan } from '../plan/types.js'
import { stageOf, writeOf, type ChangeOf } from '../plan/writes.js'
import { createBucket, hardenBucket, writeBucketPolicy, type BucketAccess } from './bucket.js'
import { refusedElsewhere } from './elsewhere.js'
import { ApplyError } from './error.js'
import { writeKeyPolicy } from './kms.js'
import { createServiceLinkedRole, enableTrustedAccess } from './organization.js'
import { NotSeenInTime, withPropagation } from './propagation.js'
import type { ApplyDeps, ApplyOptions, ApplyRun } from './run.js'
import { addTags, createTrail, putEventSelectors, putInsightSelectors, startLogging, updateTrail } from './trail.js'

/** What was written, in order; `adopted` when another run created the trail first. */
export interface ApplyResult {
  readonly applied: readonly Change[]
  readonly trailArn: string
  readonly created: boolean
  readonly adopted: boolean
}

export async function apply(plan: Plan, options: ApplyOptions, deps: ApplyDeps): Promise<ApplyResult> {
  const applied: Change[] = []
  const run: ApplyRun = {
    options,
    deps,
    state: { trailArn: plan.trailArn, created: false, adopted: false },
    applied,
    found: plan.foundGrants ?? []
  }
  const stages = [...new Set(plan.changes.map(stageOf))].sort((a, b) => a - b)
  try {
    for (const stage of stages) {
      // Independent writes of one stage go together; writes to one bucket or one trail go one after
      // another. Every write of the stage settles before a failure is reported, so `applied` is complete.
      const results = await Promise.allSettled(
        lanes(plan.changes.filter((c) => stageOf(c) === stage)).map(async (lane) => {
          for (const change of lane) {
            await execute(change, run)
            applied.push(change)
          }
        })
      )
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
      if (failed) throw failed.reason
    }
  } catch (error) {
    // A wait that ran out on a refusal of another account's policy: that account's statements explain it.
    const refusal = error instanceof NotSeenInTime ? error.refusal : error
    throw new ApplyError(refusedElsewhere(refusal, plan.policiesElsewhere ?? []) ?? error, applied)
  }
  return { applied, ...run.state }
}

/** The stage's changes as lanes: each lane's writes go one after another, the lanes at once. */
export function lanes(changes: readonly Change[]): Change[][] {
  const byResource = new Map<string, Change[]>()
  const alone: Change[][] = []
  for (const change of changes) {
    const resource = writeOf(change).lane?.resource(change)
    if (resource === undefined) alone.push([change])
    else byResource.set(resource, [...(byResource.get(resource) ?? []), change])
  }
  const order = (c: Change) => writeOf(c).lane?.order ?? 0
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
  log: deps.log,
  sleep: deps.sleep
})

type Writer<K extends Change['kind']> = (change: ChangeOf<K>, run: ApplyRun) => Promise<void>

/** The writer of each kind of change (its other columns: plan/writes.ts); the type asks for every kind. */
const WRITERS: { readonly [K in Change['kind']]: Writer<K> } = {
  'enable-trusted-access': (change, { deps }) => enableTrustedAccess(deps, change),
  'create-service-linked-role': (change, { deps }) => createServiceLinkedRole(deps, change),
  'put-bucket-policy': (change, { deps }) => writeBucketPolicy(bucketAccess(deps, change), change),
  'create-bucket': (change, { deps }) => createBucket(bucketAccess(deps, change), change),
  'harden-bucket': (change, { deps }) => hardenBucket(bucketAccess(deps, change), change),
  'put-key-policy': async (change, { deps }) =>
    writeKeyPolicy({ kms: await clientsOf(change, deps).kms(change.region), log: deps.log }, change),
  'create-trail': createTrail,
  'update-trail': updateTrail,
  'start-logging': startLogging,
  'put-event-selectors': putEventSelectors,
  'put-insight-selectors': putInsightSelectors,
  'add-tags': addTags
}

/**
 * A change's writer, sent again (paced, bounded) while AWS answers that it does not see yet a grant this
 * run made or the plan found: every write waits the same way, by the table's propagation column.
 */
function execute(change: Change, run: ApplyRun): Promise<void> {
  // TypeScript cannot tie the writer's kind to the change's; the table above does.
  const write = WRITERS[change.kind] as Writer<Change['kind']>
  return withPropagation(
    () => run,
    run.deps,
    () => write(change, run)
  )
}
