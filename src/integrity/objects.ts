// The S3 reads of log verification: digest listings, digests, log files hashed as they stream in. Each
// answer is data: the object, its absence, or why it could not be read (never mistaken for tampering).
import { createHash } from 'node:crypto'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import { GetObjectCommand, paginateListObjectsV2, type S3Client } from '@aws-sdk/client-s3'
import type { IamAction } from '../aws/actions.js'
import { errorCode, errorMessage } from '../aws/errors.js'

/** Why an object or a listing could not be read: the IAM action refused or failing, AWS's code and words. */
export interface ReadRefusal {
  readonly action: IamAction
  readonly code: string
  readonly message: string
}

export type ObjectRead<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly missing: true }
  | { readonly ok: false; readonly missing: false; readonly refusal: ReadRefusal }

/**
 * What a failed read was refused by. S3 reads an SSE-KMS object by asking KMS to decrypt its data key as
 * the caller: a refusal from KMS comes back from S3 as an error whose code is KMS's ("KMS.DisabledException"…)
 * or as AccessDenied naming kms:Decrypt (S3 does not document the exact wording; both are matched).
 */
export function refusalOf(error: unknown, action: IamAction): ReadRefusal {
  const code = errorCode(error)
  const message = errorMessage(error)
  const kms = code.startsWith('KMS.') || /\bkms[:.]/i.test(message) || /KMS key|ciphertext/i.test(message)
  return { action: kms ? 'kms:Decrypt' : action, code, message }
}

const isMissing = (error: unknown) => {
  const code = errorCode(error)
  return code === 'NoSuchKey' || code === 'NotFound'
}

/**
 * The keys under `prefix` after `startAfter`, in S3's (lexicographic) order, a page at a time: the window
 * is never held whole. Throws what the listing throws.
 */
export async function* listKeys(
  s3: S3Client,
  bucket: string,
  prefix: string,
  startAfter: string
): AsyncGenerator<string> {
  for await (const page of paginateListObjectsV2(
    { client: s3 },
    { Bucket: bucket, Prefix: prefix, StartAfter: startAfter }
  )) {
    for (const object of page.Contents ?? []) if (object.Key) yield object.Key
  }
}

/** The sub-folders of `prefix` (a delimiter listing). Throws what the listing throws. */
export async function listFolders(s3: S3Client, bucket: string, prefix: string): Promise<string[]> {
  const folders: string[] = []
  for await (const page of paginateListObjectsV2({ client: s3 }, { Bucket: bucket, Prefix: prefix, Delimiter: '/' })) {
    for (const p of page.CommonPrefixes ?? []) if (p.Prefix) folders.push(p.Prefix)
  }
  return folders
}

/** A digest object: its (gzip) bytes and its user metadata. Digests are small, so they are read whole. */
export async function getDigestObject(
  s3: S3Client,
  bucket: string,
  key: string
): Promise<ObjectRead<{ body: Uint8Array; metadata: Record<string, string> }>> {
  try {
    const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
    const body = out.Body ? await out.Body.transformToByteArray() : new Uint8Array()
    return { ok: true, value: { body, metadata: out.Metadata ?? {} } }
  } catch (error) {
    if (isMissing(error)) return { ok: false, missing: true }
    return { ok: false, missing: false, refusal: refusalOf(error, 's3:GetObject') }
  }
}

/** A log file's hash: the SHA-256 (hex) of its uncompressed content, or why it is not a gzip file. */
export type LogFileHash = { readonly sha256: string; readonly bytes: number } | { readonly corrupt: string }

/**
 * Streams a log file through gunzip into SHA-256: memory holds a chunk, not the file. A stream that is
 * not gzip, or has anything after its end, is corrupt (the AWS CLI fails such a file too).
 */
export async function hashLogFile(s3: S3Client, bucket: string, key: string): Promise<ObjectRead<LogFileHash>> {
  let body: Readable
  try {
    const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
    body = out.Body as Readable
  } catch (error) {
    if (isMissing(error)) return { ok: false, missing: true }
    return { ok: false, missing: false, refusal: refusalOf(error, 's3:GetObject') }
  }
  const hash = createHash('sha256')
  let bytes = 0
  try {
    await pipeline(body, createGunzip(), async (chunks: AsyncIterable<Buffer>) => {
      for await (const chunk of chunks) {
        bytes += chunk.length
        hash.update(chunk)
      }
    })
  } catch (error) {
    const code = (error as { code?: unknown }).code
    // zlib's own errors are the file's; anything else (a connection reset mid-body) is the read's.
    if (typeof code === 'string' && code.startsWith('Z_'))
      return { ok: true, value: { corrupt: `not a valid gzip file (${errorMessage(error)})` } }
    return { ok: false, missing: false, refusal: refusalOf(error, 's3:GetObject') }
  }
  return { ok: true, value: { sha256: hash.digest('hex'), bytes } }
}
