// Who manages a trail, a bucket or a key, when another system does: AWS Control Tower or the Landing Zone
// Accelerator. Such a resource is observed and judged like any other, but its differences become findings
// with its owner's remedy, never changes (DESIGN.md, "Who owns a resource").
//
// How each is recognized. Neither AWS nor LZA documents a mark that says "this resource is ours"; these are
// the names they give their resources, and the ones their own guardrails rely on:
// - Control Tower names its resources aws-controltower-*: its organization trail (landing zone 3.0 and later)
//   is aws-controltower-BaselineCloudTrail, its log bucket aws-controltower-logs-<log archive>-<region>, and
//   its mandatory controls protect exactly arn:aws:cloudtrail:*:*:trail/aws-controltower-* and
//   arn:aws:s3:::aws-controltower* (Control Tower guide, "Mandatory controls"). What tags it puts on its trail
//   is not documented, so tags play no part.
// - LZA names its organization trail <prefix>-Organizations-CloudTrail (prefix AWSAccelerator by default) and
//   tags every resource it creates Accelerator=<prefix>; its buckets are aws-accelerator-* (the prefix,
//   lower-cased). Both from LZA's source and configuration reference, not from a documented contract.
import { trailNameOf } from '../aws/arn.js'
import { LIST_LANDING_ZONES_COMMAND, resetLandingZoneCommand } from '../aws/cli.js'
import { ownStatements } from '../policy/bucket.js'
import type { Statement } from '../policy/document.js'
import { kmsStatements } from '../policy/kms.js'
import type { PlanContext, Step } from './context.js'
import { policyDocumentOf } from './findings.js'
import type { Change, Manager } from './types.js'

/** The resources a manager's remedy is about. */
export type Managed = 'trail' | 'bucket' | 'key'

interface ManagerWords {
  /** As people call it. */
  readonly name: string
  /** Where the owner changes each resource, as comment lines (commands follow as commands). */
  readonly remedy: Readonly<Record<Managed, (resource: string) => string>>
}

export const MANAGERS: Readonly<Record<Manager, ManagerWords>> = {
  'control-tower': {
    name: 'AWS Control Tower',
    remedy: {
      trail: (trail) =>
        `# Trail ${trail} is managed by AWS Control Tower: org-trail writes nothing to it, and a change made to\n` +
        `# the trail itself is drift that Control Tower reports (its controls refuse it in governed accounts).\n` +
        `# Change its settings (CloudTrail on or off, the KMS key, log retention) in Control Tower's landing zone\n` +
        `# settings; what they do not offer (data events, for one) takes a trail of your own that records no\n` +
        `# management events. Put back a change made to the trail by resetting the landing zone (console: Landing\n` +
        `# zone settings, Repair), from the management account in the landing zone's home region:\n` +
        `${LIST_LANDING_ZONES_COMMAND}\n${resetLandingZoneCommand('LANDING_ZONE_ARN')}`,
      bucket: (bucket) =>
        `# Bucket ${bucket} is AWS Control Tower's: its mandatory controls (SCPs on the Security OU) refuse any\n` +
        `# change of its policy, encryption, logging or lifecycle to every principal but AWSControlTowerExecution,\n` +
        `# and org-trail writes nothing to it. The landing zone's administrators can apply this through\n` +
        `# AWSControlTowerExecution in the Log Archive account (Control Tower may restore its own policy when it\n` +
        `# updates or resets the landing zone); or deliver to a bucket of your own in the Log Archive account.`,
      key: (key) =>
        `# Key ${key} encrypts the logs of a trail AWS Control Tower manages: org-trail writes nothing to it. Its policy\n` +
        `# is yours to change, keeping what Control Tower's landing zone settings require of it.`
    }
  },
  'landing-zone-accelerator': {
    name: 'the Landing Zone Accelerator (LZA)',
    remedy: {
      trail: (trail) =>
        `# Trail ${trail} is managed by the Landing Zone Accelerator (LZA): org-trail writes nothing to it.\n` +
        `# Change it in LZA's global-config.yaml (logging.cloudtrail: organizationTrail, organizationTrailSettings)\n` +
        `# and release the accelerator's pipeline; a change made to the trail itself is drift from the stack LZA\n` +
        `# deployed, to be put back as global-config.yaml declares it.`,
      bucket: (bucket) =>
        `# Bucket ${bucket} is the Landing Zone Accelerator's (LZA): LZA deploys its configuration, and org-trail\n` +
        `# writes nothing to it. Change it in LZA's global-config.yaml (logging.centralLogBucket; statements for\n` +
        `# its policy: s3ResourcePolicyAttachments, a JSON file of them), then release the accelerator's pipeline.`,
      key: (key) =>
        `# Key ${key} is the Landing Zone Accelerator's (LZA): LZA deploys its policy, and org-trail writes nothing\n` +
        `# to it. Add these statements through LZA's global-config.yaml\n` +
        `# (logging.centralLogBucket.kmsResourcePolicyAttachments), then release its pipeline.`
    }
  }
}

const LZA_TRAIL = /-Organizations-CloudTrail$/
const LZA_TAG = 'Accelerator'

/** The system that manages a trail, by its name (and, when read, its tags); null: none that org-trail knows. */
export function trailManager(name: string, tags: Readonly<Record<string, string>> | null = null): Manager | null {
  if (name.startsWith('aws-controltower-')) return 'control-tower'
  if (LZA_TRAIL.test(name) || (tags !== null && Object.hasOwn(tags, LZA_TAG))) return 'landing-zone-accelerator'
  return null
}

/** The system that manages the trail's bucket: its own, by its name, or the trail's manager (then it is the trail's). */
export function bucketOwnerOf(ctx: PlanContext): Manager | null {
  return bucketManager(ctx.settings.trail.s3BucketName) ?? ctx.managedBy
}

/** The system that manages a bucket, by its name; null: none that org-trail knows. */
export function bucketManager(bucket: string): Manager | null {
  if (bucket.startsWith('aws-controltower')) return 'control-tower'
  if (bucket.startsWith('aws-accelerator-')) return 'landing-zone-accelerator'
  return null
}

/** The resource a write configures, as its owner's remedy names it. */
function managedBy(change: Change): { readonly resource: Managed; readonly name: string } | null {
  switch (change.kind) {
    case 'create-bucket':
    case 'harden-bucket':
    case 'put-bucket-policy':
      return { resource: 'bucket', name: change.bucket }
    case 'put-key-policy':
      return { resource: 'key', name: change.keyArn }
    case 'create-trail':
      return { resource: 'trail', name: change.trail.name }
    case 'update-trail':
    case 'start-logging':
    case 'put-event-selectors':
    case 'put-insight-selectors':
    case 'add-tags':
      return { resource: 'trail', name: trailNameOf(change.arn) }
    case 'enable-trusted-access':
    case 'create-service-linked-role':
      return null
  }
}

/** The statements a policy write would have merged: what the owner is asked to add instead. */
function statementsOf(change: Change): readonly Statement[] {
  if (change.kind === 'put-bucket-policy') return [...(change.ensure ?? []), ...ownStatements(change.grant)]
  if (change.kind === 'put-key-policy') return kmsStatements(change.grant)
  return []
}

/**
 * A step whose writes are another system's to make: no change is left, a difference org-trail would have
 * fixed is a blocker (only the owner can resolve it), and its remedy says where the owner makes it, with
 * the statements when it is a policy. A step that changes nothing of the owner's is returned as it is.
 */
export function leftToOwner(step: Step, manager: Manager, owns: (resource: Managed) => boolean): Step {
  const changes = step.changes ?? []
  const owned = changes.flatMap((c) => {
    const target = managedBy(c)
    return target && owns(target.resource) ? [{ change: c, ...target }] : []
  })
  const [first] = owned
  if (!first) return step
  const rest = changes.filter((c) => !owned.some((o) => o.change === c))
  const words = MANAGERS[manager]
  const kept = rest.length > 0 ? { changes: rest } : {}
  // A write that only rides along (provenance tags) is dropped without a word.
  if (step.finding.severity === 'ok') return { finding: step.finding, ...kept }
  const statements = owned.flatMap((o) => statementsOf(o.change))
  const remedy = words.remedy[first.resource](first.name)
  return {
    finding: {
      ...step.finding,
      severity: step.finding.severity === 'fixable' ? 'blocker' : step.finding.severity,
      detail: `${step.finding.detail.replace(/[.\s]*$/, '.')} ${words.name} manages ${first.resource} ${first.name}, so org-trail leaves this to it.`,
      remediation: statements.length > 0 ? `${remedy}\n${policyDocumentOf(statements)}` : remedy
    },
    ...kept
  }
}
