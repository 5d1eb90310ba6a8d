// One digest file, read and judged on its own: its format, its place, its signature (CloudTrail user
// guide, "CloudTrail digest file structure" and "Custom implementations of CloudTrail log file integrity
// validation"). Pure: bytes and a public key in, a verdict out.
import { createHash, verify as verifySignature, type KeyObject } from 'node:crypto'
import { gunzipSync } from 'node:zlib'

/** A log file a digest lists, with the SHA-256 (hex) of its uncompressed content. */
export interface LogFileRef {
  readonly bucket: string
  readonly key: string
  readonly hashValue: string
}

/** A digest whose format is right: what its content and its object metadata say. */
export interface Digest {
  /** Where it was read. */
  readonly bucket: string
  readonly key: string
  readonly backfill: boolean
  /** digestEndTime as written: the string to sign holds it verbatim. */
  readonly endTimeText: string
  readonly start: Date
  readonly end: Date
  /** Where the digest says it was delivered (digestS3Bucket, digestS3Object). */
  readonly ownBucket: string
  readonly ownKey: string
  readonly fingerprint: string
  /** From the object metadata: hex signature and its algorithm. */
  readonly signature: string
  readonly algorithm: string
  /** Null for the first digest of a chain (logging or validation started again). */
  readonly previous: { readonly bucket: string; readonly key: string; readonly signature: string | null } | null
  /** previousDigestSignature as written (null in a starting digest): part of the string to sign. */
  readonly previousSignatureText: string | null
  readonly logFiles: readonly LogFileRef[]
  /** Hex SHA-256 of the uncompressed digest. */
  readonly sha256: string
  /** Backfill digests: when CloudTrail made it (object metadata backfill-generation-timestamp). */
  readonly generatedAt: Date | null
}

export type DigestRead =
  { readonly ok: true; readonly digest: Digest } | { readonly ok: false; readonly reason: string }

/** Members a digest must have before it can be judged (as the AWS CLI requires them too). */
const REQUIRED = [
  'digestPublicKeyFingerprint',
  'digestS3Bucket',
  'digestS3Object',
  'previousDigestSignature',
  'digestEndTime',
  'digestStartTime'
] as const

export const SIGNATURE_ALGORITHM = 'SHA256withRSA'

const isText = (v: unknown): v is string => typeof v === 'string'
const isHex = (v: string) => v.length > 0 && v.length % 2 === 0 && /^[0-9a-fA-F]+$/.test(v)

/**
 * Reads a digest object: gzip, JSON, the members CloudTrail always writes, and the signature metadata.
 * `metadata` is the object's user metadata (x-amz-meta-*, lower-cased names, as the SDK gives them).
 */
export function readDigest(input: {
  readonly bucket: string
  readonly key: string
  readonly backfill: boolean
  readonly body: Uint8Array
  readonly metadata: Readonly<Record<string, string>>
}): DigestRead {
  let raw: Buffer
  try {
    raw = gunzipSync(input.body)
  } catch {
    return { ok: false, reason: 'not a gzip file' }
  }
  let json: Record<string, unknown>
  try {
    const parsed: unknown = JSON.parse(raw.toString('utf8'))
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object')
    json = parsed as Record<string, unknown>
  } catch {
    return { ok: false, reason: 'not a JSON digest' }
  }
  const absent = REQUIRED.filter((name) => !(name in json))
  if (absent.length > 0) return { ok: false, reason: `lacks ${absent.join(', ')}` }
  const signature = input.metadata.signature
  const algorithm = input.metadata['signature-algorithm']
  if (!signature || !algorithm)
    return { ok: false, reason: 'has no signature metadata (signature, signature-algorithm)' }

  const { digestEndTime, digestStartTime, digestS3Bucket, digestS3Object, digestPublicKeyFingerprint } = json
  if (
    !isText(digestEndTime) ||
    !isText(digestStartTime) ||
    !isText(digestS3Bucket) ||
    !isText(digestS3Object) ||
    !isText(digestPublicKeyFingerprint)
  )
    return { ok: false, reason: 'has a member of the wrong type' }
  const start = new Date(digestStartTime)
  const end = new Date(digestEndTime)
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return { ok: false, reason: 'has unreadable times' }
  const previousSignature = json.previousDigestSignature
  if (previousSignature !== null && !isText(previousSignature))
    return { ok: false, reason: 'has a member of the wrong type' }
  const { previousDigestS3Bucket: pb, previousDigestS3Object: pk } = json

  const files = json.logFiles ?? []
  if (!Array.isArray(files)) return { ok: false, reason: 'has logFiles that is not a list' }
  const logFiles: LogFileRef[] = []
  for (const f of files as unknown[]) {
    const file = f as Record<string, unknown> | null
    if (!file || !isText(file.s3Bucket) || !isText(file.s3Object) || !isText(file.hashValue))
      return { ok: false, reason: 'lists a log file without s3Bucket, s3Object or hashValue' }
    logFiles.push({ bucket: file.s3Bucket, key: file.s3Object, hashValue: file.hashValue.toLowerCase() })
  }

  let generatedAt: Date | null = null
  if (input.backfill) {
    const stamp = input.metadata['backfill-generation-timestamp']
    generatedAt = stamp ? new Date(stamp) : null
    if (!generatedAt || Number.isNaN(generatedAt.getTime()))
      return { ok: false, reason: 'is a backfill digest without backfill-generation-timestamp metadata' }
  }

  return {
    ok: true,
    digest: {
      bucket: input.bucket,
      key: input.key,
      backfill: input.backfill,
      endTimeText: digestEndTime,
      start,
      end,
      ownBucket: digestS3Bucket,
      ownKey: digestS3Object,
      fingerprint: digestPublicKeyFingerprint,
      signature,
      algorithm,
      // The AWS CLI treats a digest without either of these as the start of a chain, and so does this.
      previous:
        isText(pb) && isText(pk) && pb !== '' && pk !== ''
          ? { bucket: pb, key: pk, signature: previousSignature }
          : null,
      previousSignatureText: previousSignature,
      logFiles,
      sha256: createHash('sha256').update(raw).digest('hex'),
      generatedAt
    }
  }
}

/**
 * What CloudTrail signs: the end time as written, the digest's own bucket/key, the hex SHA-256 of the
 * uncompressed digest and the previous digest's signature ("null" in the first digest of a chain).
 */
export function stringToSign(d: Digest): string {
  return `${d.endTimeText}\n${d.ownBucket}/${d.ownKey}\n${d.sha256}\n${d.previousSignatureText ?? 'null'}`
}

/** A digest's verdict on its own; the chain is judged apart (chain.ts). */
export type DigestVerdict =
  { readonly kind: 'valid' } | { readonly kind: 'digest-moved' | 'digest-invalid'; readonly detail: string }

/**
 * Judges a readable digest, in the order the AWS CLI does: its place, then its key, then its signature.
 * `publicKey` is the key of its fingerprint in its region, undefined when CloudTrail does not publish one.
 */
export function judgeDigest(d: Digest, publicKey: KeyObject | undefined, region: string): DigestVerdict {
  if (d.ownBucket !== d.bucket || d.ownKey !== d.key)
    return {
      kind: 'digest-moved',
      detail: `This digest was delivered to s3://${d.ownBucket}/${d.ownKey} and has been moved from there`
    }
  if (d.algorithm !== SIGNATURE_ALGORITHM)
    return { kind: 'digest-invalid', detail: `Its signature algorithm is ${d.algorithm}, not ${SIGNATURE_ALGORITHM}` }
  if (!publicKey)
    return {
      kind: 'digest-invalid',
      detail: `It is signed with the key ${d.fingerprint}, which CloudTrail's ListPublicKeys does not return in ${region}`
    }
  if (!isHex(d.signature)) return { kind: 'digest-invalid', detail: 'Its signature metadata is not hexadecimal' }
  const ok = verifySignature('sha256', Buffer.from(stringToSign(d)), publicKey, Buffer.from(d.signature, 'hex'))
  return ok ? { kind: 'valid' } : { kind: 'digest-invalid', detail: 'Its signature does not verify' }
}
