// A bucket policy just written is not read back at once. S3's consistency model ("Bucket configurations
// have an eventual consistency model", S3 user guide, Welcome "Amazon S3 data consistency model") covers
// bucket policies, and terraform-provider-aws re-reads a new policy until it appears, for up to two minutes
// (internal/service/s3/bucket_policy.go: RetryWhenNotFound(bucketPropagationTimeout, findBucketPolicy)).
// For `windowMs` after a PutBucketPolicy or DeleteBucketPolicy, GetBucketPolicy of that bucket answers what
// it answered before the write: the old policy, or 404 NoSuchBucketPolicy when there was none. Writes that
// follow one another within the window keep the answer from before the first: which older version a stale
// read returns is not documented, and the oldest one is the one a reader can least mistake for its own.

/** @typedef {import('./context.mjs').Answer} Answer */

/**
 * @param {{ windowMs: number }} options
 * @returns {import('./index.mjs').Behaviour & { settings: { windowMs: number } }}
 */
export function staleBucketPolicyBehaviour({ windowMs }) {
  const settings = { windowMs }
  /** @type {Map<string, { answer: Answer, at: number }>} bucket → the answer from before its latest writes */
  const stale = new Map()
  /** @type {WeakMap<object, Answer>} a policy write in flight → the answer GetBucketPolicy gave before it */
  const before = new WeakMap()
  const fresh = (/** @type {string} */ bucket) => {
    const entry = stale.get(bucket)
    return entry !== undefined && Date.now() - entry.at < settings.windowMs ? entry : undefined
  }
  return {
    name: 'stale-bucket-policy',
    settings,
    forget: () => stale.clear(),
    async request(ctx) {
      if (ctx.protocol !== 's3' || !ctx.bucket || ctx.key || settings.windowMs <= 0) return undefined
      if (ctx.operation === 'GetBucketPolicy') {
        const entry = fresh(ctx.bucket)
        return entry ? { ...entry.answer, headers: { ...entry.answer.headers } } : undefined
      }
      if (ctx.operation !== 'PutBucketPolicy' && ctx.operation !== 'DeleteBucketPolicy') return undefined
      // What a reader saw before this write: the stale answer still in force, else moto's answer now.
      const entry = fresh(ctx.bucket)
      const previous =
        entry?.answer ??
        (await ctx.upstream({
          method: 'GET',
          path: `/${encodeURIComponent(ctx.bucket)}?policy`,
          headers: { 'content-type': '', 'content-md5': '' },
          body: ''
        }))
      if (previous.status === 200 || previous.status === 404) before.set(ctx, previous)
      return undefined
    },
    done(ctx, status) {
      const previous = before.get(ctx)
      if (!previous || !ctx.bucket) return
      before.delete(ctx)
      if (status === null || status < 200 || status >= 300) return
      stale.set(ctx.bucket, { answer: previous, at: Date.now() })
    }
  }
}
