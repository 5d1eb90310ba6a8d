// The log bucket: that it exists, that Requester Pays is off, and that its policy lets CloudTrail write.
import { createBucketCommand, putRequestPaymentCommand } from '../aws/cli.js'
import { CLOUDTRAIL_PRINCIPAL, MAX_BUCKET_POLICY_BYTES } from '../aws/cloudtrail.js'
import {
  bucketPolicyDenies,
  mergePolicy,
  missingPermissions,
  ownStatements,
  parsePolicy,
  type CloudTrailGrant
} from '../policy/bucket.js'
import { policyText } from '../policy/document.js'
import { checkBucketHardening, planBucketCreation, withTlsOnly } from './bucket-hardening.js'
import type { PlanContext, Step } from './context.js'
import { checkBucketOwner, logArchiveBucketOwned, throughLogArchive } from './cross-account.js'
import { prerequisite, unreadable } from './findings.js'
import { bucketOwnerOf, leftToOwner, MANAGERS } from './managers.js'
import { checkResourcePolicy } from './resource-policy.js'

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
  const steps = [...logArchiveBucketOwned(ctx), ...throughLogArchive(ctx, checkOwnBucket(ctx), true)]
  // Control Tower's or LZA's bucket is judged like any other, but never written to: its owner is told what to do.
  const manager = bucketOwnerOf(ctx)
  return manager ? steps.map((s) => leftToOwner(s, manager, (resource) => resource === 'bucket')) : steps
}

function checkOwnBucket(ctx: PlanContext): Step[] {
  const bucket = ctx.observed.bucket
  const name = bucket.name
  if (!bucket.region.ok) {
    // Whether it exists is unknown; its other reads may still say what else is missing.
    return [
      unreadable({ id: 's3.bucket-exists', title: `Bucket ${name}`, failure: bucket.region.failure }),
      checkRequesterPays(ctx),
      ...checkBucketPolicy(ctx)
    ]
  }
  if (bucket.region.value === null && ctx.settings.createBucket) return planBucketCreation(ctx, grantFor(ctx))
  if (bucket.region.value === null) {
    return [
      prerequisite({
        id: 's3.bucket-exists',
        severity: 'blocker',
        title: `Bucket ${name} does not exist`,
        detail: 'CloudTrail needs an existing bucket to deliver log files to.',
        remediation: `# Or set the input create-bucket: true to have org-trail create it, hardened.\n${createBucketCommand(name, ctx.homeRegion)}`
      })
    ]
  }
  const steps: Step[] = [
    prerequisite({
      id: 's3.bucket-exists',
      severity: 'ok',
      title: `Bucket ${name}`,
      detail: `Exists in ${bucket.region.value}.`
    })
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
  if (!requesterPays.ok) return unreadable({ id, title, failure: requesterPays.failure, severity: 'warning' })
  if (!requesterPays.value)
    return prerequisite({ id, severity: 'ok', title, detail: 'CloudTrail can deliver without paying for requests.' })
  return prerequisite({
    id,
    severity: 'blocker',
    title: 'Requester Pays is on',
    detail: `CloudTrail cannot deliver to bucket ${name} while Requester Pays is enabled.`,
    remediation: putRequestPaymentCommand(name)
  })
}

/** A bucket another system manages: the statements CloudTrail lacks are its owner's to add. */
function ownerOfPolicy(ctx: PlanContext, bucket: string) {
  const manager = bucketOwnerOf(ctx)
  if (manager === null) return {}
  const { name, remedy } = MANAGERS[manager]
  return {
    owner: {
      detail: (missing: string) =>
        `The policy of bucket ${bucket} does not allow ${missing}. ${name} manages the bucket, so org-trail does not change its policy: its owner must add the statements below, or the trail must deliver elsewhere.`,
      remedy: remedy.bucket(bucket)
    }
  }
}

function checkBucketPolicy(ctx: PlanContext): Step[] {
  const { policy, name } = ctx.observed.bucket
  const id = 's3.bucket-policy'
  const title = 'Bucket policy lets CloudTrail write'
  if (!policy.ok) return [unreadable({ id, title, failure: policy.failure })]
  if (ctx.settings.trail.isOrganizationTrail && ctx.organization === null) {
    return [
      prerequisite({
        id,
        severity: 'warning',
        title,
        detail: 'Not checked: the organization id, part of the log path, is unknown.'
      })
    ]
  }
  const grant = grantFor(ctx)
  return checkResourcePolicy({
    id,
    title,
    where: `the policy of bucket ${name}`,
    text: policy.value,
    parse: parsePolicy,
    missing: (p) =>
      missingPermissions(p, grant)
        .map((m) => `${m.action} on ${m.resource}`)
        .join('; '),
    denies: (p) => bucketPolicyDenies(p, grant),
    statements: ownStatements(grant),
    merge: (p) => mergePolicy(p, grant),
    manage: ctx.settings.manageBucketPolicy,
    ...ownerOfPolicy(ctx, name),
    maxBytes: MAX_BUCKET_POLICY_BYTES,
    change: (merged) => ({
      kind: 'put-bucket-policy',
      bucket: name,
      before: policy.value,
      after: policyText(merged.policy),
      sids: merged.changedSids,
      grant
    }),
    writeKind: 'put-bucket-policy',
    words: {
      unparsable: 'Fix the policy by hand; org-trail never overwrites a policy it cannot read.',
      granted: `Grants ${CLOUDTRAIL_PRINCIPAL} everything it needs for ${ctx.trailArn}.`,
      denied: {
        title: 'Bucket policy denies CloudTrail',
        detail: `An explicit Deny in the policy of bucket ${name} applies to CloudTrail's delivery, and no Allow overrides a Deny; org-trail never edits someone else's Deny. Narrow these statements so that they exclude cloudtrail.amazonaws.com:`
      },
      // Named for what is wrong, not for the check: it heads the blocker list and the step's failure.
      missingTitle: 'Bucket policy does not let CloudTrail write',
      unmanaged: (what) =>
        `The policy of bucket ${name} does not allow ${what}, and manage-bucket-policy is false. Add the statements below to its Statement list.`,
      tooLarge: (bytes, statements) => ({
        title: 'Bucket policy would exceed 20 KB',
        detail: `Adding CloudTrail's statements would make the policy of bucket ${name} ${bytes} bytes; S3 allows ${MAX_BUCKET_POLICY_BYTES}. Nothing was written.`,
        remediation: `Shorten the policy (merge statements, use wildcards in aws:SourceArn), then add:\n${statements}`
      }),
      fixable: (what, merged) =>
        `The policy of bucket ${name} does not allow ${what}; apply merges the statements below (${merged.changedSids.join(', ')}) and keeps every other statement.`
    }
  })
}
