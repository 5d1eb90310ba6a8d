// cloudtrail:ListPublicKeys, which moto lacks: the public keys of the test key ring (tools/cloudtrail-keys.mjs)
// whose validity overlaps the requested time range, in the request's region (CloudTrail signs each region's
// digests with that region's keys). moto answers first, so that its IAM enforcement still refuses a
// caller without the permission; any other answer of moto's (it has no such operation) is replaced.
//
// AWS's API reference: StartTime and EndTime are optional (the current time when absent); `Value` is the
// DER PKCS #1 public key, a blob (base64 in JSON); a start after the end is `InvalidTimeRangeException`.
// Not documented, and so chosen here: the answer is one page (no NextToken), and the message wording.
import { testKeys } from '../cloudtrail-keys.mjs'
import { jsonAnswer } from './upstream.mjs'

/** A JSON-protocol timestamp (epoch seconds, as the SDKs send it, or an ISO string); undefined when absent. */
function instant(/** @type {unknown} */ value) {
  if (value === undefined || value === null) return undefined
  const date = typeof value === 'number' ? new Date(value * 1000) : new Date(String(value))
  return Number.isNaN(date.getTime()) ? null : date
}

/** moto refused the caller (IAM enforcement): AWS would too, before answering. */
const refused = (/** @type {import('./context.mjs').Answer} */ answer) =>
  answer.status === 403 || (answer.status === 400 && /AccessDenied/i.test(answer.body.toString()))

/**
 * @param {{ keys?: import('../cloudtrail-keys.mjs').KeyRing }} [options]
 * @returns {import('./index.mjs').Behaviour & { settings: { keys: import('../cloudtrail-keys.mjs').KeyRing } }}
 *   settings.keys: the ring answered from (a test may swap it)
 */
export function publicKeysBehaviour({ keys = testKeys } = {}) {
  const settings = { keys }
  return {
    name: 'public-keys',
    settings,
    response(ctx, answer) {
      if (ctx.service !== 'cloudtrail' || ctx.operation !== 'ListPublicKeys' || refused(answer)) return undefined
      const input = ctx.input()
      const now = new Date()
      const start = instant(input.StartTime) ?? now
      const end = instant(input.EndTime) ?? now
      if (start === null || end === null || start > end)
        return ctx.error(
          400,
          'InvalidTimeRangeException',
          'Occurs if the timestamp values are invalid. Either the start time occurs after the end time or the time range is outside the range of possible values.'
        )
      const list = settings.keys.publicKeys(ctx.region ?? 'us-east-1', start, end)
      return jsonAnswer({
        PublicKeyList: list.map((k) => ({
          Value: k.publicKeyDer.toString('base64'),
          ValidityStartTime: k.validFrom.getTime() / 1000,
          ValidityEndTime: k.validTo.getTime() / 1000,
          Fingerprint: k.fingerprint
        }))
      })
    }
  }
}
