import { errorCode } from '../aws/errors.js'
import { SERVICE_LINKED_ROLES } from '../aws/cloudtrail.js'
import type { Change } from '../plan/types.js'

/** What a bounded wait needs: where to say it waits, and how (injected so tests of the waits take no time). */
export interface Waiting {
  readonly log: (message: string) => void
  readonly sleep: (ms: number) => Promise<void>
}

/**
 * Right after this run grants something, AWS may not see it yet. These errors then mean "not yet", and
 * are retried a bounded number of times; without such a write they are permanent and reported at once.
 * InsufficientEncryptionPolicyException names "S3 bucket X or KMS key Y": either policy may be the one.
 */
const PROPAGATION_ERRORS: Record<string, readonly Change['kind'][]> = {
  InsufficientS3BucketPolicyException: ['put-bucket-policy'],
  InsufficientEncryptionPolicyException: ['put-key-policy', 'put-bucket-policy'],
  CloudTrailAccessNotEnabledException: ['enable-trusted-access'],
  NoManagementAccountSLRExistsException: ['create-service-linked-role']
}
const CLOUDWATCH_ERRORS = new Set([
  'InvalidCloudWatchLogsRoleArnException',
  'InvalidCloudWatchLogsLogGroupArnException'
])
export const PROPAGATION_DELAYS_MS = [2000, 4000, 8000, 8000, 8000] as const

/** The policies this run wrote that an error may be about, named for the log. */
function writtenPolicies(applied: readonly Change[], kinds: readonly Change['kind'][]): string[] {
  return applied.flatMap((c) => {
    if (!kinds.includes(c.kind)) return []
    if (c.kind === 'put-bucket-policy') return [`the policy of bucket ${c.bucket}`]
    if (c.kind === 'put-key-policy') return [`the policy of KMS key ${c.keyArn}`]
    if (c.kind === 'enable-trusted-access') return ['trusted access for CloudTrail']
    if (c.kind === 'create-service-linked-role')
      return [`the service-linked role ${SERVICE_LINKED_ROLES[c.role].roleName}`]
    return []
  })
}

/** Retries a write, bounded, while AWS has not yet seen a grant this run just made; each wait is logged with what it waits for. */
export async function withPropagation<T>(
  applied: readonly Change[],
  deps: Waiting,
  send: () => Promise<T>
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send()
    } catch (error) {
      const code = errorCode(error)
      // "Access denied." for a CloudWatch Logs role right after someone changed it is IAM propagation.
      const iamPropagation = CLOUDWATCH_ERRORS.has(code) && /access denied/i.test((error as Error).message)
      const written = writtenPolicies(applied, PROPAGATION_ERRORS[code] ?? [])
      const delay = PROPAGATION_DELAYS_MS[attempt]
      if ((!iamPropagation && written.length === 0) || delay === undefined) throw error
      const what = iamPropagation
        ? 'the CloudWatch Logs role as IAM has it now'
        : `${written.join(' and ')}, written by this run,`
      deps.log(
        `${code}: CloudTrail does not see ${what} yet; waiting ${delay / 1000}s (wait ${attempt + 1} of ${PROPAGATION_DELAYS_MS.length})`
      )
      await deps.sleep(delay)
    }
  }
}
