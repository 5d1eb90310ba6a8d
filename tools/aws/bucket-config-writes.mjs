// S3 refuses a configuration write on a bucket while another one on the same bucket is in progress:
// `409 OperationAborted`, which the SDK does not retry. On 127.0.0.1 a write takes well under a
// millisecond, so each configuration write is held open for `holdMs` before it reaches moto: long
// enough that writes sent together really overlap, as they do against S3.

import { sleep } from '../util.mjs'

export const OPERATION_ABORTED_MESSAGE =
  'A conflicting conditional operation is currently in progress against this resource. Please try again.'

/**
 * A bucket's configuration write: a bucket-level Put or Delete of a subresource (policy, encryption,
 * versioning, public access block, ownership controls, tagging…). Creating or deleting the bucket itself
 * and object writes are not.
 * @param {import('./context.mjs').RequestContext} ctx
 */
export function isBucketConfigurationWrite(ctx) {
  return (
    ctx.protocol === 's3' &&
    ctx.write &&
    ctx.bucket !== undefined &&
    ctx.key === undefined &&
    /^(Put|Delete)/.test(ctx.operation) &&
    ctx.operation !== 'DeleteBucket'
  )
}

/**
 * @param {{ holdMs?: number }} [options]
 * @returns {import('./index.mjs').Behaviour & { settings: { holdMs: number } }}
 */
export function bucketConfigWritesBehaviour({ holdMs = 60 } = {}) {
  const settings = { holdMs }
  /** bucket → configuration writes on it that have not been answered yet */
  const inFlight = new Map()
  /** @type {WeakSet<object>} the requests this behaviour let through, so `done` releases only those */
  const holding = new WeakSet()
  return {
    name: 'bucket-config-writes',
    settings,
    async request(ctx) {
      if (!isBucketConfigurationWrite(ctx) || ctx.bucket === undefined) return undefined
      const bucket = ctx.bucket
      if ((inFlight.get(bucket) ?? 0) > 0) return ctx.error(409, 'OperationAborted', OPERATION_ABORTED_MESSAGE)
      inFlight.set(bucket, 1)
      holding.add(ctx)
      if (settings.holdMs > 0) await sleep(settings.holdMs)
      return undefined
    },
    done(ctx) {
      if (!holding.has(ctx) || ctx.bucket === undefined) return
      holding.delete(ctx)
      inFlight.delete(ctx.bucket)
    }
  }
}
