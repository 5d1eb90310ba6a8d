// S3 across accounts, as AWS answers it: moto lets every account read and write every bucket. A bucket
// belongs to the account that created it (moto keys each bucket to an account; the layer asks moto's
// ListBuckets of an account whether the bucket is among them). From an identity of another account, every
// request on the bucket or its objects answers 403 AccessDenied unless the bucket policy allows that
// account (its id, its root) or the caller's role, or "*", the action on that resource (policy-eval.mjs;
// aws:PrincipalAccount, aws:PrincipalArn, aws:PrincipalOrgID and aws:SecureTransport = true are the
// request's condition keys). GetBucketPolicy / PutBucketPolicy / DeleteBucketPolicy go one step further:
// S3's reference says "If you don't have GetBucketPolicy permissions, Amazon S3 returns a 403 Access Denied
// error. If you have the correct permissions, but you're not using an identity that belongs to the bucket
// owner's account, Amazon S3 returns a 405 Method Not Allowed error." So they answer 403 AccessDenied
// without a grant in the bucket policy (a Control Tower log bucket grants the management account nothing),
// and 405 MethodNotAllowed with one, as they can never be served to another account. The caller's own IAM
// policy is taken to allow every action, as the action's role's does.
// A HeadBucket refused across accounts carries the bucket's region in x-amz-bucket-region, as S3 sends it
// on HeadBucket's errors too (what the SDKs' region redirects read, boto/botocore#1512; S3-compatible
// servers add it from the HeadBucket reference, versity/versitygw#1500): it tells a bucket that exists
// elsewhere from one that does not, not who owns it.
// Any request carrying x-amz-expected-bucket-owner (the SDK's ExpectedBucketOwner) that is not the
// bucket's owner answers 403 AccessDenied, from any account.
// Simplified: the owner's own requests are never checked against the bucket policy (nor ACLs), and
// CreateBucket and a bucket that does not exist are left to moto. Under moto's IAM enforcement the
// layer's own look-ups are refused, and the behaviour stands aside.
import { evaluate } from './policy-eval.mjs'
import { askAs, askJson } from './upstream.mjs'

const POLICY_OPERATIONS = new Set(['GetBucketPolicy', 'PutBucketPolicy', 'DeleteBucketPolicy'])

/** The IAM action of an S3 operation whose name is not "s3:" + the operation. */
export const ACTIONS = /** @type {Record<string, string>} */ ({
  HeadBucket: 's3:ListBucket',
  ListObjects: 's3:ListBucket',
  ListObjectsV2: 's3:ListBucket',
  HeadObject: 's3:GetObject',
  GetBucketEncryption: 's3:GetEncryptionConfiguration',
  PutBucketEncryption: 's3:PutEncryptionConfiguration',
  DeleteBucketEncryption: 's3:PutEncryptionConfiguration',
  GetPublicAccessBlock: 's3:GetBucketPublicAccessBlock',
  PutPublicAccessBlock: 's3:PutBucketPublicAccessBlock',
  DeletePublicAccessBlock: 's3:PutBucketPublicAccessBlock',
  GetBucketLifecycleConfiguration: 's3:GetLifecycleConfiguration',
  PutBucketLifecycleConfiguration: 's3:PutLifecycleConfiguration',
  DeleteBucketLifecycle: 's3:PutLifecycleConfiguration',
  GetBucketOwnershipControls: 's3:GetBucketOwnershipControls',
  PutBucketOwnershipControls: 's3:PutBucketOwnershipControls'
})

export const ACCESS_DENIED = 'Access Denied'
export const METHOD_NOT_ALLOWED = 'The specified method is not allowed against this resource.'

/**
 * @param {{ target: string, sessionOf: (accessKeyId: string | undefined) => { role: string } | undefined }} options
 * @returns {import('./index.mjs').Behaviour & { ownerIs(bucket: string, account: string): Promise<boolean | 'unknown'> }}
 */
export function crossAccountS3Behaviour({ target, sessionOf }) {
  /** @type {Map<string, string>} bucket → the account it is known to belong to */
  const owners = new Map()

  /** Whether `account` owns `bucket`, from moto's ListBuckets of that account. */
  async function ownerIs(/** @type {string} */ bucket, /** @type {string} */ account) {
    const known = owners.get(bucket)
    if (known !== undefined) return known === account
    let answer
    try {
      answer = await askAs(target, { account, service: 's3', path: `/?prefix=${encodeURIComponent(bucket)}` })
    } catch {
      return 'unknown'
    }
    if (answer.status !== 200) return 'unknown'
    const names = [...answer.body.toString().matchAll(/<Name>([^<]*)<\/Name>/g)].map((m) => m[1])
    if (!names.includes(bucket)) return false
    owners.set(bucket, account)
    return true
  }

  /** 'yes' / 'no' the bucket exists in some account, 'unknown' when moto would not say. */
  async function exists(/** @type {string} */ bucket, /** @type {string} */ account) {
    try {
      const answer = await askAs(target, {
        account,
        service: 's3',
        method: 'HEAD',
        path: `/${encodeURIComponent(bucket)}`
      })
      return answer.status === 200 ? 'yes' : answer.status === 404 ? 'no' : 'unknown'
    } catch {
      return 'unknown'
    }
  }

  /** The bucket's policy as moto holds it (moto reads any account's bucket); null: none; undefined: unknown. */
  async function policyOf(/** @type {string} */ bucket, /** @type {string} */ account) {
    const answer = await askAs(target, { account, service: 's3', path: `/${encodeURIComponent(bucket)}?policy` })
    if (answer.status === 200) return answer.body.toString()
    return answer.status === 404 ? null : undefined
  }

  /**
   * 403 AccessDenied for a caller of another account; a HeadBucket's with the bucket's region.
   * @param {import('./context.mjs').RequestContext} ctx @param {string} bucket @param {string} caller
   */
  async function denied(ctx, bucket, caller) {
    const answer = ctx.error(403, 'AccessDenied', ACCESS_DENIED)
    if (ctx.operation !== 'HeadBucket') return answer
    const location = await askAs(target, {
      account: caller,
      service: 's3',
      path: `/${encodeURIComponent(bucket)}?location`
    })
    if (location.status !== 200) return answer
    const constraint = location.body.toString().match(/<LocationConstraint[^>]*>([^<]*)</)?.[1]
    return { ...answer, headers: { ...answer.headers, 'x-amz-bucket-region': constraint || 'us-east-1' } }
  }

  return {
    name: 'cross-account-s3',
    ownerIs,
    forget: () => owners.clear(),
    async request(ctx) {
      if (ctx.protocol !== 's3' || !ctx.bucket || ctx.operation === 'CreateBucket') return undefined
      const bucket = ctx.bucket
      const moto = ctx.headers['x-moto-account-id']
      const caller = typeof moto === 'string' ? moto : ctx.account
      const expectedHeader = ctx.headers['x-amz-expected-bucket-owner']
      const expected = typeof expectedHeader === 'string' && expectedHeader !== '' ? expectedHeader : undefined
      const callerOwns = await ownerIs(bucket, caller)
      if (callerOwns === 'unknown') return undefined
      if (callerOwns) return expected && expected !== caller ? ctx.error(403, 'AccessDenied', ACCESS_DENIED) : undefined

      if ((await exists(bucket, caller)) !== 'yes') return undefined
      if (expected && (await ownerIs(bucket, expected)) !== true) return denied(ctx, bucket, caller)

      const policy = await policyOf(bucket, caller)
      if (policy === undefined) return undefined
      const role = sessionOf(ctx.accessKeyId)?.role
      const org = await askJson(target, 'organizations', 'DescribeOrganization', {}, { account: caller })
      const orgId = org.status === 200 ? org.json.Organization?.Id : undefined
      const decision = evaluate(policy, {
        principal: { account: caller, ...(role ? { arn: role } : {}) },
        action: ACTIONS[ctx.operation] ?? `s3:${ctx.operation}`,
        resource: ctx.key ? `arn:aws:s3:::${bucket}/${ctx.key}` : `arn:aws:s3:::${bucket}`,
        context: {
          'aws:PrincipalAccount': caller,
          'aws:PrincipalArn': role,
          'aws:PrincipalOrgID': orgId,
          'aws:PrincipalIsAWSService': 'false',
          'aws:SecureTransport': 'true'
        }
      })
      if (decision !== 'allow') return denied(ctx, bucket, caller)
      return POLICY_OPERATIONS.has(ctx.operation) ? ctx.error(405, 'MethodNotAllowed', METHOD_NOT_ALLOWED) : undefined
    },
    done(ctx, status) {
      if (ctx.protocol !== 's3' || !ctx.bucket || status === null || status < 200 || status >= 300) return
      const moto = ctx.headers['x-moto-account-id']
      if (ctx.operation === 'CreateBucket') owners.set(ctx.bucket, typeof moto === 'string' ? moto : ctx.account)
      if (ctx.operation === 'DeleteBucket') owners.delete(ctx.bucket)
    }
  }
}
