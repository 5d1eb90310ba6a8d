// One digest judged on its own: format, place, key and signature, with digests signed by a test key as
// CloudTrail signs them.
import { gunzipSync, gzipSync } from 'node:zlib'
import { judgeDigest, readDigest, type Digest } from '../../src/integrity/digest.js'
import { PLACE, TEST_PUBLIC_KEY, keyOf, makeDigest, type MadeDigest } from '../support/digests.js'

const END = new Date('2026-03-02T10:01:31Z')
const REGION = PLACE.region

function read(made: MadeDigest, over: { body?: Buffer; metadata?: Record<string, string>; key?: string } = {}) {
  return readDigest({
    bucket: PLACE.bucket,
    key: over.key ?? made.key,
    backfill: (over.key ?? made.key).endsWith('_backfill.json.gz'),
    body: over.body ?? made.body,
    metadata: over.metadata ?? made.metadata
  })
}

function digestOf(made: MadeDigest, over: Parameters<typeof read>[1] = {}): Digest {
  const r = read(made, over)
  if (!r.ok) throw new Error(`unreadable: ${r.reason}`)
  return r.digest
}

const first = makeDigest({ end: END, previous: null })
const second = makeDigest({
  end: new Date(END.getTime() + 3_600_000),
  previous: { key: first.key, signature: first.signature },
  logFiles: [
    { key: 'audit/AWSLogs/o-exampleorgid/222222222222/CloudTrail/eu-west-1/x.json.gz', hashValue: 'AB'.repeat(32) }
  ]
})

/** The digest's JSON, changed by `edit`, gzipped again (the signature metadata left as it was). */
function edited(made: MadeDigest, edit: (json: Record<string, unknown>) => void): Buffer {
  const json = JSON.parse(gunzipSync(made.body).toString()) as Record<string, unknown>
  edit(json)
  return gzipSync(JSON.stringify(json))
}

describe('readDigest', () => {
  it('reads what CloudTrail writes: times, its own place, the link, the log files and their hashes', () => {
    const d = digestOf(second)
    expect(d.start.toISOString()).toBe('2026-03-02T10:01:31.000Z')
    expect(d.end.toISOString()).toBe('2026-03-02T11:01:31.000Z')
    expect(d.ownKey).toBe(second.key)
    expect(d.previous).toEqual({ bucket: PLACE.bucket, key: first.key, signature: first.signature })
    expect(d.logFiles).toEqual([
      { bucket: PLACE.bucket, key: expect.stringContaining('/CloudTrail/'), hashValue: 'ab'.repeat(32) }
    ])
    expect(digestOf(first).previous).toBeNull()
  })

  it.each([
    ['not gzip', { body: Buffer.from('{"a":1}') }, 'not a gzip file'],
    ['not JSON', { body: gzipSync('<xml/>') }, 'not a JSON digest'],
    ['no signature', { metadata: { 'signature-algorithm': 'SHA256withRSA' } }, 'has no signature metadata'],
    ['no algorithm', { metadata: { signature: 'ab' } }, 'has no signature metadata']
  ])('a digest that is %s is invalid format', (_, over, reason) => {
    const r = read(first, over)
    expect(r).toEqual({ ok: false, reason: expect.stringContaining(reason) })
  })

  it('a digest without the members CloudTrail always writes names them', () => {
    const body = edited(first, (j) => {
      delete j.digestPublicKeyFingerprint
      delete j.previousDigestSignature
    })
    expect(read(first, { body })).toEqual({
      ok: false,
      reason: 'lacks digestPublicKeyFingerprint, previousDigestSignature'
    })
  })

  it('a backfill digest needs its backfill-generation-timestamp metadata', () => {
    const backfill = makeDigest({ end: END, previous: null, backfill: true })
    expect(read(backfill).ok).toBe(true)
    const without = { ...backfill.metadata }
    delete without['backfill-generation-timestamp']
    expect(read(backfill, { metadata: without })).toEqual({
      ok: false,
      reason: expect.stringContaining('backfill-generation-timestamp')
    })
  })
})

describe('judgeDigest', () => {
  it('a digest CloudTrail signed, where it was delivered, is valid, first of a chain or not', () => {
    expect(judgeDigest(digestOf(first), TEST_PUBLIC_KEY, REGION)).toEqual({ kind: 'valid' })
    expect(judgeDigest(digestOf(second), TEST_PUBLIC_KEY, REGION)).toEqual({ kind: 'valid' })
  })

  it('a digest read at another key than the one it names is moved, though its signature holds', () => {
    const elsewhere = keyOf(PLACE, new Date(END.getTime() + 60_000))
    expect(judgeDigest(digestOf(first, { key: elsewhere }), TEST_PUBLIC_KEY, REGION)).toEqual({
      kind: 'digest-moved',
      detail: expect.stringContaining(first.key)
    })
  })

  it('a digest in another bucket than the one it names is moved', () => {
    const d = { ...digestOf(first), bucket: 'copy-of-logs' }
    expect(judgeDigest(d, TEST_PUBLIC_KEY, REGION).kind).toBe('digest-moved')
  })

  it('a digest whose content changed after signing does not verify', () => {
    const body = edited(second, (j) => {
      ;(j.logFiles as { hashValue: string }[])[0]!.hashValue = 'cd'.repeat(32)
    })
    expect(judgeDigest(digestOf(second, { body }), TEST_PUBLIC_KEY, REGION)).toEqual({
      kind: 'digest-invalid',
      detail: 'Its signature does not verify'
    })
  })

  it('a digest whose link to the previous signature changed does not verify', () => {
    const body = edited(second, (j) => {
      j.previousDigestSignature = 'ee'.repeat(256)
    })
    expect(judgeDigest(digestOf(second, { body }), TEST_PUBLIC_KEY, REGION).kind).toBe('digest-invalid')
  })

  it('a signature replaced in the metadata does not verify, hexadecimal or not', () => {
    const flipped = first.signature.replace(/^./, (c) => (c === '0' ? '1' : '0'))
    for (const signature of [flipped, 'zz'.repeat(256), 'abc']) {
      const d = digestOf(first, { metadata: { ...first.metadata, signature } })
      expect(judgeDigest(d, TEST_PUBLIC_KEY, REGION).kind).toBe('digest-invalid')
    }
  })

  it('a digest signed with a key CloudTrail does not publish in its region is invalid, naming it', () => {
    const forged = makeDigest({ end: END, previous: null, strangerKey: true })
    const d = digestOf(forged)
    expect(judgeDigest(d, undefined, REGION)).toEqual({
      kind: 'digest-invalid',
      detail: `It is signed with the key ${d.fingerprint}, which CloudTrail's ListPublicKeys does not return in ${REGION}`
    })
  })

  it('a digest signed with another key than the one its fingerprint names does not verify', () => {
    // The forger writes CloudTrail's fingerprint but can only sign with their own key.
    const forged = makeDigest({ end: END, previous: null, strangerKey: true })
    const d = { ...digestOf(forged), fingerprint: digestOf(first).fingerprint }
    expect(judgeDigest(d, TEST_PUBLIC_KEY, REGION).kind).toBe('digest-invalid')
  })

  it('another signature algorithm than SHA256withRSA is invalid', () => {
    const d = digestOf(first, { metadata: { ...first.metadata, 'signature-algorithm': 'SHA1withRSA' } })
    expect(judgeDigest(d, TEST_PUBLIC_KEY, REGION)).toEqual({
      kind: 'digest-invalid',
      detail: 'Its signature algorithm is SHA1withRSA, not SHA256withRSA'
    })
  })
})
