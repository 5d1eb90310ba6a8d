import type { Credentials } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity } from '@smithy/types'

/** Temporary credentials, as STS issues them: always with a session token. */
export interface TemporaryCredentials extends AwsCredentialIdentity {
  readonly sessionToken: string
}

/**
 * The credentials of an STS answer (AssumeRole, AssumeRoleWithWebIdentity) as the SDK's clients take
 * them, or undefined when the answer holds none: each caller says what that means for it.
 */
export function credentialsOf(sts: Credentials | undefined): TemporaryCredentials | undefined {
  if (!sts?.AccessKeyId || !sts.SecretAccessKey || !sts.SessionToken) return undefined
  return {
    accessKeyId: sts.AccessKeyId,
    secretAccessKey: sts.SecretAccessKey,
    sessionToken: sts.SessionToken,
    ...(sts.Expiration ? { expiration: sts.Expiration } : {})
  }
}
