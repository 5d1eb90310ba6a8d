// The trail's KMS key: usable for CloudTrail, and a key policy that lets CloudTrail encrypt.
import { createKeyCommand, describeKeyCommand, enableKeyCommand } from '../aws/cli.js'
import { policyText } from '../policy/document.js'
import {
  keyPolicyDenies,
  kmsStatements,
  MAX_KEY_POLICY_BYTES,
  mergeKeyPolicy,
  missingKmsActions,
  parseKeyPolicy,
  type KmsGrant
} from '../policy/kms.js'
import type { PlanContext, Step } from './context.js'
import {
  checkForeignKeyRead,
  keyGrantFor,
  keyInLogArchive,
  keyPolicyElsewhere,
  keyPolicyElsewhereStep,
  throughLogArchive
} from './cross-account.js'
import { finding, prerequisite, unreadable } from './findings.js'
import { MANAGERS } from './managers.js'
import { checkResourcePolicy } from './resource-policy.js'

/** A key of the Log Archive account is read and written through its role; one of another account, not at all. */
export function checkKmsKey(ctx: PlanContext): Step[] {
  return throughLogArchive(ctx, checkKey(ctx), keyInLogArchive(ctx))
}

function checkKey(ctx: PlanContext): Step[] {
  const declared = ctx.settings.trail.kmsKeyId
  const key = ctx.observed.kmsKey
  if (!declared || !key) return []
  const id = 'kms.key'
  const unreadableElsewhere = checkForeignKeyRead(ctx)
  if (unreadableElsewhere) return unreadableElsewhere
  if (!key.ok) return [unreadable({ id, title: `KMS key ${declared}`, failure: key.failure })]
  if (key.value === null) {
    return [
      prerequisite({
        id,
        severity: 'blocker',
        title: `KMS key ${declared} not found`,
        detail: `No key ${declared} in ${ctx.homeRegion} is visible to the caller.`,
        remediation: describeKeyCommand(declared, ctx.homeRegion)
      })
    ]
  }
  const k = key.value
  const steps: Step[] = []
  // A bucket org-trail is about to create will be in the home region.
  const observedRegion = ctx.observed.bucket.region.ok ? ctx.observed.bucket.region.value : null
  const bucketRegion =
    observedRegion ?? (ctx.settings.createBucket && ctx.observed.bucket.region.ok ? ctx.homeRegion : null)
  const awsManaged = k.keyManager === 'AWS'
  const problems = [
    // AWS manages such a key for one service (alias/aws/s3…): its policy cannot let CloudTrail use it.
    awsManaged ? 'it is an AWS managed key, and CloudTrail encrypts only with a customer managed key' : '',
    k.keyState !== 'Enabled' ? `it is ${k.keyState}, not Enabled` : '',
    !k.symmetric ? 'it is not a symmetric encryption key' : '',
    bucketRegion && bucketRegion !== k.region ? `it is in ${k.region} but the bucket is in ${bucketRegion}` : ''
  ].filter((p) => p !== '')
  steps.push({
    finding:
      problems.length === 0
        ? finding({
            id,
            category: 'prerequisite',
            severity: 'ok',
            title: 'KMS key usable',
            detail: `${k.arn}: customer managed, enabled, symmetric, in the bucket's region.`
          })
        : finding({
            id,
            category: 'prerequisite',
            severity: 'blocker',
            title: 'KMS key cannot encrypt the logs',
            detail: `${k.arn}: ${problems.join('; ')}.`,
            remediation:
              k.keyState === 'Disabled' && !awsManaged
                ? enableKeyCommand(k)
                : `# Use a symmetric, enabled customer managed key in the bucket's region, e.g. a new one:\n${createKeyCommand(bucketRegion ?? ctx.homeRegion)}`
          })
  })
  // An AWS managed key's policy is AWS's: there is nothing to check or merge.
  const elsewhere = k.foreignAccountId ? keyPolicyElsewhere(ctx) : null
  if (elsewhere && !awsManaged) steps.push(keyPolicyElsewhereStep(ctx, elsewhere))
  else if (!awsManaged) steps.push(...checkKeyPolicy(ctx, k.arn, k.region, k.policy))
  return [...steps, ...checkBucketKeyRead(ctx)]
}

/**
 * With an S3 Bucket Key CloudTrail also needs kms:Decrypt: when the bucket's encryption cannot be read, the
 * key policy is checked without it, and that is said. (create-bucket's hardening reports the read itself.)
 */
function checkBucketKeyRead(ctx: PlanContext): Step[] {
  const encryption = ctx.observed.bucket.encryption
  if (!encryption || encryption.ok || ctx.settings.createBucket) return []
  return [
    unreadable({
      id: 'kms.bucket-key',
      title: `Whether bucket ${ctx.observed.bucket.name} uses an S3 Bucket Key (then CloudTrail needs kms:Decrypt)`,
      failure: encryption.failure,
      severity: 'warning'
    })
  ]
}

function checkKeyPolicy(ctx: PlanContext, keyArn: string, region: string, text: string | null): Step[] {
  const id = 'kms.key-policy'
  const title = 'Key policy lets CloudTrail encrypt'
  const grant: KmsGrant = keyGrantFor(ctx, keyArn)
  const manager = ctx.managedBy ? MANAGERS[ctx.managedBy] : null
  return checkResourcePolicy({
    id,
    title,
    where: `the policy of KMS key ${keyArn}`,
    text,
    parse: parseKeyPolicy,
    missing: (p) => missingKmsActions(p, grant).join(', '),
    denies: (p) => keyPolicyDenies(p, grant),
    statements: kmsStatements(grant),
    merge: (p) => mergeKeyPolicy(p, grant),
    manage: ctx.settings.manageKmsKeyPolicy,
    ...(manager
      ? {
          owner: {
            detail: (missing: string) =>
              `The policy of ${keyArn} does not allow ${missing}. It is the key of a trail ${manager.name} manages, so org-trail does not change its policy: its owner must add the statements below.`,
            remedy: manager.remedy.key(keyArn)
          }
        }
      : {}),
    maxBytes: MAX_KEY_POLICY_BYTES,
    change: (merged) => ({
      kind: 'put-key-policy',
      keyArn,
      region,
      before: text,
      after: policyText(merged.policy),
      sids: merged.changedSids,
      grant
    }),
    writeKind: 'put-key-policy',
    words: {
      unparsable: '# Fix the key policy by hand; org-trail never overwrites a policy it cannot read.',
      granted: `Allows cloudtrail.amazonaws.com kms:GenerateDataKey* for ${ctx.trailArn}, kms:DescribeKey${grant.bucketKey ? ` and kms:Decrypt (bucket ${ctx.observed.bucket.name} uses an S3 Bucket Key)` : ''}.`,
      denied: {
        title: 'Key policy denies CloudTrail',
        detail: `An explicit Deny in the policy of ${keyArn} applies to CloudTrail, and no Allow overrides a Deny. Narrow these statements:`
      },
      missingTitle: title,
      unmanaged: (missing) =>
        `The policy of ${keyArn} does not allow ${missing}; add the statements below (or set manage-kms-key-policy: true).`,
      tooLarge: (bytes, statements) => ({
        title: 'Key policy would exceed 32 KB',
        detail: `Adding CloudTrail's statements would make the policy of ${keyArn} ${bytes} bytes.`,
        remediation: statements
      }),
      fixable: (missing) =>
        `The policy of ${keyArn} does not allow ${missing}; apply merges the statements below and keeps every other statement.`
    }
  })
}
