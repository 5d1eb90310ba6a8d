// The posture controls, one entry each: its Security Hub id, its CIS AWS Foundations Benchmark v3.0.0
// recommendation, its title, and how it judges the trail (as it is, and as apply would leave it) or the
// log bucket (which apply does not change, so it is judged as it is). Their order is the report's.
import {
  enableKeyRotationCommand,
  getKeyRotationStatusCommand,
  putBucketLoggingCommand,
  putEventSelectorsCommand,
  putPublicAccessBlockCommand,
  updateTrailCommand
} from '../aws/cli.js'
import type { S3DataEventCoverage } from '../observe/event-coverage.js'
import type { ManagementEventCoverage, Read, ReadFailure, TrailConfig } from '../observe/types.js'
import type { PlanContext } from './context.js'
import { failedRead } from './findings.js'
import type { ControlState } from './types.js'

/** What one control concludes about one view of the trail or the bucket. */
export interface Judgement {
  readonly state: ControlState
  /** One line: why, in the present tense of that view. */
  readonly detail: string
  /** What to do when this is where things end up; '' when nothing. */
  readonly remediation?: string
}

/** The part of a trail posture reads, with the reads it needs. */
export interface ViewedTrail extends Pick<
  TrailConfig,
  'isMultiRegionTrail' | 'logFileValidationEnabled' | 'kmsKeyId' | 'cloudWatchLogsLogGroupArn'
> {
  readonly managementEvents: Read<ManagementEventCoverage>
  readonly s3DataEvents: Read<S3DataEventCoverage>
}

export interface ControlIds {
  readonly securityHub: string
  /** null where CIS has no recommendation for it. */
  readonly cis: string | null
}

export type Control = ControlIds & { readonly title: string } & (
    | {
        readonly of: 'trail'
        readonly judge: (trail: ViewedTrail, ctx: PlanContext) => Judgement
        /** Whether the control is judged at all, seeing the trail now and after apply; always when absent. */
        readonly applies?: (now: ViewedTrail | null, after: ViewedTrail | null) => boolean
      }
    | { readonly of: 'bucket'; readonly judge: (ctx: PlanContext) => Judgement }
  )

export function unknown(failure: ReadFailure, what: string): Judgement {
  const read = failedRead(failure)
  return {
    state: 'unknown',
    detail: `${read.what}, so ${what} could not be checked.${read.why}`,
    remediation: read.remediation
  }
}

const pass = (detail: string): Judgement => ({ state: 'pass', detail })
const fail = (detail: string, remediation: string): Judgement => ({ state: 'fail', detail, remediation })

/** CloudTrail.1: every region, and read and write management events. */
function multiRegion(t: ViewedTrail, ctx: PlanContext): Judgement {
  const events = t.managementEvents
  if (!events.ok) return unknown(events.failure, 'read and write management events')
  if (t.isMultiRegionTrail && events.value.readAndWrite)
    return pass('Every region is logged with all management events.')
  if (!t.isMultiRegionTrail)
    return fail('The trail logs only its home region.', 'Set the input is-multi-region-trail: true.')
  const all = `'[{"ReadWriteType":"All","IncludeManagementEvents":true}]'`
  return fail(
    'Management events are not logged with ReadWriteType All.',
    `# Or declare event-selectors. This replaces every selector of the trail, data events included.\n${putEventSelectorsCommand(ctx.trailArn, ctx.homeRegion, all)}`
  )
}

function encrypted(t: ViewedTrail, ctx: PlanContext): Judgement {
  if (t.kmsKeyId) return pass(`Key ${t.kmsKeyId}.`)
  return fail(
    'Log files are encrypted with S3-managed keys only; a KMS key adds access control and an audit trail of decryption.',
    `# Set the inputs kms-key-id and manage-kms-key-policy: true, or by hand (the key policy must allow\n# cloudtrail.amazonaws.com kms:GenerateDataKey* and kms:DescribeKey, and kms:Decrypt when the bucket\n# uses an S3 Bucket Key):\n${updateTrailCommand(ctx.trailArn, ctx.homeRegion, [{ field: 'KmsKeyId', before: '', after: 'KEY_ARN' }])}`
  )
}

function validated(t: ViewedTrail): Judgement {
  if (t.logFileValidationEnabled) return pass('Digest files let you prove log files were not changed.')
  return fail(
    'Log file validation is off: changes to delivered log files cannot be detected.',
    'Set enable-log-file-validation: true.'
  )
}

function cloudWatchLogs(t: ViewedTrail, ctx: PlanContext): Judgement {
  if (t.cloudWatchLogsLogGroupArn) return pass(`Log group ${t.cloudWatchLogsLogGroupArn}.`)
  const pair = { logGroupArn: 'LOG_GROUP_ARN', roleArn: 'ROLE_ARN' }
  return fail(
    'Without CloudWatch Logs there are no metric filters or alarms on API activity.',
    `# Set the inputs cloud-watch-logs-log-group-arn and cloud-watch-logs-role-arn, or by hand (the role must\n# trust cloudtrail.amazonaws.com and allow logs:CreateLogStream and logs:PutLogEvents on the group):\n${updateTrailCommand(ctx.trailArn, ctx.homeRegion, [], pair)}`
  )
}

/** The trail's key reference (an ARN or a key id) names the key observe read, known by its full ARN. */
function isKeyOf(reference: string, keyArn: string): boolean {
  return keyArn === reference || keyArn.endsWith(`:key/${reference}`)
}

/** KMS.4 on the key the trail uses: its rotation is known when it is the declared key, read by observe. */
function keyRotation(t: ViewedTrail, ctx: PlanContext): Judgement {
  const keyId = t.kmsKeyId
  if (!keyId) return { state: 'no-key', detail: 'The trail has no KMS key (see CloudTrail.2).' }
  const key = ctx.observed.kmsKey?.ok ? ctx.observed.kmsKey.value : null
  const region = key?.region ?? ctx.homeRegion
  if (key === null || !isKeyOf(keyId, key.arn))
    return {
      state: 'unknown',
      detail: `Rotation of ${keyId} was not read: org-trail reads the key named by the input kms-key-id.`,
      remediation: `# Set kms-key-id to this key, or check by hand:\n${getKeyRotationStatusCommand(keyId, region)}`
    }
  const rotation = key.rotationEnabled
  if (!rotation.ok) return unknown(rotation.failure, `rotation of ${keyId}`)
  return rotation.value
    ? pass(`Automatic rotation is enabled on ${keyId}.`)
    : fail(`Automatic rotation is off on ${keyId}.`, enableKeyRotationCommand(keyId, region))
}

/** S3.22 and S3.23: S3 object-level events of every bucket, written or read. */
function dataEvents(kind: 'read' | 'write'): (t: ViewedTrail) => Judgement {
  const declare = `# Data events are charged per event: in an organization trail, for every S3 object request of every\n# member account. To log ${kind} events of every bucket, declare (keeping a management events selector):\nadvanced-event-selectors: |\n  - Name: Management events\n    FieldSelectors:\n      - { Field: eventCategory, Equals: [Management] }\n  - Name: S3 object-level events\n    FieldSelectors:\n      - { Field: eventCategory, Equals: [Data] }\n      - { Field: resources.type, Equals: [AWS::S3::Object] }`
  return (t) => {
    const events = t.s3DataEvents
    if (!events.ok) return unknown(events.failure, `S3 ${kind} data events`)
    return events.value[kind]
      ? pass(`S3 object-level ${kind} events of every bucket are logged.`)
      : fail(`No selector logs S3 object-level ${kind} events of every bucket.`, declare)
  }
}

function publicBucket(ctx: PlanContext): Judgement {
  const { publicAccessBlock, policyIsPublic, name } = ctx.observed.bucket
  const failed = [publicAccessBlock, policyIsPublic].flatMap((r) => (r.ok ? [] : [failedRead(r.failure)]))
  if (failed.length > 0) {
    return {
      state: 'unknown',
      detail: `${failed.map((f) => f.what).join('; ')}, so whether ${name} is public could not be checked.${[...new Set(failed.map((f) => f.why))].join('')}`,
      remediation: [...new Set(failed.map((f) => f.remediation))].join('\n')
    }
  }
  const block = publicAccessBlock.ok ? publicAccessBlock.value : null
  const fullyBlocked =
    block !== null &&
    block.blockPublicAcls &&
    block.ignorePublicAcls &&
    block.blockPublicPolicy &&
    block.restrictPublicBuckets
  const command = putPublicAccessBlockCommand(name)
  if (policyIsPublic.ok && policyIsPublic.value)
    return fail(
      `The log bucket is public: the policy of ${name} grants public access to the audit log.`,
      `# Remove the statements that grant public access, then:\n${command}`
    )
  if (!fullyBlocked)
    return fail(
      `Public access to ${name} is not blocked: it has no complete Block Public Access configuration of its own.`,
      command
    )
  return pass(`Block Public Access is on for ${name}.`)
}

function accessLogging(ctx: PlanContext): Judgement {
  const { accessLogging: logging, name } = ctx.observed.bucket
  if (!logging.ok) return unknown(logging.failure, 'access logging of the log bucket')
  if (logging.value) return pass(`Server access logging is enabled on ${name}.`)
  return fail(
    `Requests to ${name} are not logged.`,
    `# ACCESS_LOG_BUCKET: a bucket that receives S3 server access logs (not the trail bucket itself).\n${putBucketLoggingCommand(name, 'ACCESS_LOG_BUCKET')}`
  )
}

export const CONTROLS: readonly Control[] = [
  {
    securityHub: 'CloudTrail.1',
    cis: '3.1',
    title: 'Multi-region, read and write management events',
    of: 'trail',
    judge: multiRegion
  },
  { securityHub: 'CloudTrail.2', cis: '3.5', title: 'Encrypted at rest with SSE-KMS', of: 'trail', judge: encrypted },
  { securityHub: 'CloudTrail.4', cis: '3.2', title: 'Log file validation', of: 'trail', judge: validated },
  // CIS v3.0.0 dropped the CloudWatch Logs recommendation (3.4 in v1.4.0); Security Hub still has the control.
  {
    securityHub: 'CloudTrail.5',
    cis: null,
    title: 'Integrated with CloudWatch Logs',
    of: 'trail',
    judge: cloudWatchLogs
  },
  {
    securityHub: 'KMS.4',
    cis: '3.6',
    title: 'Rotation of the trail key',
    of: 'trail',
    judge: keyRotation,
    applies: (now, after) => Boolean(now?.kmsKeyId || after?.kmsKeyId)
  },
  { securityHub: 'S3.22', cis: '3.8', title: 'S3 object-level write events', of: 'trail', judge: dataEvents('write') },
  { securityHub: 'S3.23', cis: '3.9', title: 'S3 object-level read events', of: 'trail', judge: dataEvents('read') },
  { securityHub: 'CloudTrail.6', cis: null, title: 'Log bucket not public', of: 'bucket', judge: publicBucket },
  {
    securityHub: 'CloudTrail.7',
    cis: '3.4',
    title: 'Access logging on the log bucket',
    of: 'bucket',
    judge: accessLogging
  }
]
