// A bucket just created is not there at once for the requests that follow. S3's consistency model says
// bucket configurations are eventually consistent (S3 user guide, "Amazon S3 data consistency model"), and
// terraform-provider-aws retries every configuration write of a new bucket (PutBucketPolicy,
// PutBucketEncryption, PutPublicAccessBlock, PutBucketVersioning…) on NoSuchBucket for up to two minutes
// (internal/service/s3: RetryWhenAWSErrCodeEquals(bucketPropagationTimeout, …, errCodeNoSuchBucket)).
// For `windowMs` after a CreateBucket was answered, every other request on that bucket or its objects
// answers 404 NoSuchBucket ("The specified bucket does not exist"), whoever sends it. Not documented: how
// long, and whether reads and writes are equally affected; the harness treats them alike.

export const NO_SUCH_BUCKET = 'The specified bucket does not exist'

/**
 * @param {{ windowMs: number }} options
 * @returns {import('./index.mjs').Behaviour & { settings: { windowMs: number } }}
 */
export function newBucketBehaviour({ windowMs }) {
  const settings = { windowMs }
  /** @type {Map<string, number>} bucket → when CreateBucket was answered */
  const createdAt = new Map()
  return {
    name: 'new-bucket',
    settings,
    forget: () => createdAt.clear(),
    request(ctx) {
      if (ctx.protocol !== 's3' || !ctx.bucket || ctx.operation === 'CreateBucket') return undefined
      const at = createdAt.get(ctx.bucket)
      if (at === undefined || Date.now() - at >= settings.windowMs) return undefined
      return ctx.error(404, 'NoSuchBucket', NO_SUCH_BUCKET)
    },
    done(ctx, status) {
      if (ctx.protocol !== 's3' || !ctx.bucket || status === null || status < 200 || status >= 300) return
      if (ctx.operation === 'CreateBucket') createdAt.set(ctx.bucket, Date.now())
      if (ctx.operation === 'DeleteBucket') createdAt.delete(ctx.bucket)
    }
  }
}
