// The trail's KMS key: usable for CloudTrail, and a key policy that lets CloudTrail encrypt.
import { PolicyParseError, policyBytes, policyText, type PolicyDocument, type Statement } from '../policy/document.js'
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
import { finding, unevaluatedDenies, unreadable } from './findings.js'

const P = 'prerequisite' as const
const json = (value: unknown) => JSON.stringify(value, null, 2)

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
  if (!key.ok) return [unreadable(id, `KMS key ${declared}`, key.failure)]
  if (key.value === null) {
    return [
      {
        finding: finding(
          id,
          P,
          'blocker',
          `KMS key ${declared} not found`,
          `No key ${declared} in ${ctx.homeRegion} is visible to the caller.`,
          `aws kms describe-key --key-id ${declared} --region ${ctx.homeRegion}`
        )
      }
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
        ? finding(
            id,
            P,
            'ok',
            'KMS key usable',
            `${k.arn}: customer managed, enabled, symmetric, in the bucket's region.`
          )
        : finding(
            id,
            P,
            'blocker',
            'KMS key cannot encrypt the logs',
            `${k.arn}: ${problems.join('; ')}.`,
            k.keyState === 'Disabled' && !awsManaged
              ? `aws kms enable-key --key-id ${k.arn} --region ${k.region}`
              : `# Use a symmetric, enabled customer managed key in the bucket's region, e.g. a new one:\naws kms create-key --description 'CloudTrail logs' --region ${bucketRegion ?? ctx.homeRegion}`
          )
  })
  // An AWS managed key's policy is AWS's: there is nothing to check or merge.
  const elsewhere = k.foreignAccountId ? keyPolicyElsewhere(ctx) : null
  if (elsewhere && !awsManaged) steps.push(keyPolicyElsewhereStep(ctx, elsewhere))
  else if (!awsManaged) steps.push(...checkKeyPolicy(ctx, k.arn, k.region, k.policy))
  return steps
}

function checkKeyPolicy(ctx: PlanContext, keyArn: string, region: string, text: string | null): Step[] {
  const id = 'kms.key-policy'
  const title = 'Key policy lets CloudTrail encrypt'
  const grant: KmsGrant = keyGrantFor(ctx, keyArn)
  let policy
  try {
    policy = parseKeyPolicy(text)
  } catch (error) {
    if (!(error instanceof PolicyParseError)) throw error
    return [
      {
        finding: finding(
          id,
          P,
          'blocker',
          title,
          `The policy of ${keyArn}: ${error.message}.`,
          '# Fix the key policy by hand; org-trail never overwrites a policy it cannot read.'
        )
      }
    ]
  }
  const denies = keyPolicyDenies(policy, grant)
  return [
    decideKeyPolicy(ctx, { keyArn, region, text, policy, grant, denying: denies.denying }),
    ...unevaluatedDenies('kms.key-policy.unevaluated', `the policy of ${keyArn}`, denies.unknown)
  ]
}

interface KeyPolicyFacts {
  readonly keyArn: string
  readonly region: string
  readonly text: string | null
  readonly policy: PolicyDocument | null
  readonly grant: KmsGrant
  readonly denying: readonly Statement[]
}

function decideKeyPolicy(ctx: PlanContext, { keyArn, region, text, policy, grant, denying }: KeyPolicyFacts): Step {
  const id = 'kms.key-policy'
  const title = 'Key policy lets CloudTrail encrypt'
  const missing = missingKmsActions(policy, grant)
  if (missing.length === 0)
    return {
      finding: finding(
        id,
        P,
        'ok',
        title,
        `Allows cloudtrail.amazonaws.com kms:GenerateDataKey* for ${ctx.trailArn} and kms:DescribeKey.`
      )
    }
  if (denying.length > 0) {
    return {
      finding: finding(
        id,
        P,
        'blocker',
        'Key policy denies CloudTrail',
        `An explicit Deny in the policy of ${keyArn} applies to CloudTrail, and no Allow overrides a Deny. Narrow these statements:`,
        json(denying)
      )
    }
  }
  const statements = json(kmsStatements(grant))
  if (!ctx.settings.manageKmsKeyPolicy) {
    return {
      finding: finding(
        id,
        P,
        'blocker',
        title,
        `The policy of ${keyArn} does not allow ${missing.join(', ')}; add the statements below (or set manage-kms-key-policy: true).`,
        statements
      )
    }
  }
  const merged = mergeKeyPolicy(policy, grant)
  const bytes = policyBytes(merged.policy)
  if (bytes > MAX_KEY_POLICY_BYTES) {
    return {
      finding: finding(
        id,
        P,
        'blocker',
        'Key policy would exceed 32 KB',
        `Adding CloudTrail's statements would make the policy of ${keyArn} ${bytes} bytes.`,
        statements
      )
    }
  }
  return {
    finding: finding(
      id,
      P,
      'fixable',
      title,
      `The policy of ${keyArn} does not allow ${missing.join(', ')}; apply merges the statements below and keeps every other statement.`,
      statements
    ),
    changes: [
      {
        kind: 'put-key-policy',
        keyArn,
        region,
        before: text,
        after: policyText(merged.policy),
        sids: merged.changedSids,
        grant
      }
    ]
  }
}
