// CloudTrail checks the bucket policy (and the key policy) when a trail is created or updated: moto
// accepts any bucket. CreateTrail, and an UpdateTrail that names the bucket, the prefix, the key or the
// organization flag, are refused when CloudTrail's delivery would not be allowed:
// - the bucket policy must let cloudtrail.amazonaws.com s3:GetBucketAcl on arn:aws:s3:::BUCKET, and
//   s3:PutObject on BUCKET/[PREFIX/]AWSLogs/TRAIL_ACCOUNT/… (and BUCKET/[PREFIX/]AWSLogs/ORG_ID/… for an
//   organization trail): else InsufficientS3BucketPolicyException ("Incorrect S3 bucket policy is
//   detected for bucket: BUCKET");
// - a trail with a KMS key: the key policy must let cloudtrail.amazonaws.com kms:GenerateDataKey* the
//   key: else InsufficientEncryptionPolicyException;
// - and when the bucket's default encryption uses an S3 Bucket Key, kms:Decrypt too ("If you are using an
//   existing S3 bucket with an S3 Bucket Key, kms:Decrypt permissions are required to create or update a
//   trail with SSE-KMS encryption enabled", CloudTrail guide, "Configure AWS KMS key policies for
//   CloudTrail"). The guide does not say which request context that Decrypt carries: the harness gives it
//   the same as GenerateDataKey's (aws:SourceArn, the encryption context naming the trail), so a statement
//   scoped to the trail like the encrypt statement is accepted.
// The delivery request is evaluated as AWS describes it (policy-eval.mjs): principal
// cloudtrail.amazonaws.com, aws:SourceArn = the trail's ARN, aws:SourceAccount = the trail's account,
// aws:SourceOrgID = the organization of that account when it is in one (IAM user guide, "AWS global
// condition context keys": present when the resource-owning source account belongs to an organization;
// Control Tower's Log Archive bucket policy conditions its PutObject on it), s3:x-amz-acl =
// bucket-owner-full-control, aws:PrincipalIsAWSService = true, aws:PrincipalServiceName,
// aws:SecureTransport = true, kms:EncryptionContext:aws:cloudtrail:arn = the trail's ARN; an explicit
// Deny that applies refuses. The bucket and key are read from moto in whatever account holds them.
// A bucket or key moto does not know, or a look-up moto refuses (its IAM enforcement), is left to moto.
import { askAs, askJson } from './upstream.mjs'
import { evaluate } from './policy-eval.mjs'
import { parseTrailArn } from './trails.mjs'

const CLOUDTRAIL = 'cloudtrail.amazonaws.com'
const KEY_ARN = /^arn:[^:]+:kms:([^:]+):(\d{12}):key\/(.+)$/

/** @param {string} bucket */
export const insufficientBucketPolicy = (bucket) => `Incorrect S3 bucket policy is detected for bucket: ${bucket}`

/**
 * What CloudTrail would deliver with: the trail's account, ARN, bucket, prefix, key, organization flag.
 * @param {string} target @param {import('./context.mjs').RequestContext} ctx
 */
async function deliveryOf(target, ctx) {
  const input = ctx.input() ?? {}
  const region = ctx.region ?? 'us-east-1'
  const ref = String(input.Name ?? '')
  const named = parseTrailArn(ref)
  const name = named?.name ?? ref
  if (ctx.operation === 'CreateTrail') {
    const organization = input.IsOrganizationTrail === true
    // An organization trail belongs to the management account, also when a delegated administrator makes it.
    let account = ctx.account
    if (organization) {
      const org = await askJson(target, 'organizations', 'DescribeOrganization', {}, { account: ctx.account, region })
      if (org.status === 200 && org.json.Organization?.MasterAccountId)
        account = String(org.json.Organization.MasterAccountId)
    }
    return {
      account,
      arn: `arn:aws:cloudtrail:${region}:${account}:trail/${name}`,
      bucket: input.S3BucketName,
      prefix: input.S3KeyPrefix,
      key: input.KmsKeyId,
      organization
    }
  }
  const checked = ['S3BucketName', 'S3KeyPrefix', 'KmsKeyId', 'IsOrganizationTrail']
  if (!checked.some((k) => input[k] !== undefined)) return undefined
  const account = named?.account ?? ctx.account
  const current = await askJson(target, 'cloudtrail', 'GetTrail', { Name: ref }, { account, region })
  const trail = current.status === 200 ? current.json.Trail : undefined
  if (!trail) return undefined
  return {
    account,
    arn: String(trail.TrailARN),
    bucket: input.S3BucketName ?? trail.S3BucketName,
    prefix: input.S3KeyPrefix ?? trail.S3KeyPrefix,
    key: input.KmsKeyId ?? trail.KmsKeyId,
    organization: input.IsOrganizationTrail ?? trail.IsOrganizationTrail === true
  }
}

/**
 * Whether the bucket's default encryption uses an S3 Bucket Key (GetBucketEncryption, read from moto).
 * @param {string} target @param {string} account @param {string} region @param {string} bucket
 */
async function bucketKeyEnabled(target, account, region, bucket) {
  const answer = await askAs(target, {
    account,
    region,
    service: 's3',
    path: `/${encodeURIComponent(bucket)}?encryption`
  })
  return answer.status === 200 && /<BucketKeyEnabled>\s*true\s*<\/BucketKeyEnabled>/i.test(answer.body.toString())
}

/**
 * @param {{ target: string }} options
 * @returns {import('./index.mjs').Behaviour}
 */
export function deliveryPolicyBehaviour({ target }) {
  return {
    name: 'delivery-policy',
    async request(ctx) {
      if (ctx.service !== 'cloudtrail' || !['CreateTrail', 'UpdateTrail'].includes(ctx.operation)) return undefined
      const trail = await deliveryOf(target, ctx)
      if (!trail || typeof trail.bucket !== 'string' || trail.bucket === '') return undefined
      const region = ctx.region ?? 'us-east-1'
      const org = await askJson(target, 'organizations', 'DescribeOrganization', {}, { account: trail.account, region })
      const orgId = org.status === 200 && org.json.Organization?.Id ? String(org.json.Organization.Id) : undefined
      const service = {
        'aws:SourceArn': trail.arn,
        'aws:SourceAccount': trail.account,
        ...(orgId ? { 'aws:SourceOrgID': orgId } : {}),
        'aws:PrincipalIsAWSService': 'true',
        'aws:PrincipalServiceName': CLOUDTRAIL,
        'aws:SecureTransport': 'true'
      }

      const policy = await askAs(target, {
        account: trail.account,
        region,
        service: 's3',
        path: `/${encodeURIComponent(trail.bucket)}?policy`
      })
      const text = policy.body.toString()
      if (policy.status !== 200 && !(policy.status === 404 && text.includes('NoSuchBucketPolicy'))) return undefined
      const document = policy.status === 200 ? text : null
      const bucketArn = `arn:aws:s3:::${trail.bucket}`
      const prefix = typeof trail.prefix === 'string' && trail.prefix !== '' ? `${trail.prefix}/` : ''
      const owners = [trail.account, ...(trail.organization && orgId ? [orgId] : [])]
      const requests = [
        { action: 's3:GetBucketAcl', resource: bucketArn, context: service },
        ...owners.map((owner) => ({
          action: 's3:PutObject',
          resource: `${bucketArn}/${prefix}AWSLogs/${owner}/CloudTrail/${region}/digest.json.gz`,
          context: { ...service, 's3:x-amz-acl': 'bucket-owner-full-control' }
        }))
      ]
      const allowed = requests.every(
        (r) => document !== null && evaluate(document, { principal: { service: CLOUDTRAIL }, ...r }) === 'allow'
      )
      if (!allowed) return ctx.error(400, 'InsufficientS3BucketPolicyException', insufficientBucketPolicy(trail.bucket))

      if (typeof trail.key !== 'string' || trail.key === '') return undefined
      const m = trail.key.match(KEY_ARN)
      const keyAs = { account: m?.[2] ?? trail.account, region: m?.[1] ?? region }
      const described = await askJson(target, 'kms', 'DescribeKey', { KeyId: m?.[3] ?? trail.key }, keyAs)
      const metadata = described.status === 200 ? described.json.KeyMetadata : undefined
      if (!metadata?.KeyId) return undefined
      const keyPolicy = await askJson(
        target,
        'kms',
        'GetKeyPolicy',
        { KeyId: metadata.KeyId, PolicyName: 'default' },
        keyAs
      )
      if (keyPolicy.status !== 200) return undefined
      const actions = ['kms:GenerateDataKey']
      if (await bucketKeyEnabled(target, trail.account, region, trail.bucket)) actions.push('kms:Decrypt')
      const keyAllows = actions.every(
        (action) =>
          evaluate(keyPolicy.json.Policy, {
            principal: { service: CLOUDTRAIL },
            action,
            resource: String(metadata.Arn),
            context: { ...service, 'kms:EncryptionContext:aws:cloudtrail:arn': trail.arn }
          }) === 'allow'
      )
      if (keyAllows) return undefined
      return ctx.error(
        400,
        'InsufficientEncryptionPolicyException',
        `Insufficient permissions to access S3 bucket ${trail.bucket} or KMS key ${trail.key}.`
      )
    }
  }
}
