import {
  AddTagsCommand,
  CreateTrailCommand,
  GetTrailCommand,
  PutEventSelectorsCommand,
  PutInsightSelectorsCommand,
  StartLoggingCommand,
  UpdateTrailCommand,
  type UpdateTrailCommandInput
} from '@aws-sdk/client-cloudtrail'
import { CreateServiceLinkedRoleCommand } from '@aws-sdk/client-iam'
import { EnableAWSServiceAccessCommand } from '@aws-sdk/client-organizations'
import {
  CreateBucketCommand,
  GetBucketPolicyCommand,
  PutBucketEncryptionCommand,
  PutBucketOwnershipControlsCommand,
  PutBucketPolicyCommand,
  PutBucketVersioningCommand,
  PutPublicAccessBlockCommand,
  type BucketLocationConstraint
} from '@aws-sdk/client-s3'
import type { Clients } from './aws/clients.js'
import { ActionError, call, errorCode } from './aws/errors.js'
import { CLOUDTRAIL_PRINCIPAL, MAX_BUCKET_POLICY_BYTES, SERVICE_LINKED_ROLES } from './aws/cloudtrail.js'
import { toTrailConfig } from './observe/trail.js'
import {
  ensureStatements,
  mergePolicy,
  missingPermissions,
  parsePolicy,
  type CloudTrailGrant
} from './policy/bucket.js'
import { policyBytes, policyText } from './policy/document.js'
import { MAX_KEY_POLICY_BYTES, mergeKeyPolicy, missingKmsActions, parseKeyPolicy, type KmsGrant } from './policy/kms.js'
import { stageOf } from './plan/index.js'
import { cloudWatchLogsPair, diffTrail, fieldLabel, weakening } from './plan/trail-diff.js'
import type { Statement } from './policy/document.js'
import type { Change, FieldChange, Plan } from './plan/types.js'
import type { TrailDeclaration } from './settings/types.js'
import { ApplyError } from './apply-error.js'

export { ApplyError }

export interface ApplyDeps {
  readonly clients: Clients
  readonly log: (message: string) => void
  /** Injected so tests of the bounded waits take no time. */
  readonly sleep: (ms: number) => Promise<void>
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

/**
 * Right after this run grants something, AWS may not see it yet. These errors then mean "not yet", and
 * are retried a bounded number of times; without such a write they are permanent and reported at once.
 * InsufficientEncryptionPolicyException names "S3 bucket X or KMS key Y": either policy may be the one.
 */
const PROPAGATION_ERRORS: Record<string, readonly Change['kind'][]> = {
  InsufficientS3BucketPolicyException: ['put-bucket-policy'],
  InsufficientEncryptionPolicyException: ['put-key-policy', 'put-bucket-policy'],
  CloudTrailAccessNotEnabledException: ['enable-trusted-access'],
  NoManagementAccountSLRExistsException: ['create-service-linked-role']
}
const CLOUDWATCH_ERRORS = new Set([
  'InvalidCloudWatchLogsRoleArnException',
  'InvalidCloudWatchLogsLogGroupArnException'
])
export const PROPAGATION_DELAYS_MS = [2000, 4000, 8000, 8000, 8000] as const

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
    throw new ApplyError(error, applied)
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

interface RunState {
  trailArn: string
  created: boolean
  adopted: boolean
}

async function execute(
  change: Change,
  options: ApplyOptions,
  deps: ApplyDeps,
  state: RunState,
  applied: readonly Change[]
): Promise<void> {
  const { clients, log } = deps
  switch (change.kind) {
    case 'enable-trusted-access':
      log(`Enabling trusted access for ${CLOUDTRAIL_PRINCIPAL} in AWS Organizations`)
      await call('organizations:EnableAWSServiceAccess', () =>
        clients.organizations().send(new EnableAWSServiceAccessCommand({ ServicePrincipal: CLOUDTRAIL_PRINCIPAL }))
      )
      return
    case 'create-service-linked-role': {
      const { roleName, service } = SERVICE_LINKED_ROLES[change.role]
      log(`Creating the service-linked role ${roleName}`)
      try {
        await call('iam:CreateServiceLinkedRole', () =>
          clients.iam().send(new CreateServiceLinkedRoleCommand({ AWSServiceName: service }))
        )
      } catch (error) {
        // Another run created it in between: the goal is met.
        const code = errorCode(error)
        const taken =
          (code === 'InvalidInputException' || code === 'InvalidInput') &&
          /taken/i.test(String((error as Error).message))
        if (!taken && code !== 'EntityAlreadyExistsException') throw error
      }
      return
    }
    case 'put-bucket-policy':
      await writeBucketPolicy(change.bucket, change.grant, change.ensure ?? [], deps)
      return
    case 'create-trail':
      await createTrail(change.trail, change.region, options, deps, state, applied)
      return
    case 'update-trail':
      log(
        `Updating trail ${change.arn}: ${change.fields.map((f) => `${fieldLabel(f.field)} ${String(f.before)} → ${String(f.after)}`).join(', ')}`
      )
      await withPropagation(applied, deps, () =>
        call('cloudtrail:UpdateTrail', () =>
          clients
            .cloudtrail(change.region)
            .send(new UpdateTrailCommand(updateInput(change.arn, change.fields, change.cloudWatchLogs)))
        )
      )
      return
    case 'start-logging': {
      const arn = trailArnOf(change.arn, state)
      log(`Starting logging of ${arn}`)
      await withPropagation(applied, deps, () =>
        call('cloudtrail:StartLogging', () =>
          clients.cloudtrail(change.region).send(new StartLoggingCommand({ Name: arn }))
        )
      )
      return
    }
    case 'create-bucket':
      await createBucket(change.bucket, change.region, deps)
      return
    case 'harden-bucket':
      await hardenBucket(change, deps)
      return
    case 'put-key-policy':
      await writeKeyPolicy(change.keyArn, change.region, change.grant, deps)
      return
    case 'put-event-selectors': {
      const arn = trailArnOf(change.arn, state)
      log(`Setting the ${change.eventSelectors ? 'event' : 'advanced event'} selectors of ${arn}`)
      await call('cloudtrail:PutEventSelectors', () =>
        clients.cloudtrail(change.region).send(
          new PutEventSelectorsCommand({
            TrailName: arn,
            ...(change.eventSelectors
              ? {
                  EventSelectors: change.eventSelectors.map((s) => ({
                    ...s,
                    DataResources: s.DataResources.map((d) => ({ ...d }))
                  }))
                }
              : {
                  AdvancedEventSelectors: (change.advancedEventSelectors ?? []).map((s) => ({
                    ...s,
                    FieldSelectors: s.FieldSelectors.map((f) => ({ ...f }))
                  }))
                })
          })
        )
      )
      return
    }
    case 'put-insight-selectors': {
      const arn = trailArnOf(change.arn, state)
      log(`Setting the insight selectors of ${arn}`)
      await call('cloudtrail:PutInsightSelectors', () =>
        clients.cloudtrail(change.region).send(
          new PutInsightSelectorsCommand({
            TrailName: arn,
            InsightSelectors: change.insightSelectors.map((s) => ({ ...s }))
          })
        )
      )
      return
    }
    case 'add-tags': {
      const arn = trailArnOf(change.arn, state)
      log(`Tagging ${arn}: ${Object.keys(change.tags).join(', ')}`)
      await call('cloudtrail:AddTags', () =>
        clients.cloudtrail(change.region).send(
          new AddTagsCommand({
            ResourceId: arn,
            TagsList: Object.entries(change.tags).map(([Key, Value]) => ({ Key, Value }))
          })
        )
      )
      return
    }
    default:
      return unreachable(change)
  }
}

function unreachable(change: never): never {
  throw new Error(`Unknown change ${JSON.stringify(change)}`)
}

/** Changes planned before the trail existed name the ARN it was expected to get; use the one it got. */
function trailArnOf(planned: string, state: RunState): string {
  return state.created || state.adopted ? state.trailArn : planned
}

export function updateInput(
  arn: string,
  fields: readonly FieldChange[],
  cloudWatchLogs?: { readonly logGroupArn: string; readonly roleArn: string }
): UpdateTrailCommandInput {
  const input: UpdateTrailCommandInput = {
    Name: arn,
    ...(cloudWatchLogs
      ? { CloudWatchLogsLogGroupArn: cloudWatchLogs.logGroupArn, CloudWatchLogsRoleArn: cloudWatchLogs.roleArn }
      : {})
  }
  for (const f of fields) {
    if (f.field === 'S3BucketName') input.S3BucketName = String(f.after)
    else if (f.field === 'S3KeyPrefix') input.S3KeyPrefix = String(f.after)
    else if (f.field === 'IsOrganizationTrail') input.IsOrganizationTrail = f.after === true
    else if (f.field === 'IsMultiRegionTrail') input.IsMultiRegionTrail = f.after === true
    else if (f.field === 'IncludeGlobalServiceEvents') input.IncludeGlobalServiceEvents = f.after === true
    else if (f.field === 'EnableLogFileValidation') input.EnableLogFileValidation = f.after === true
    else if (f.field === 'KmsKeyId') input.KmsKeyId = String(f.after)
    else if (f.field === 'CloudWatchLogsLogGroupArn') input.CloudWatchLogsLogGroupArn = String(f.after)
    else if (f.field === 'CloudWatchLogsRoleArn') input.CloudWatchLogsRoleArn = String(f.after)
    else input.SnsTopicName = String(f.after)
  }
  return input
}

async function createTrail(
  trail: TrailDeclaration,
  region: string,
  options: ApplyOptions,
  deps: ApplyDeps,
  state: RunState,
  applied: readonly Change[]
): Promise<void> {
  const cloudtrail = deps.clients.cloudtrail(region)
  deps.log(`Creating trail ${trail.name} in ${region}`)
  try {
    const out = await withPropagation(applied, deps, () =>
      call('cloudtrail:CreateTrail', () =>
        cloudtrail.send(
          new CreateTrailCommand({
            Name: trail.name,
            S3BucketName: trail.s3BucketName,
            ...(trail.s3KeyPrefix ? { S3KeyPrefix: trail.s3KeyPrefix } : {}),
            IsOrganizationTrail: trail.isOrganizationTrail,
            IsMultiRegionTrail: trail.isMultiRegionTrail,
            IncludeGlobalServiceEvents: trail.includeGlobalServiceEvents,
            EnableLogFileValidation: trail.enableLogFileValidation,
            ...(trail.kmsKeyId ? { KmsKeyId: trail.kmsKeyId } : {}),
            ...(trail.cloudWatchLogsLogGroupArn
              ? {
                  CloudWatchLogsLogGroupArn: trail.cloudWatchLogsLogGroupArn,
                  CloudWatchLogsRoleArn: trail.cloudWatchLogsRoleArn
                }
              : {}),
            ...(trail.snsTopicName ? { SnsTopicName: trail.snsTopicName } : {})
          })
        )
      )
    )
    state.trailArn = out.TrailARN ?? state.trailArn
    state.created = true
  } catch (error) {
    if (errorCode(error) !== 'TrailAlreadyExistsException') throw error
    await adoptTrail(trail, region, options, deps, state, applied)
  }
}

/** Another run created the trail between our read and our write: take it over and converge it. */
async function adoptTrail(
  trail: TrailDeclaration,
  region: string,
  options: ApplyOptions,
  deps: ApplyDeps,
  state: RunState,
  applied: readonly Change[]
): Promise<void> {
  const cloudtrail = deps.clients.cloudtrail(region)
  const found = await call('cloudtrail:GetTrail', () => cloudtrail.send(new GetTrailCommand({ Name: state.trailArn })))
  if (!found.Trail)
    throw new ActionError('Trail vanished', `CloudTrail said ${trail.name} exists, then could not find it. Run again.`)
  const config = toTrailConfig(found.Trail)
  state.trailArn = config.arn
  state.adopted = true
  deps.log(`Trail ${trail.name} was created by another run meanwhile; adopting ${config.arn}`)
  const fields = diffTrail(config, trail)
  const refused = fields.filter((f) => weakening(f) !== null && !options.allowDestructiveChanges)
  if (refused.length > 0) {
    throw new ActionError(
      'Refusing a destructive change',
      `The trail created meanwhile differs in ${refused.map((f) => `${fieldLabel(f.field)} (${String(weakening(f))})`).join('; ')}; changing that needs allow-destructive-changes: true.`
    )
  }
  if (fields.length === 0) return
  await withPropagation(applied, deps, () =>
    call('cloudtrail:UpdateTrail', () =>
      cloudtrail.send(new UpdateTrailCommand(updateInput(config.arn, fields, cloudWatchLogsPair(fields, trail))))
    )
  )
}

/**
 * Read, merge, write, re-read. The policy is read again right before the write so that a statement added
 * since the plan's read is kept, and checked after it so that a concurrent writer who replaced it is
 * noticed: then the merge is done once more.
 */
async function writeBucketPolicy(
  bucket: string,
  grant: CloudTrailGrant,
  ensure: readonly Statement[],
  deps: ApplyDeps
): Promise<void> {
  const s3 = deps.clients.s3()
  const current = () =>
    call('s3:GetBucketPolicy', () => s3.send(new GetBucketPolicyCommand({ Bucket: bucket }))).then(
      (out) => out.Policy ?? null,
      (error: unknown) => {
        if (errorCode(error) === 'NoSuchBucketPolicy') return null
        throw error
      }
    )
  for (let attempt = 1; attempt <= 2; attempt++) {
    const ensured = ensureStatements(parsePolicy(await current()), ensure)
    const merged = mergePolicy(ensured.policy, grant)
    const changed = [...ensured.changedSids, ...merged.changedSids]
    if (changed.length === 0) return
    const bytes = policyBytes(merged.policy)
    if (bytes > MAX_BUCKET_POLICY_BYTES) {
      throw new ActionError(
        'Bucket policy would exceed 20 KB',
        `Merging CloudTrail's statements into the policy of ${bucket} gives ${bytes} bytes; nothing was written.`
      )
    }
    deps.log(`Merging statements ${changed.join(', ')} into the policy of bucket ${bucket}`)
    await call('s3:PutBucketPolicy', () =>
      s3.send(new PutBucketPolicyCommand({ Bucket: bucket, Policy: policyText(merged.policy) }))
    )
    const after = parsePolicy(await current())
    if (missingPermissions(after, grant).length === 0 && ensureStatements(after, ensure).changedSids.length === 0)
      return
    deps.log(`The policy of bucket ${bucket} was changed by another writer meanwhile; merging again`)
  }
  throw new ActionError(
    'Bucket policy keeps changing',
    `Another writer replaced the policy of ${bucket} twice while org-trail merged into it. Serialize the writers (a concurrency group) and run again.`
  )
}

/**
 * Creates the bucket with object ownership enforced. Its other hardening settings and its policy are
 * changes of their own, each observed on every run, so an interrupted run is finished by the next.
 */
async function createBucket(bucket: string, region: string, deps: ApplyDeps): Promise<void> {
  const s3 = deps.clients.s3()
  deps.log(`Creating bucket ${bucket} in ${region}`)
  await call('s3:CreateBucket', () =>
    s3.send(
      new CreateBucketCommand({
        Bucket: bucket,
        ObjectOwnership: 'BucketOwnerEnforced',
        ...(region === 'us-east-1'
          ? {}
          : { CreateBucketConfiguration: { LocationConstraint: region as BucketLocationConstraint } })
      })
    )
  ).catch((error: unknown) => {
    // Created by an earlier, interrupted run of ours: carry on hardening it.
    if (errorCode(error) !== 'BucketAlreadyOwnedByYou') throw error
  })
}

/** One hardening setting of the log bucket: private, encrypted, versioned, owned by the bucket owner. */
async function hardenBucket(change: Extract<Change, { kind: 'harden-bucket' }>, deps: ApplyDeps): Promise<void> {
  const s3 = deps.clients.s3()
  const Bucket = change.bucket
  deps.log(`Hardening bucket ${Bucket}: ${change.setting} ${change.before} → ${change.after}`)
  switch (change.setting) {
    case 'public-access-block':
      await call('s3:PutBucketPublicAccessBlock', () =>
        s3.send(
          new PutPublicAccessBlockCommand({
            Bucket,
            PublicAccessBlockConfiguration: {
              BlockPublicAcls: true,
              IgnorePublicAcls: true,
              BlockPublicPolicy: true,
              RestrictPublicBuckets: true
            }
          })
        )
      )
      return
    case 'encryption':
      await call('s3:PutEncryptionConfiguration', () =>
        s3.send(
          new PutBucketEncryptionCommand({
            Bucket,
            ServerSideEncryptionConfiguration: {
              Rules: [
                {
                  ApplyServerSideEncryptionByDefault: change.kmsKeyArn
                    ? { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: change.kmsKeyArn }
                    : { SSEAlgorithm: 'AES256' },
                  BucketKeyEnabled: change.kmsKeyArn !== ''
                }
              ]
            }
          })
        )
      )
      return
    case 'versioning':
      await call('s3:PutBucketVersioning', () =>
        s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Enabled' } }))
      )
      return
    case 'ownership':
      await call('s3:PutBucketOwnershipControls', () =>
        s3.send(
          new PutBucketOwnershipControlsCommand({
            Bucket,
            OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] }
          })
        )
      )
      return
  }
}

/** Like the bucket policy: read right before the write, merge, write; every other statement is kept. */
async function writeKeyPolicy(keyArn: string, region: string, grant: KmsGrant, deps: ApplyDeps): Promise<void> {
  const [kms, { GetKeyPolicyCommand, PutKeyPolicyCommand }] = await Promise.all([
    deps.clients.kms(region),
    import('@aws-sdk/client-kms')
  ])
  const current = await call('kms:GetKeyPolicy', () =>
    kms.send(new GetKeyPolicyCommand({ KeyId: keyArn, PolicyName: 'default' }))
  )
  const merged = mergeKeyPolicy(parseKeyPolicy(current.Policy ?? null), grant)
  if (merged.changedSids.length === 0) return
  const bytes = policyBytes(merged.policy)
  if (bytes > MAX_KEY_POLICY_BYTES)
    throw new ActionError(
      'Key policy would exceed 32 KB',
      `Merging CloudTrail's statements into the policy of ${keyArn} gives ${bytes} bytes; nothing was written.`
    )
  deps.log(`Merging statements ${merged.changedSids.join(', ')} into the policy of KMS key ${keyArn}`)
  await call('kms:PutKeyPolicy', () =>
    kms.send(new PutKeyPolicyCommand({ KeyId: keyArn, PolicyName: 'default', Policy: policyText(merged.policy) }))
  )
  if (missingKmsActions(merged.policy, grant).length > 0)
    throw new ActionError('Key policy not converged', `The merged policy of ${keyArn} still lacks CloudTrail's grants.`)
}

/** The policies this run wrote that an error may be about, named for the log. */
function writtenPolicies(applied: readonly Change[], kinds: readonly Change['kind'][]): string[] {
  return applied.flatMap((c) => {
    if (!kinds.includes(c.kind)) return []
    if (c.kind === 'put-bucket-policy') return [`the policy of bucket ${c.bucket}`]
    if (c.kind === 'put-key-policy') return [`the policy of KMS key ${c.keyArn}`]
    if (c.kind === 'enable-trusted-access') return ['trusted access for CloudTrail']
    if (c.kind === 'create-service-linked-role')
      return [`the service-linked role ${SERVICE_LINKED_ROLES[c.role].roleName}`]
    return []
  })
}

/** Retries a write, bounded, while AWS has not yet seen a grant this run just made; each wait is logged with what it waits for. */
async function withPropagation<T>(applied: readonly Change[], deps: ApplyDeps, send: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send()
    } catch (error) {
      const code = errorCode(error)
      // "Access denied." for a CloudWatch Logs role right after someone changed it is IAM propagation.
      const iamPropagation = CLOUDWATCH_ERRORS.has(code) && /access denied/i.test((error as Error).message)
      const written = writtenPolicies(applied, PROPAGATION_ERRORS[code] ?? [])
      const delay = PROPAGATION_DELAYS_MS[attempt]
      if ((!iamPropagation && written.length === 0) || delay === undefined) throw error
      const what = iamPropagation
        ? 'the CloudWatch Logs role as IAM has it now'
        : `${written.join(' and ')}, written by this run,`
      deps.log(
        `${code}: CloudTrail does not see ${what} yet; waiting ${delay / 1000}s (wait ${attempt + 1} of ${PROPAGATION_DELAYS_MS.length})`
      )
      await deps.sleep(delay)
    }
  }
}
