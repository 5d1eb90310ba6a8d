// CloudTrail's refusal of a bucket or key policy org-trail could not write: the policy is another
// account's, so the fix is there, and the failure says exactly what to add and where.
import { ActionError, AwsCallError, errorCode, errorMessage } from '../aws/errors.js'
import type { PolicyElsewhere } from '../plan/types.js'

/** Which policy each refusal is about; InsufficientEncryptionPolicyException names "S3 bucket X or KMS key Y". */
const REFUSALS: Readonly<Record<string, readonly PolicyElsewhere['resource'][]>> = {
  InsufficientS3BucketPolicyException: ['bucket'],
  InsufficientEncryptionPolicyException: ['key', 'bucket']
}

const owner = (p: PolicyElsewhere) =>
  p.accountId
    ? `account ${p.accountId}`
    : `the account that owns bucket ${p.name} (S3 does not tell another account who owns a bucket)`

/**
 * The failure to report when CloudTrail refused the trail for a policy of another account: its title,
 * the owning account, and the statements to add there (also the failure summary's fix). Null: not such
 * a refusal.
 */
export function refusedElsewhere(error: unknown, elsewhere: readonly PolicyElsewhere[]): ActionError | null {
  const code = errorCode(error)
  const concerned = (REFUSALS[code] ?? []).flatMap((resource) => elsewhere.filter((p) => p.resource === resource))
  const [first] = concerned
  if (!first) return null
  const said = error instanceof AwsCallError ? error.awsMessage : errorMessage(error)
  const title =
    first.resource === 'bucket'
      ? 'Bucket policy in another account does not let CloudTrail write'
      : 'Key policy in another account does not let CloudTrail encrypt'
  const where = concerned
    .map((p) => `${p.resource === 'bucket' ? `bucket ${p.name}` : `KMS key ${p.name}`} in ${owner(p)}`)
    .join(' and ')
  const statements = concerned
    .map(
      (p) =>
        `${concerned.length > 1 ? `// ${p.resource === 'bucket' ? 'bucket' : 'key'} ${p.name}\n` : ''}${p.statements}`
    )
    .join('\n')
  return new ActionError(
    title,
    `CloudTrail refused the trail (${code}: ${said}). The policy of ${where} must let CloudTrail ${first.resource === 'bucket' ? 'write' : 'encrypt'}; org-trail cannot write it from this account. Add these statements there (to its Statement list), then run again:\n${statements}`,
    { fix: statements }
  )
}
