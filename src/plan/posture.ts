// Posture: the trail and its resources judged as they are, as Security Hub, Prowler and auditors judge
// them, and as they would be after apply. Each control carries its Security Hub id and its CIS AWS
// Foundations Benchmark v3.0.0 recommendation.
import { managementEventCoverage, s3DataEventCoverage, type S3DataEventCoverage } from '../observe/event-coverage.js'
import type { ManagementEventCoverage, Read, ReadFailure, TrailConfig } from '../observe/types.js'
import {
  enableKeyRotationCommand,
  getKeyRotationStatusCommand,
  putBucketLoggingCommand,
  putEventSelectorsCommand,
  putPublicAccessBlockCommand,
  updateTrailCommand
} from '../aws/cli.js'
import type { PlanContext, Step } from './context.js'
import { finding } from './findings.js'
import type { ControlState, Finding, Severity } from './types.js'

/** What one control concludes about one view of the trail. */
interface Judgement {
  readonly state: ControlState
  /** One line: why, in the present tense of that view. */
  readonly detail: string
  /** What to do when this is where things end up; '' when nothing. */
  readonly remediation?: string
}

/** The part of a trail posture reads, with the reads it needs. */
interface TrailView {
  /** null: there is no trail (yet). */
  readonly trail: Pick<
    TrailConfig,
    'isMultiRegionTrail' | 'logFileValidationEnabled' | 'kmsKeyId' | 'cloudWatchLogsLogGroupArn'
  > | null
  readonly managementEvents: Read<ManagementEventCoverage> | undefined
  readonly s3DataEvents: Read<S3DataEventCoverage> | undefined
}

const NO_DATA_EVENTS: S3DataEventCoverage = { read: false, write: false }
const DEFAULT_MANAGEMENT: ManagementEventCoverage = { any: true, readAndWrite: true }

/** The trail as it is: as observed before apply, or as re-read after it. */
function viewNow(ctx: PlanContext): TrailView {
  const t = ctx.observed.trail
  if (!t) return { trail: null, managementEvents: undefined, s3DataEvents: undefined }
  const selectors = t.selectors
  return {
    trail: t.config,
    managementEvents: t.managementEvents,
    s3DataEvents: selectors
      ? selectors.ok
        ? { ok: true, value: s3DataEventCoverage(selectors.value.event, selectors.value.advanced) }
        : selectors
      : undefined
  }
}

/** The trail once apply has run: the declaration where org-trail manages a setting, else as it is. */
function viewAfterApply(ctx: PlanContext, now: TrailView): TrailView {
  const observed = ctx.observed.trail?.config
  const kmsKeyId = ctx.declared.kmsKeyId || observed?.kmsKeyId
  const logGroup = ctx.declared.cloudWatchLogsLogGroupArn || observed?.cloudWatchLogsLogGroupArn
  const { eventSelectors, advancedEventSelectors } = ctx.settings
  const declared = eventSelectors
    ? { event: eventSelectors, advanced: [] }
    : advancedEventSelectors
      ? { event: [], advanced: advancedEventSelectors }
      : null
  // A new trail gets CloudTrail's default selector: every management event, no data event.
  const fresh = now.trail === null
  return {
    trail: {
      isMultiRegionTrail: ctx.settings.trail.isMultiRegionTrail,
      logFileValidationEnabled: ctx.settings.trail.enableLogFileValidation,
      ...(kmsKeyId ? { kmsKeyId } : {}),
      ...(logGroup ? { cloudWatchLogsLogGroupArn: logGroup } : {})
    },
    managementEvents: declared
      ? { ok: true, value: managementEventCoverage(declared.event, declared.advanced) }
      : fresh
        ? { ok: true, value: DEFAULT_MANAGEMENT }
        : now.managementEvents,
    s3DataEvents: declared
      ? { ok: true, value: s3DataEventCoverage(declared.event, declared.advanced) }
      : fresh
        ? { ok: true, value: NO_DATA_EVENTS }
        : now.s3DataEvents
  }
}

const NO_TRAIL: Judgement = { state: 'no-trail', detail: 'There is no trail.' }

const unknown = (failure: ReadFailure, what: string): Judgement => ({
  state: 'unknown',
  detail: `${failure.action} failed (${failure.code}), so ${what} could not be checked.`,
  remediation: `# Allow "${failure.action}" in the role's policy.`
})

/**
 * One posture finding from the control's judgement now and after apply. Its severity says where things
 * end up: ok when it passes now, fixable when apply would make it pass, else a warning.
 */
function control(
  ids: { readonly securityHub: string; readonly cis: string | null },
  title: string,
  now: Judgement,
  after: Judgement | null
): Finding {
  const changes = after !== null && (after.state !== now.state || after.detail !== now.detail)
  const end = changes ? after : now
  const severity: Severity = now.state === 'pass' ? 'ok' : end.state === 'pass' ? 'fixable' : 'warning'
  const detail = changes ? `${now.detail} After apply: ${after.detail}` : now.detail
  return {
    ...finding({
      id: ids.securityHub,
      category: 'posture',
      severity,
      title,
      detail,
      remediation: end.state === 'pass' ? '' : (end.remediation ?? '')
    }),
    control: { ...ids, now: now.state, afterApply: changes ? after.state : null }
  }
}

/** Judges every control on the trail as it is and, unless `afterApply` is false, as apply would leave it. */
export function checkPosture(
  ctx: PlanContext,
  options: { readonly afterApply: boolean } = { afterApply: true }
): Step[] {
  const now = viewNow(ctx)
  const after = options.afterApply ? viewAfterApply(ctx, now) : null
  const arn = ctx.trailArn
  const region = ctx.homeRegion
  const bucket = ctx.observed.bucket
  const steps: Step[] = []
  const judge = (
    ids: { readonly securityHub: string; readonly cis: string | null },
    title: string,
    of: (view: TrailView) => Judgement
  ) => steps.push({ finding: control(ids, title, of(now), after ? of(after) : null) })

  judge({ securityHub: 'CloudTrail.1', cis: '3.1' }, 'Multi-region, read and write management events', (v) => {
    if (!v.trail) return NO_TRAIL
    const events = v.managementEvents
    if (events && !events.ok) return unknown(events.failure, 'read and write management events')
    const readWrite = !events || events.value.readAndWrite
    if (v.trail.isMultiRegionTrail && readWrite)
      return { state: 'pass', detail: 'Every region is logged with all management events.' }
    return v.trail.isMultiRegionTrail
      ? {
          state: 'fail',
          detail: 'Management events are not logged with ReadWriteType All.',
          remediation: `# Or declare event-selectors. This replaces every selector of the trail, data events included.\n${putEventSelectorsCommand(arn, region, `'[{"ReadWriteType":"All","IncludeManagementEvents":true}]'`)}`
        }
      : {
          state: 'fail',
          detail: 'The trail logs only its home region.',
          remediation: 'Set the input is-multi-region-trail: true.'
        }
  })

  judge({ securityHub: 'CloudTrail.2', cis: '3.5' }, 'Encrypted at rest with SSE-KMS', (v) => {
    if (!v.trail) return NO_TRAIL
    return v.trail.kmsKeyId
      ? { state: 'pass', detail: `Key ${v.trail.kmsKeyId}.` }
      : {
          state: 'fail',
          detail:
            'Log files are encrypted with S3-managed keys only; a KMS key adds access control and an audit trail of decryption.',
          remediation: `# Set the inputs kms-key-id and manage-kms-key-policy: true, or by hand (the key policy must allow\n# cloudtrail.amazonaws.com kms:GenerateDataKey* and kms:DescribeKey):\n${updateTrailCommand(arn, region, [{ field: 'KmsKeyId', before: '', after: 'KEY_ARN' }])}`
        }
  })

  judge({ securityHub: 'CloudTrail.4', cis: '3.2' }, 'Log file validation', (v) => {
    if (!v.trail) return NO_TRAIL
    return v.trail.logFileValidationEnabled
      ? { state: 'pass', detail: 'Digest files let you prove log files were not changed.' }
      : {
          state: 'fail',
          detail: 'Log file validation is off: changes to delivered log files cannot be detected.',
          remediation: 'Set enable-log-file-validation: true.'
        }
  })

  // CIS v3.0.0 dropped the CloudWatch Logs recommendation (3.4 in v1.4.0); Security Hub still has the control.
  judge({ securityHub: 'CloudTrail.5', cis: null }, 'Integrated with CloudWatch Logs', (v) => {
    if (!v.trail) return NO_TRAIL
    return v.trail.cloudWatchLogsLogGroupArn
      ? { state: 'pass', detail: `Log group ${v.trail.cloudWatchLogsLogGroupArn}.` }
      : {
          state: 'fail',
          detail: 'Without CloudWatch Logs there are no metric filters or alarms on API activity.',
          remediation: `# Set the inputs cloud-watch-logs-log-group-arn and cloud-watch-logs-role-arn, or by hand (the role must\n# trust cloudtrail.amazonaws.com and allow logs:CreateLogStream and logs:PutLogEvents on the group):\n${updateTrailCommand(arn, region, [], { logGroupArn: 'LOG_GROUP_ARN', roleArn: 'ROLE_ARN' })}`
        }
  })

  if (now.trail?.kmsKeyId || after?.trail?.kmsKeyId) {
    judge({ securityHub: 'KMS.4', cis: '3.6' }, 'Rotation of the trail key', (v) => keyRotation(ctx, v))
  }

  const dataEventsRemediation = (kind: 'read' | 'write') =>
    `# Data events are charged per event: in an organization trail, for every S3 object request of every\n# member account. To log ${kind} events of every bucket, declare (keeping a management events selector):\nadvanced-event-selectors: |\n  - Name: Management events\n    FieldSelectors:\n      - { Field: eventCategory, Equals: [Management] }\n  - Name: S3 object-level events\n    FieldSelectors:\n      - { Field: eventCategory, Equals: [Data] }\n      - { Field: resources.type, Equals: [AWS::S3::Object] }`
  for (const [kind, ids] of [
    ['write', { securityHub: 'S3.22', cis: '3.8' }],
    ['read', { securityHub: 'S3.23', cis: '3.9' }]
  ] as const) {
    judge(ids, `S3 object-level ${kind} events`, (v) => {
      if (!v.trail) return NO_TRAIL
      const events = v.s3DataEvents
      if (!events) return { state: 'unknown', detail: 'The event selectors were not read.' }
      if (!events.ok) return unknown(events.failure, `S3 ${kind} data events`)
      return events.value[kind]
        ? { state: 'pass', detail: `S3 object-level ${kind} events of every bucket are logged.` }
        : {
            state: 'fail',
            detail: `No selector logs S3 object-level ${kind} events of every bucket.`,
            remediation: dataEventsRemediation(kind)
          }
    })
  }

  // The bucket's controls: apply does not change them, so they are judged as the bucket is.
  if (bucket.region.ok && bucket.region.value !== null) {
    steps.push({
      finding: control({ securityHub: 'CloudTrail.6', cis: null }, 'Log bucket not public', publicBucket(ctx), null)
    })
    const logging = bucket.accessLogging
    const judgement: Judgement = !logging.ok
      ? unknown(logging.failure, 'access logging of the log bucket')
      : logging.value
        ? { state: 'pass', detail: `Server access logging is enabled on ${bucket.name}.` }
        : {
            state: 'fail',
            detail: `Requests to ${bucket.name} are not logged.`,
            remediation: `# ACCESS_LOG_BUCKET: a bucket that receives S3 server access logs (not the trail bucket itself).\n${putBucketLoggingCommand(bucket.name, 'ACCESS_LOG_BUCKET')}`
          }
    steps.push({
      finding: control({ securityHub: 'CloudTrail.7', cis: '3.4' }, 'Access logging on the log bucket', judgement, null)
    })
  }

  const status = ctx.observed.trail?.status
  if (status?.ok) {
    const s = status.value
    steps.push({
      finding: delivery({
        id: 'delivery.log-files',
        label: 'Log file',
        error: s.latestDeliveryError,
        time: s.latestDeliveryTime,
        detail: s.latestDeliveryTime
          ? `Latest delivery ${s.latestDeliveryTime.toISOString()}.`
          : 'No delivery error reported.',
        remediation:
          'Check the bucket policy and, with SSE-KMS, the key policy; the s3.bucket-policy finding lists what is missing.'
      })
    })
    steps.push({
      finding: delivery({
        id: 'delivery.digest-files',
        label: 'Digest file',
        error: s.latestDigestDeliveryError,
        time: s.latestDigestDeliveryTime,
        detail: 'No digest delivery error reported.',
        remediation: 'Check the bucket policy and, with SSE-KMS, the key policy.'
      })
    })
  }
  return steps
}

/** One of the deliveries GetTrailStatus reports on: log files or digest files. */
interface Delivery {
  readonly id: string
  /** "Log file" or "Digest file". */
  readonly label: string
  readonly error: string | undefined
  readonly time: Date | undefined
  /** What the finding says when there is no error. */
  readonly detail: string
  /** What to do when there is one. */
  readonly remediation: string
}

function delivery(d: Delivery): Finding {
  if (d.error) {
    return finding({
      id: d.id,
      category: 'posture',
      severity: 'warning',
      title: `${d.label} delivery is failing`,
      detail: `CloudTrail reports: ${d.error}.`,
      remediation: d.remediation
    })
  }
  return finding({
    id: d.id,
    category: 'posture',
    severity: 'ok',
    // A trail created a moment ago has delivered nothing yet: say only what is known.
    title: d.time ? `${d.label}s delivered` : `No ${d.label.toLowerCase()} delivery error`,
    detail: d.detail
  })
}

/** KMS.4 on the key the view's trail uses: its rotation is known when it is the declared key, read by observe. */
function keyRotation(ctx: PlanContext, v: TrailView): Judgement {
  if (!v.trail) return NO_TRAIL
  const keyId = v.trail.kmsKeyId
  if (!keyId) return { state: 'no-key', detail: 'The trail has no KMS key (see CloudTrail.2).' }
  const key = ctx.observed.kmsKey?.ok ? ctx.observed.kmsKey.value : null
  const region = key?.region ?? ctx.homeRegion
  const command = enableKeyRotationCommand(keyId, region)
  const rotation = key !== null && isKeyOf(keyId, key.arn) ? key.rotationEnabled : undefined
  if (!rotation)
    return {
      state: 'unknown',
      detail: `Rotation of ${keyId} was not read: org-trail reads the key named by the input kms-key-id.`,
      remediation: `# Set kms-key-id to this key, or check by hand:\n${getKeyRotationStatusCommand(keyId, region)}`
    }
  if (!rotation.ok) return unknown(rotation.failure, `rotation of ${keyId}`)
  return rotation.value
    ? { state: 'pass', detail: `Automatic rotation is enabled on ${keyId}.` }
    : { state: 'fail', detail: `Automatic rotation is off on ${keyId}.`, remediation: command }
}

/** The trail's key reference (an ARN or a key id) names the key observe read, known by its full ARN. */
function isKeyOf(reference: string, keyArn: string): boolean {
  return keyArn === reference || keyArn.endsWith(`:key/${reference}`)
}

function publicBucket(ctx: PlanContext): Judgement {
  const { publicAccessBlock, policyIsPublic, name } = ctx.observed.bucket
  const failed = [publicAccessBlock, policyIsPublic].flatMap((r) => (r.ok ? [] : [r.failure]))
  if (failed.length > 0) {
    return {
      state: 'unknown',
      detail: `${failed.map((f) => `${f.action} failed (${f.code})`).join('; ')}, so whether ${name} is public could not be checked.`,
      remediation: failed.map((f) => `# Allow "${f.action}" in the role's policy.`).join('\n')
    }
  }
  const block = publicAccessBlock.ok ? publicAccessBlock.value : null
  const fullyBlocked =
    block !== null &&
    block.blockPublicAcls &&
    block.ignorePublicAcls &&
    block.blockPublicPolicy &&
    block.restrictPublicBuckets
  const isPublic = policyIsPublic.ok && policyIsPublic.value
  const command = putPublicAccessBlockCommand(name)
  if (isPublic) {
    return {
      state: 'fail',
      detail: `The log bucket is public: the policy of ${name} grants public access to the audit log.`,
      remediation: `# Remove the statements that grant public access, then:\n${command}`
    }
  }
  if (!fullyBlocked) {
    return {
      state: 'fail',
      detail: `Public access to ${name} is not blocked: it has no complete Block Public Access configuration of its own.`,
      remediation: command
    }
  }
  return { state: 'pass', detail: `Block Public Access is on for ${name}.` }
}
