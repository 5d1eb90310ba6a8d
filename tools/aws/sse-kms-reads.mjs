// Reading an object encrypted with SSE-KMS needs kms:Decrypt on its key ("A user must also have a policy
// or role applied that allows decrypt permissions by the AWS KMS key policy", CloudTrail guide, on log files
// encrypted with a KMS key); moto serves the object to anyone who may read the bucket. So an s3:GetObject
// that moto answered with `x-amz-server-side-encryption: aws:kms` is refused unless the key's policy
// (read from moto, in the key's account and region) allows the caller kms:Decrypt (policy-eval.mjs: its
// account or root, its role, "*"; kms:CallerAccount and kms:ViaService as condition keys).
// Simplified: the caller's own IAM policy is taken to allow kms:Decrypt, grants are not read, and HeadObject
// (which decrypts nothing) is left alone. What S3 answers when KMS refuses is not in its reference: users
// report a plain 403 AccessDenied "Access Denied", the same as for a refused s3:GetObject
// (github.com/boto/boto3/issues/2952), and that is what this answers. Under moto's IAM enforcement the
// key policy look-up is refused, and the behaviour stands aside.
import { ACCESS_DENIED } from './cross-account-s3.mjs'
import { evaluate } from './policy-eval.mjs'
import { askJson } from './upstream.mjs'

const KEY_ARN = /^arn:[^:]+:kms:([^:]+):(\d{12}):key\/(.+)$/

/**
 * @param {{ target: string, sessionOf: (accessKeyId: string | undefined) => { role: string } | undefined }} options
 * @returns {import('./index.mjs').Behaviour}
 */
export function sseKmsReadsBehaviour({ target, sessionOf }) {
  return {
    name: 'sse-kms-reads',
    async response(ctx, answer) {
      if (ctx.service !== 's3' || ctx.operation !== 'GetObject' || answer.status >= 300) return undefined
      if (answer.headers['x-amz-server-side-encryption'] !== 'aws:kms') return undefined
      const keyId = answer.headers['x-amz-server-side-encryption-aws-kms-key-id'] ?? ''
      const m = keyId.match(KEY_ARN)
      // A bare key id is a key of the bucket's account; the layer cannot tell which without the ARN.
      if (!m) return undefined
      const [, region = '', owner = '', id = ''] = m
      const { status, json } = await askJson(
        target,
        'kms',
        'GetKeyPolicy',
        { KeyId: id, PolicyName: 'default' },
        { account: owner, region }
      )
      if (status !== 200) return undefined
      const session = sessionOf(ctx.accessKeyId)
      const decision = evaluate(json.Policy, {
        principal: { account: ctx.account, ...(session ? { arn: session.role } : {}) },
        action: 'kms:Decrypt',
        resource: keyId,
        context: {
          'kms:CallerAccount': ctx.account,
          'kms:ViaService': `s3.${region}.amazonaws.com`,
          'aws:PrincipalAccount': ctx.account,
          'aws:PrincipalArn': session?.role,
          'aws:SecureTransport': 'true'
        }
      })
      return decision === 'allow' ? undefined : ctx.error(403, 'AccessDenied', ACCESS_DENIED)
    }
  }
}
