// Posture of the trail as it will be once converged, named after the Security Hub / CIS controls people know.
import type { TrailConfig } from '../observe/types.js'
import { finding, type PlanContext, type Step } from './context.js'
import { declaredEventCoverage } from './trail-extras.js'

const C = 'posture' as const

/** The trail as it will be after apply: the declaration where org-trail manages a setting, else as observed. */
function target(
  ctx: PlanContext
): Pick<TrailConfig, 'isMultiRegionTrail' | 'logFileValidationEnabled' | 'kmsKeyId' | 'cloudWatchLogsLogGroupArn'> {
  const observed = ctx.observed.trail?.config
  const kmsKeyId = ctx.declared.kmsKeyId || observed?.kmsKeyId
  const logGroup = ctx.declared.cloudWatchLogsLogGroupArn || observed?.cloudWatchLogsLogGroupArn
  return {
    isMultiRegionTrail: ctx.settings.trail.isMultiRegionTrail,
    logFileValidationEnabled: ctx.settings.trail.enableLogFileValidation,
    ...(kmsKeyId ? { kmsKeyId } : {}),
    ...(logGroup ? { cloudWatchLogsLogGroupArn: logGroup } : {})
  }
}

export function checkPosture(ctx: PlanContext): Step[] {
  const t = target(ctx)
  const arn = ctx.trailArn
  const region = ctx.homeRegion
  const bucket = ctx.observed.bucket
  const steps: Step[] = []

  const declaredCoverage = declaredEventCoverage(ctx)
  const events = declaredCoverage
    ? { ok: true as const, value: declaredCoverage }
    : ctx.observed.trail?.managementEvents
  const readWrite = !events || (events.ok && events.value.readAndWrite)
  steps.push({
    finding:
      events && !events.ok
        ? finding(
            'CloudTrail.1',
            C,
            'warning',
            'Management events unknown',
            `${events.failure.action} failed (${events.failure.code}), so read and write management events could not be checked.`,
            `# Allow "${events.failure.action}" in the role's policy.`
          )
        : t.isMultiRegionTrail && readWrite
          ? finding(
              'CloudTrail.1',
              C,
              'ok',
              'Multi-region, read and write management events',
              'Every region is logged with all management events.'
            )
          : finding(
              'CloudTrail.1',
              C,
              'warning',
              'Not multi-region with read and write management events',
              t.isMultiRegionTrail
                ? 'Management events are not logged with ReadWriteType All.'
                : 'The trail logs only its home region.',
              t.isMultiRegionTrail
                ? `# Or declare event-selectors. This replaces every selector of the trail, data events included.\naws cloudtrail put-event-selectors --trail-name ${arn} --region ${region} --event-selectors '[{"ReadWriteType":"All","IncludeManagementEvents":true}]'`
                : 'Set the input is-multi-region-trail: true.'
            )
  })

  steps.push({
    finding: t.kmsKeyId
      ? finding('CloudTrail.2', C, 'ok', 'Encrypted at rest with SSE-KMS', `Key ${t.kmsKeyId}.`)
      : finding(
          'CloudTrail.2',
          C,
          'warning',
          'Not encrypted with SSE-KMS',
          'Log files are encrypted with S3-managed keys only; a KMS key adds access control and an audit trail of decryption.',
          `# Set the inputs kms-key-id and manage-kms-key-policy: true, or by hand (the key policy must allow\n# cloudtrail.amazonaws.com kms:GenerateDataKey* and kms:DescribeKey):\naws cloudtrail update-trail --name ${arn} --region ${region} --kms-key-id KEY_ARN`
        )
  })

  steps.push({
    finding: t.logFileValidationEnabled
      ? finding(
          'CloudTrail.4',
          C,
          'ok',
          'Log file validation enabled',
          'Digest files let you prove log files were not changed.'
        )
      : finding(
          'CloudTrail.4',
          C,
          'warning',
          'Log file validation disabled',
          'Changes to delivered log files cannot be detected.',
          'Set enable-log-file-validation: true.'
        )
  })

  steps.push({
    finding: t.cloudWatchLogsLogGroupArn
      ? finding('CloudTrail.5', C, 'ok', 'Integrated with CloudWatch Logs', `Log group ${t.cloudWatchLogsLogGroupArn}.`)
      : finding(
          'CloudTrail.5',
          C,
          'warning',
          'Not integrated with CloudWatch Logs',
          'Without CloudWatch Logs there are no metric filters or alarms on API activity.',
          `# Set the inputs cloud-watch-logs-log-group-arn and cloud-watch-logs-role-arn, or by hand (the role must\n# trust cloudtrail.amazonaws.com and allow logs:CreateLogStream and logs:PutLogEvents on the group):\naws cloudtrail update-trail --name ${arn} --region ${region} --cloud-watch-logs-log-group-arn LOG_GROUP_ARN --cloud-watch-logs-role-arn ROLE_ARN`
        )
  })

  if (bucket.region.ok && bucket.region.value !== null) {
    steps.push(checkPublicBucket(ctx))
    const logging = bucket.accessLogging
    steps.push({
      finding:
        logging.ok && logging.value
          ? finding(
              'CloudTrail.7',
              C,
              'ok',
              'Access logging on the log bucket',
              `Server access logging is enabled on ${bucket.name}.`
            )
          : finding(
              'CloudTrail.7',
              C,
              'warning',
              logging.ok ? 'No access logging on the log bucket' : 'Access logging of the log bucket unknown',
              logging.ok
                ? `Requests to ${bucket.name} are not logged.`
                : `${logging.failure.action} failed (${logging.failure.code}).`,
              !logging.ok
                ? `# Allow "${logging.failure.action}" in the role's policy.`
                : `# ACCESS_LOG_BUCKET: a bucket that receives S3 server access logs (not the trail bucket itself).\naws s3api put-bucket-logging --bucket ${bucket.name} --bucket-logging-status '{"LoggingEnabled":{"TargetBucket":"ACCESS_LOG_BUCKET","TargetPrefix":"${bucket.name}/"}}'`
            )
    })
  }

  const status = ctx.observed.trail?.status
  if (status?.ok) {
    const s = status.value
    steps.push({
      finding: s.latestDeliveryError
        ? finding(
            'delivery.log-files',
            C,
            'warning',
            'Log file delivery is failing',
            `CloudTrail reports: ${s.latestDeliveryError}.`,
            'Check the bucket policy and, with SSE-KMS, the key policy; the s3.bucket-policy finding lists what is missing.'
          )
        : finding(
            'delivery.log-files',
            C,
            'ok',
            'Log files delivered',
            s.latestDeliveryTime
              ? `Latest delivery ${s.latestDeliveryTime.toISOString()}.`
              : 'No delivery error reported.'
          )
    })
    steps.push({
      finding: s.latestDigestDeliveryError
        ? finding(
            'delivery.digest-files',
            C,
            'warning',
            'Digest file delivery is failing',
            `CloudTrail reports: ${s.latestDigestDeliveryError}.`,
            'Check the bucket policy and, with SSE-KMS, the key policy.'
          )
        : finding('delivery.digest-files', C, 'ok', 'Digest files delivered', 'No digest delivery error reported.')
    })
  }
  return steps
}

function checkPublicBucket(ctx: PlanContext): Step {
  const { publicAccessBlock, policyIsPublic, name } = ctx.observed.bucket
  const failed = [publicAccessBlock, policyIsPublic].flatMap((r) => (r.ok ? [] : [r.failure]))
  if (failed.length > 0) {
    return {
      finding: finding(
        'CloudTrail.6',
        C,
        'warning',
        'Public access to the log bucket unknown',
        `${failed.map((f) => `${f.action} failed (${f.code})`).join('; ')}, so whether ${name} is public could not be checked.`,
        failed.map((f) => `# Allow "${f.action}" in the role's policy.`).join('\n')
      )
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
  const command = `aws s3api put-public-access-block --bucket ${name} --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true`
  if (isPublic) {
    return {
      finding: finding(
        'CloudTrail.6',
        C,
        'warning',
        'Log bucket is public',
        `The policy of ${name} grants public access to the audit log.`,
        `# Remove the statements that grant public access, then:\n${command}`
      )
    }
  }
  if (!fullyBlocked) {
    return {
      finding: finding(
        'CloudTrail.6',
        C,
        'warning',
        'Public access to the log bucket is not blocked',
        `${name} has no complete Block Public Access configuration of its own.`,
        command
      )
    }
  }
  return {
    finding: finding('CloudTrail.6', C, 'ok', 'Log bucket is not public', `Block Public Access is on for ${name}.`)
  }
}
