// Bucket and key policies are eventually consistent: for a while after PutBucketPolicy or PutKeyPolicy,
// CloudTrail may not see the new policy yet, and CreateTrail / UpdateTrail naming that bucket or key
// answer InsufficientS3BucketPolicyException / InsufficientEncryptionPolicyException (whose message names
// the bucket or the key). The window here is short and configurable.

/** A KMS key named by id or by ARN: its id. (Aliases are left as they are: the action sends ARNs.) */
export function keyIdOf(/** @type {string} */ keyIdOrArn) {
  return keyIdOrArn.match(/:key\/(.+)$/)?.[1] ?? keyIdOrArn
}

/**
 * @param {{ windowMs?: number }} [options]
 * @returns {import('./index.mjs').Behaviour & { settings: { windowMs: number } }}
 */
export function policyPropagationBehaviour({ windowMs = 300 } = {}) {
  const settings = { windowMs }
  /** @type {Map<string, number>} bucket → when its policy was last written */
  const bucketPolicies = new Map()
  /** @type {Map<string, number>} key id → when its policy was last written */
  const keyPolicies = new Map()
  const fresh = (/** @type {number | undefined} */ at) => at !== undefined && Date.now() - at < settings.windowMs
  return {
    name: 'policy-propagation',
    settings,
    forget: () => {
      bucketPolicies.clear()
      keyPolicies.clear()
    },
    request(ctx) {
      if (ctx.service !== 'cloudtrail' || !['CreateTrail', 'UpdateTrail'].includes(ctx.operation)) return undefined
      const input = ctx.input() ?? {}
      const bucket = typeof input.S3BucketName === 'string' ? input.S3BucketName : undefined
      const key = typeof input.KmsKeyId === 'string' && input.KmsKeyId !== '' ? input.KmsKeyId : undefined
      if (bucket && fresh(bucketPolicies.get(bucket)))
        return ctx.error(
          400,
          'InsufficientS3BucketPolicyException',
          `Incorrect S3 bucket policy is detected for bucket: ${bucket}`
        )
      if (key && fresh(keyPolicies.get(keyIdOf(key))))
        return ctx.error(
          400,
          'InsufficientEncryptionPolicyException',
          `Insufficient permissions to access S3 bucket ${bucket ?? 'of the trail'} or KMS key ${key}.`
        )
      return undefined
    },
    done(ctx, status) {
      if (status === null || status < 200 || status >= 300) return
      if (ctx.service === 's3' && ctx.operation === 'PutBucketPolicy' && ctx.bucket)
        bucketPolicies.set(ctx.bucket, Date.now())
      if (ctx.service === 'kms' && ctx.operation === 'PutKeyPolicy') {
        const key = ctx.input()?.KeyId
        if (typeof key === 'string') keyPolicies.set(keyIdOf(key), Date.now())
      }
    }
  }
}
