// CloudTrail's digest signing keys, for the test AWS: an RSA key pair per region (CloudTrail "uses
// different private/public key pairs per region"), each valid for a time range, with the public half that
// `cloudtrail:ListPublicKeys` answers (tools/aws/public-keys.mjs) and the private half the log generator
// (tools/cloudtrail-logs.mjs) signs digests with. Generated on first use, kept for the process.
import { createHash, generateKeyPairSync } from 'node:crypto'

/**
 * @typedef {object} SigningKey
 * @property {string} region            the region whose ListPublicKeys returns it ('' for an unlisted key)
 * @property {import('node:crypto').KeyObject} privateKey
 * @property {Buffer} publicKeyDer      the public key, DER PKCS #1 (ListPublicKeys' `Value`)
 * @property {string} fingerprint       hex; what a digest names in `digestPublicKeyFingerprint`
 * @property {Date} validFrom           ListPublicKeys' ValidityStartTime
 * @property {Date} validTo             ListPublicKeys' ValidityEndTime
 */

/** The validity of a region's first key: long enough for any window a test or the benchmark generates. */
export const FIRST_KEY_VALID_FROM = new Date('2020-01-01T00:00:00Z')
export const LAST_KEY_VALID_TO = new Date('2100-01-01T00:00:00Z')

/**
 * A new RSA key pair. The fingerprint is the MD5 of the DER PKCS #1 public key, in hex: AWS documents a
 * "hexadecimal encoded fingerprint" of 32 digits but not how it is computed; verifiers only compare it.
 * @param {{ region: string, validFrom: Date, validTo: Date, bits: number }} o
 * @returns {SigningKey}
 */
function newKey({ region, validFrom, validTo, bits }) {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: bits })
  const publicKeyDer = /** @type {Buffer} */ (publicKey.export({ type: 'pkcs1', format: 'der' }))
  const fingerprint = createHash('md5').update(publicKeyDer).digest('hex')
  return { region, privateKey, publicKeyDer, fingerprint, validFrom, validTo }
}

/**
 * @typedef {object} KeyRing
 * @property {(region: string, at: Date) => SigningKey} signingKey   the key CloudTrail signs with in `region`
 *   at `at` (the newest whose validity holds it)
 * @property {(region: string, start: Date, end: Date) => SigningKey[]} publicKeys   the keys whose validity
 *   overlaps [start, end] in `region`: what ListPublicKeys answers
 * @property {(region: string, at: Date) => SigningKey} rotate   a new key for `region` from `at`; the one
 *   valid then ends at `at` (CloudTrail rotates its keys; the returned keys may overlap)
 * @property {() => SigningKey} unlisted   a key no region's ListPublicKeys returns (a forger's)
 * @property {(fingerprint: string) => SigningKey | undefined} byFingerprint
 */

/**
 * A ring of signing keys, one chain of keys per region, generated when a region is first asked for.
 * @param {{ bits?: number }} [options]   bits: RSA modulus length (2048, as CloudTrail's sample keys)
 * @returns {KeyRing}
 */
export function keyRing({ bits = 2048 } = {}) {
  /** @type {Map<string, SigningKey[]>} oldest first */
  const byRegion = new Map()
  /** @type {Map<string, SigningKey>} */
  const byPrint = new Map()
  const remember = (/** @type {SigningKey} */ key) => {
    byPrint.set(key.fingerprint, key)
    return key
  }
  const keysOf = (/** @type {string} */ region) => {
    let keys = byRegion.get(region)
    if (!keys) {
      keys = [remember(newKey({ region, validFrom: FIRST_KEY_VALID_FROM, validTo: LAST_KEY_VALID_TO, bits }))]
      byRegion.set(region, keys)
    }
    return keys
  }
  return {
    signingKey(region, at) {
      const keys = keysOf(region)
      const t = at.getTime()
      const key = [...keys].reverse().find((k) => k.validFrom.getTime() <= t && t < k.validTo.getTime())
      if (!key) throw new Error(`no CloudTrail signing key of ${region} is valid at ${at.toISOString()}`)
      return key
    },
    publicKeys(region, start, end) {
      return keysOf(region).filter((k) => k.validFrom <= end && k.validTo >= start)
    },
    rotate(region, at) {
      const keys = keysOf(region)
      const current = this.signingKey(region, at)
      const next = remember(newKey({ region, validFrom: at, validTo: current.validTo, bits }))
      current.validTo = at
      keys.push(next)
      return next
    },
    unlisted() {
      return remember(newKey({ region: '', validFrom: FIRST_KEY_VALID_FROM, validTo: LAST_KEY_VALID_TO, bits }))
    },
    byFingerprint: (fingerprint) => byPrint.get(fingerprint)
  }
}

/**
 * The keys of this process: the generator signs with them and the AWS layer's ListPublicKeys answers with
 * them unless either is given another ring.
 */
export const testKeys = keyRing()
