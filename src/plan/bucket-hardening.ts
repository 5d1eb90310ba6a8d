// `create-bucket: true` declares a hardened log bucket, not a one-time creation: every run observes each
// hardening setting and plans the write for each one that is missing, so a run interrupted half-way through
// the hardening is finished by the next, and drift of any of them is a change in check mode.
import {
  putBucketEncryptionCommand,
  putBucketVersioningCommand,
  putOwnershipControlsCommand,
  putPublicAccessBlockCommand
} from '../aws/cli.js'
import type { BucketEncryption, BucketHardeningState, ObservedBucket, Read } from '../observe/types.js'
import {
  denyInsecureTransport,
  ensureStatements,
  mergePolicy,
  parsePolicy,
  requiresTls,
  TLS_ONLY_SID,
  type CloudTrailGrant
} from '../policy/bucket.js'
import { PolicyParseError, policyText } from '../policy/document.js'
import type { PlanContext, Step } from './context.js'
import { finding, pasteable, prerequisite, unreadable } from './findings.js'
import type { Change, HardeningSetting } from './types.js'

interface Setting {
  readonly setting: HardeningSetting
  readonly label: string
  /** The read the setting is judged on. */
  readonly read: (h: BucketHardeningState, bucket: ObservedBucket) => Read<unknown>
  /** What the bucket has, for people; null when it is already as declared. */
  readonly drift: (h: BucketHardeningState, bucket: ObservedBucket, kmsKeyArn: string) => string | null
  readonly after: (kmsKeyArn: string) => string
  readonly command: (bucket: string, kmsKeyArn: string) => string
}

/** The bucket's default encryption: read whenever the hardening is (observe/bucket.ts). */
function encryptionOf(b: ObservedBucket): Read<BucketEncryption | null> {
  if (!b.encryption) throw new Error(`The default encryption of bucket ${b.name} was not read with its hardening`)
  return b.encryption
}

/**
 * The bucket's default key, as S3 reports it (the ARN or the key id it was given), is the declared key
 * (its ARN, or an id): either side may be the short form.
 */
const encryptsWithDeclaredKey = (reported: string, declared: string) =>
  reported === declared || declared.endsWith(`:key/${reported}`) || reported.endsWith(`:key/${declared}`)

/** The default encryption: SSE-KMS with the declared key, else any (apply writes a key with an S3 Bucket Key). */
const ENCRYPTION: Setting = {
  setting: 'encryption',
  label: 'Default encryption',
  read: (_h, b) => encryptionOf(b),
  drift: (_h, b, key) => {
    const read = encryptionOf(b)
    if (!read.ok) return null
    const e = read.value
    if (e === null) return 'none'
    // Without a declared key any default encryption will do; with one, it must be that key.
    if (!key) return null
    return e.algorithm === 'aws:kms' && encryptsWithDeclaredKey(e.kmsKeyId, key)
      ? null
      : `${e.algorithm}${e.kmsKeyId ? ` ${e.kmsKeyId}` : ''}`
  },
  after: (key) => (key ? `SSE-KMS with ${key}` : 'SSE-S3'),
  command: putBucketEncryptionCommand
}

/** Each setting, with how a person would set it by hand. The order is the order they are written in. */
export const HARDENING: readonly Setting[] = [
  {
    setting: 'public-access-block',
    label: 'Block Public Access',
    read: (_h, b) => b.publicAccessBlock,
    drift: (_h, b) => {
      if (!b.publicAccessBlock.ok) return null
      const block = b.publicAccessBlock.value
      if (block === null) return 'none'
      const off = Object.entries(block).filter(([, on]) => !on)
      return off.length === 0 ? null : `${off.map(([k]) => k).join(', ')} off`
    },
    after: () => 'all four settings on',
    command: putPublicAccessBlockCommand
  },
  ENCRYPTION,
  {
    setting: 'versioning',
    label: 'Versioning',
    read: (h) => h.versioning,
    drift: (h) =>
      !h.versioning.ok || h.versioning.value === 'Enabled' ? null : (h.versioning.value ?? 'never enabled'),
    after: () => 'Enabled',
    command: putBucketVersioningCommand
  },
  {
    setting: 'ownership',
    label: 'Object ownership',
    read: (h) => h.ownership,
    drift: (h) =>
      !h.ownership.ok || h.ownership.value === 'BucketOwnerEnforced'
        ? null
        : (h.ownership.value ?? 'no ownership controls'),
    after: () => 'BucketOwnerEnforced (ACLs disabled)',
    command: putOwnershipControlsCommand
  }
]

/**
 * Whether the bucket has an S3 Bucket Key, or will once create-bucket has encrypted it with the declared
 * key (org-trail turns the Bucket Key on with a key). Unknown (its encryption unreadable): taken as not.
 */
export function usesBucketKey(ctx: PlanContext): boolean {
  const { bucket } = ctx.observed
  const encryption = bucket.encryption
  if (encryption?.ok && encryption.value?.bucketKey) return true
  const key = declaredKey(ctx)
  if (!ctx.settings.createBucket || key === '') return false
  const creating = bucket.region.ok && bucket.region.value === null
  const encrypting = bucket.hardening !== undefined && ENCRYPTION.drift(bucket.hardening, bucket, key) !== null
  return creating || encrypting
}

function declaredKey(ctx: PlanContext): string {
  const key = ctx.observed.kmsKey?.ok ? ctx.observed.kmsKey.value : null
  return key?.arn ?? ''
}

function hardenBucket(ctx: PlanContext, s: Setting, before: string): Change {
  const kmsKeyArn = declaredKey(ctx)
  return {
    kind: 'harden-bucket',
    bucket: ctx.observed.bucket.name,
    setting: s.setting,
    kmsKeyArn,
    before,
    after: s.after(kmsKeyArn)
  }
}

/** The hardening of an existing bucket, one finding per setting: each as declared, or the write that makes it so. */
export function checkBucketHardening(ctx: PlanContext): Step[] {
  const bucket = ctx.observed.bucket
  const state = bucket.hardening
  if (!ctx.settings.createBucket || !state) return []
  const key = declaredKey(ctx)
  return HARDENING.map((s) => {
    const id = `s3.bucket-hardening.${s.setting}`
    const title = `${s.label} of bucket ${bucket.name}`
    const failed = s.read(state, bucket)
    if (!failed.ok) return unreadable({ id, title, failure: failed.failure })
    const drift = s.drift(state, bucket, key)
    if (drift === null)
      return prerequisite({ id, severity: 'ok', title, detail: `As create-bucket declares it: ${s.after(key)}.` })
    return prerequisite({
      id,
      severity: 'fixable',
      title,
      detail: `create-bucket declares the bucket hardened; it has ${drift}, and apply sets ${s.after(key)}.`,
      remediation: s.command(bucket.name, key),
      changes: [hardenBucket(ctx, s, drift)]
    })
  })
}

/**
 * The TLS-only statement of a declared-hardened bucket. Folded into the bucket-policy change when there is
 * one (one write merges both), else a change of its own. Left alone when another statement already
 * requires TLS.
 */
export function withTlsOnly(ctx: PlanContext, policyStep: Step, grant: CloudTrailGrant): Step[] {
  const { policy, name } = ctx.observed.bucket
  if (!ctx.settings.createBucket || !policy.ok) return [policyStep]
  let current
  try {
    current = parsePolicy(policy.value)
  } catch (error) {
    if (error instanceof PolicyParseError) return [policyStep]
    throw error
  }
  const id = 's3.bucket-hardening.tls-only'
  const title = `TLS required by the policy of bucket ${name}`
  if (requiresTls(current))
    return [
      policyStep,
      prerequisite({ id, severity: 'ok', title, detail: 'A statement denies every request without TLS.' })
    ]
  const tls = denyInsecureTransport(name, ctx.observed.identity.partition)
  const tlsFinding = finding({
    id,
    category: 'prerequisite',
    severity: 'fixable',
    title,
    detail: `create-bucket declares the bucket hardened, and no statement of its policy denies requests without TLS; apply adds ${TLS_ONLY_SID} and keeps every other statement.`,
    remediation: pasteable(tls)
  })
  const existing = policyStep.changes?.find((c) => c.kind === 'put-bucket-policy')
  if (existing && existing.kind === 'put-bucket-policy') {
    const ensured = ensureStatements(current, [tls])
    const merged = mergePolicy(ensured.policy, existing.grant)
    const folded: Change = {
      ...existing,
      after: policyText(merged.policy),
      sids: [...ensured.changedSids, ...existing.sids],
      ensure: [tls]
    }
    return [
      { ...policyStep, changes: (policyStep.changes ?? []).map((c) => (c === existing ? folded : c)) },
      { finding: tlsFinding }
    ]
  }
  // A policy that could not be checked, or that blocks, gets no write: the finding still says what is missing.
  if (policyStep.finding.severity !== 'ok') return [policyStep, { finding: tlsFinding }]
  const ensured = ensureStatements(current, [tls])
  const after = mergePolicy(ensured.policy, grant).policy
  return [
    policyStep,
    {
      finding: tlsFinding,
      changes: [
        {
          kind: 'put-bucket-policy',
          bucket: name,
          before: policy.value,
          after: policyText(after),
          sids: ensured.changedSids,
          grant,
          ensure: [tls]
        }
      ]
    }
  ]
}

/** A missing bucket declared by create-bucket: create it, harden every setting, write its policy. */
export function planBucketCreation(ctx: PlanContext, grant: CloudTrailGrant): Step[] {
  const { name, hardening: state } = ctx.observed.bucket
  // Every later run reads the hardening: a read that is denied now would block those, so it blocks this one.
  const denied = HARDENING.flatMap((s) => {
    const r = state && s.setting !== 'public-access-block' ? s.read(state, ctx.observed.bucket) : null
    return r && !r.ok
      ? [
          unreadable({
            id: `s3.bucket-hardening.${s.setting}`,
            title: `${s.label} of bucket ${name}`,
            failure: r.failure
          })
        ]
      : []
  })
  const key = declaredKey(ctx)
  const tls = denyInsecureTransport(name, ctx.observed.identity.partition)
  const ensured = ensureStatements(null, [tls])
  const merged = mergePolicy(ensured.policy, grant)
  return [
    prerequisite({
      id: 's3.bucket-exists',
      severity: 'fixable',
      title: `Bucket ${name} does not exist`,
      detail: `create-bucket is true: it will be created in ${ctx.homeRegion} with Block Public Access, ${key ? 'SSE-KMS' : 'SSE-S3'} default encryption, versioning, object ownership enforced and TLS required.`,
      changes: [
        {
          kind: 'create-bucket',
          bucket: name,
          region: ctx.homeRegion,
          partition: ctx.observed.identity.partition,
          kmsKeyArn: key
        },
        // CreateBucket itself sets object ownership (BucketOwnerEnforced); the rest is written after it.
        ...HARDENING.filter((s) => s.setting !== 'ownership').map((s) => hardenBucket(ctx, s, 'none')),
        {
          kind: 'put-bucket-policy',
          bucket: name,
          before: null,
          after: policyText(merged.policy),
          sids: [...ensured.changedSids, ...merged.changedSids],
          grant,
          ensure: [tls]
        }
      ]
    }),
    ...denied
  ]
}
