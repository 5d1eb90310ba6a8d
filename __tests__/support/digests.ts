// Small, signed CloudTrail digests for the unit and service tests of log verification: a test RSA key, and
// digest and log objects as CloudTrail writes them (CloudTrail user guide, "CloudTrail digest file
// structure"). The string to sign is spelled out here from the guide, not taken from src/, so that the
// tests do not agree with the code by sharing it. (The end-to-end tests use the harness's generator.)
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import type { DigestPlace } from '../../src/integrity/layout.js'

/** One key pair per test process: 2048 bits, as CloudTrail's. */
const pair = generateKeyPairSync('rsa', { modulusLength: 2048 })
export const TEST_PUBLIC_KEY: KeyObject = pair.publicKey
/** The DER PKCS#1 public key, as ListPublicKeys returns it (Value). */
export const TEST_PUBLIC_KEY_DER = pair.publicKey.export({ format: 'der', type: 'pkcs1' })
export const TEST_FINGERPRINT = createHash('md5').update(TEST_PUBLIC_KEY_DER).digest('hex')

/** A second pair: a key CloudTrail does not publish. */
const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 })
export const STRANGER_FINGERPRINT = createHash('md5')
  .update(stranger.publicKey.export({ format: 'der', type: 'pkcs1' }))
  .digest('hex')

export const PLACE: DigestPlace = {
  bucket: 'org-trail-logs',
  prefix: 'audit',
  organizationId: 'o-exampleorgid',
  account: '222222222222',
  region: 'eu-west-1',
  trailName: 'org-trail',
  homeRegion: 'us-east-1'
}

const pad = (n: number) => String(n).padStart(2, '0')
const stamp = (d: Date) =>
  `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
const day = (d: Date) => `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}`
const isoSeconds = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z')

/** Where CloudTrail writes the digest of `place` ending at `end`. */
export function keyOf(place: DigestPlace, end: Date, backfill = false): string {
  const root = `${place.prefix ? `${place.prefix}/` : ''}AWSLogs/${place.organizationId ? `${place.organizationId}/` : ''}${place.account}`
  return `${root}/CloudTrail-Digest/${place.region}/${day(end)}/${place.account}_CloudTrail-Digest_${place.region}_${place.trailName}_${place.homeRegion}_${stamp(end)}${backfill ? '_backfill' : ''}.json.gz`
}

export function logKeyOf(place: DigestPlace, at: Date, n: number): string {
  const root = `${place.prefix ? `${place.prefix}/` : ''}AWSLogs/${place.organizationId ? `${place.organizationId}/` : ''}${place.account}`
  return `${root}/CloudTrail/${place.region}/${day(at)}/${place.account}_CloudTrail_${place.region}_${stamp(at).slice(0, 13)}Z_log${n}.json.gz`
}

export interface StoredObject {
  readonly body: Buffer
  readonly metadata: Record<string, string>
}

export interface MadeDigest extends StoredObject {
  readonly key: string
  readonly signature: string
  readonly end: Date
}

/** A log file: its gzip object and the hash a digest records of it. */
export function logFile(content: string): { body: Buffer; hashValue: string } {
  return { body: gzipSync(content), hashValue: createHash('sha256').update(content).digest('hex') }
}

export interface DigestSpec {
  readonly place?: DigestPlace
  readonly end: Date
  /** The digest before (its key and signature); null for the first of a chain. */
  readonly previous: { readonly key: string; readonly signature: string } | null
  readonly logFiles?: readonly { readonly key: string; readonly hashValue: string }[]
  readonly backfill?: boolean
  /** Sign with the stranger's key (one ListPublicKeys does not return). */
  readonly strangerKey?: boolean
  /** Where the digest says it was delivered, when not where it is stored. */
  readonly ownKey?: string
}

/** A digest as CloudTrail delivers it: gzip JSON, signed, the signature in its metadata. */
export function makeDigest(spec: DigestSpec): MadeDigest {
  const place = spec.place ?? PLACE
  const key = keyOf(place, spec.end, spec.backfill)
  const ownKey = spec.ownKey ?? key
  const start = new Date(spec.end.getTime() - 3_600_000)
  const content = {
    awsAccountId: place.account,
    digestStartTime: isoSeconds(start),
    digestEndTime: isoSeconds(spec.end),
    digestS3Bucket: place.bucket,
    digestS3Object: ownKey,
    digestPublicKeyFingerprint: spec.strangerKey ? STRANGER_FINGERPRINT : TEST_FINGERPRINT,
    digestSignatureAlgorithm: 'SHA256withRSA',
    newestEventTime: null,
    oldestEventTime: null,
    previousDigestS3Bucket: spec.previous ? place.bucket : null,
    previousDigestS3Object: spec.previous?.key ?? null,
    previousDigestHashValue: null,
    previousDigestHashAlgorithm: spec.previous ? 'SHA-256' : null,
    previousDigestSignature: spec.previous?.signature ?? null,
    logFiles: (spec.logFiles ?? []).map((f) => ({
      s3Bucket: place.bucket,
      s3Object: f.key,
      hashValue: f.hashValue,
      hashAlgorithm: 'SHA-256'
    }))
  }
  const text = JSON.stringify(content)
  const toSign = [
    content.digestEndTime,
    `${place.bucket}/${ownKey}`,
    createHash('sha256').update(text).digest('hex'),
    content.previousDigestSignature ?? 'null'
  ].join('\n')
  const signature = sign(
    'sha256',
    Buffer.from(toSign),
    spec.strangerKey ? stranger.privateKey : pair.privateKey
  ).toString('hex')
  const metadata: Record<string, string> = { signature, 'signature-algorithm': 'SHA256withRSA' }
  if (spec.backfill) metadata['backfill-generation-timestamp'] = isoSeconds(new Date(spec.end.getTime() + 1_800_000))
  return { key, end: spec.end, signature, body: gzipSync(text), metadata }
}

/** `hours` hourly digests ending at `firstEnd`, `firstEnd` + 1 h…, chained, the first starting a chain. */
export function makeChain(firstEnd: Date, hours: number, place: DigestPlace = PLACE): MadeDigest[] {
  const chain: MadeDigest[] = []
  for (let i = 0; i < hours; i++) {
    const before = chain[i - 1]
    chain.push(
      makeDigest({
        place,
        end: new Date(firstEnd.getTime() + i * 3_600_000),
        previous: before ? { key: before.key, signature: before.signature } : null
      })
    )
  }
  return chain
}
