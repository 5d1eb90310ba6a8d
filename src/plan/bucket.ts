// The log bucket: that it exists, that Requester Pays is off, and that its policy lets CloudTrail write.
import { CLOUDTRAIL_PRINCIPAL, MAX_BUCKET_POLICY_BYTES } from '../aws/cloudtrail.js'
import {
  bucketPolicyDenies,
  mergePolicy,
  missingPermissions,
  ownStatements,
  parsePolicy,
  type CloudTrailGrant
} from '../policy/bucket.js'
import { PolicyParseError, policyBytes, policyText, type PolicyDocument, type Statement } from '../policy/document.js'
import { checkBucketHardening, planBucketCreation, withTlsOnly } from './bucket-hardening.js'
import type { PlanContext, Step } from './context.js'
import { checkBucketOwner, logArchiveBucketOwned, throughLogArchive } from './cross-account.js'
import { finding, unevaluatedDenies, unreadable } from './findings.js'

const P = 'prerequisite' as const

/** Where CloudTrail writes, for this trail. */
export function grantFor(ctx: PlanContext): CloudTrailGrant {
  return {
    partition: ctx.observed.identity.partition,
    bucket: ctx.settings.trail.s3BucketName,
    prefix: ctx.declared.s3KeyPrefix,
    trailArn: ctx.trailArn,
    accountId: ctx.managementAccountId,
    ...(ctx.settings.trail.isOrganizationTrail && ctx.organization ? { organizationId: ctx.organization.id } : {}),
    ...(ctx.declared.kmsKeyId ? { kmsKeyArn: ctx.declared.kmsKeyId } : {})
  }
}

/** Through the Log Archive role when it is given: then the bucket is that account's, and so are its writes. */
export function checkBucket(ctx: PlanContext): Step[] {
  const elsewhere = checkBucketOwner(ctx, grantFor(ctx))
  if (elsewhere) return elsewhere
  return [...logArchiveBucketOwned(ctx), ...throughLogArchive(ctx, checkOwnBucket(ctx), true)]
}

function checkOwnBucket(ctx: PlanContext): Step[] {
  const bucket = ctx.observed.bucket
  const name = bucket.name
  if (!bucket.region.ok) {
    // Whether it exists is unknown; its other reads may still say what else is missing.
    return [
      unreadable('s3.bucket-exists', `Bucket ${name}`, bucket.region.failure),
      checkRequesterPays(ctx),
      ...checkBucketPolicy(ctx)
    ]
  }
  if (bucket.region.value === null && ctx.settings.createBucket) return planBucketCreation(ctx, grantFor(ctx))
  if (bucket.region.value === null) {
    return [
      {
        finding: finding(
          's3.bucket-exists',
          P,
          'blocker',
          `Bucket ${name} does not exist`,
          'CloudTrail needs an existing bucket to deliver log files to.',
          `# Or set the input create-bucket: true to have org-trail create it, hardened.\naws s3api create-bucket --bucket ${name} --region ${ctx.homeRegion}${ctx.homeRegion === 'us-east-1' ? '' : ` --create-bucket-configuration LocationConstraint=${ctx.homeRegion}`}`
        )
      }
    ]
  }
  const steps: Step[] = [
    { finding: finding('s3.bucket-exists', P, 'ok', `Bucket ${name}`, `Exists in ${bucket.region.value}.`) }
  ]
  steps.push(checkRequesterPays(ctx))
  const [policyStep, ...unevaluated] = checkBucketPolicy(ctx)
  if (policyStep) steps.push(...withTlsOnly(ctx, policyStep, grantFor(ctx)))
  steps.push(...unevaluated, ...checkBucketHardening(ctx))
  return steps
}

function checkRequesterPays(ctx: PlanContext): Step {
  const { requesterPays, name } = ctx.observed.bucket
  const id = 's3.requester-pays'
  const title = 'Requester Pays is off'
  if (!requesterPays.ok) return unreadable(id, title, requesterPays.failure, 'warning')
  if (!requesterPays.value)
    return { finding: finding(id, P, 'ok', title, 'CloudTrail can deliver without paying for requests.') }
  return {
    finding: finding(
      id,
      P,
      'blocker',
      'Requester Pays is on',
      `CloudTrail cannot deliver to bucket ${name} while Requester Pays is enabled.`,
      `aws s3api put-bucket-request-payment --bucket ${name} --request-payment-configuration Payer=BucketOwner`
    )
  }
}

function checkBucketPolicy(ctx: PlanContext): Step[] {
  const { policy, name } = ctx.observed.bucket
  const id = 's3.bucket-policy'
  const title = 'Bucket policy lets CloudTrail write'
  if (!policy.ok) return [unreadable(id, title, policy.failure)]
  if (ctx.settings.trail.isOrganizationTrail && ctx.organization === null) {
    return [
      {
        finding: finding(id, P, 'warning', title, 'Not checked: the organization id, part of the log path, is unknown.')
      }
    ]
  }
  const grant = grantFor(ctx)
  let current
  try {
    current = parsePolicy(policy.value)
  } catch (error) {
    if (!(error instanceof PolicyParseError)) throw error
    return [
      {
        finding: finding(
          id,
          P,
          'blocker',
          title,
          `The policy of bucket ${name}: ${error.message}.`,
          'Fix the policy by hand; org-trail never overwrites a policy it cannot read.'
        )
      }
    ]
  }
  const denies = bucketPolicyDenies(current, grant)
  return [
    decideBucketPolicy(ctx, current, grant, denies.denying),
    ...unevaluatedDenies('s3.bucket-policy.unevaluated', `the policy of bucket ${name}`, denies.unknown)
  ]
}

function decideBucketPolicy(
  ctx: PlanContext,
  current: PolicyDocument | null,
  grant: CloudTrailGrant,
  denying: readonly Statement[]
): Step {
  const { policy, name } = ctx.observed.bucket
  const id = 's3.bucket-policy'
  const title = 'Bucket policy lets CloudTrail write'
  const missing = missingPermissions(current, grant)
  if (missing.length === 0)
    return {
      finding: finding(id, P, 'ok', title, `Grants ${CLOUDTRAIL_PRINCIPAL} everything it needs for ${ctx.trailArn}.`)
    }
  if (denying.length > 0) {
    return {
      finding: finding(
        id,
        P,
        'blocker',
        'Bucket policy denies CloudTrail',
        `An explicit Deny in the policy of bucket ${name} applies to CloudTrail's delivery, and no Allow overrides a Deny; org-trail never edits someone else's Deny. Narrow these statements so that they exclude cloudtrail.amazonaws.com:`,
        JSON.stringify(denying, null, 2)
      )
    }
  }

  const what = missing.map((m) => `${m.action} on ${m.resource}`).join('; ')
  // Named for what is wrong, not for the check: it heads the blocker list and the step's failure.
  const missingTitle = 'Bucket policy does not let CloudTrail write'
  const statements = JSON.stringify(ownStatements(grant), null, 2)
  if (!ctx.settings.manageBucketPolicy) {
    return {
      finding: finding(
        id,
        P,
        'blocker',
        missingTitle,
        `The policy of bucket ${name} does not allow ${what}, and manage-bucket-policy is false. Add the statements below to its Statement list.`,
        statements
      )
    }
  }
  const merged = mergePolicy(current, grant)
  const bytes = policyBytes(merged.policy)
  if (bytes > MAX_BUCKET_POLICY_BYTES) {
    return {
      finding: finding(
        id,
        P,
        'blocker',
        'Bucket policy would exceed 20 KB',
        `Adding CloudTrail's statements would make the policy of bucket ${name} ${bytes} bytes; S3 allows ${MAX_BUCKET_POLICY_BYTES}. Nothing was written.`,
        `Shorten the policy (merge statements, use wildcards in aws:SourceArn), then add:\n${statements}`
      )
    }
  }
  return {
    finding: finding(
      id,
      P,
      'fixable',
      missingTitle,
      `The policy of bucket ${name} does not allow ${what}; apply merges the statements below (${merged.changedSids.join(', ')}) and keeps every other statement.`,
      statements
    ),
    changes: [
      {
        kind: 'put-bucket-policy',
        bucket: name,
        before: policy.ok ? policy.value : null,
        after: policyText(merged.policy),
        sids: merged.changedSids,
        grant
      }
    ]
  }
}
