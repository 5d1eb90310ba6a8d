import type { KMSClient } from '@aws-sdk/client-kms'
import { ActionError, call } from '../aws/errors.js'
import { policyBytes, policyText } from '../policy/document.js'
import {
  MAX_KEY_POLICY_BYTES,
  mergeKeyPolicy,
  missingKmsActions,
  parseKeyPolicy,
  type KmsGrant
} from '../policy/kms.js'

/**
 * The KMS client that reaches the key (in its region), given rather than taken from the run's clients:
 * the key need not live in the account every other write goes to.
 */
export interface KeyAccess {
  readonly kms: KMSClient
  readonly log: (message: string) => void
}

/** Like the bucket policy: read right before the write, merge, write; every other statement is kept. */
export async function writeKeyPolicy({ kms, log }: KeyAccess, keyArn: string, grant: KmsGrant): Promise<void> {
  // Loaded with the client, only by a run that manages a key policy.
  const { GetKeyPolicyCommand, PutKeyPolicyCommand } = await import('@aws-sdk/client-kms')
  const current = await call('kms:GetKeyPolicy', () =>
    kms.send(new GetKeyPolicyCommand({ KeyId: keyArn, PolicyName: 'default' }))
  )
  const merged = mergeKeyPolicy(parseKeyPolicy(current.Policy ?? null), grant)
  if (merged.changedSids.length === 0) return
  const bytes = policyBytes(merged.policy)
  if (bytes > MAX_KEY_POLICY_BYTES)
    throw new ActionError(
      'Key policy would exceed 32 KB',
      `Merging CloudTrail's statements into the policy of ${keyArn} gives ${bytes} bytes; nothing was written.`
    )
  log(`Merging statements ${merged.changedSids.join(', ')} into the policy of KMS key ${keyArn}`)
  await call('kms:PutKeyPolicy', () =>
    kms.send(new PutKeyPolicyCommand({ KeyId: keyArn, PolicyName: 'default', Policy: policyText(merged.policy) }))
  )
  if (missingKmsActions(merged.policy, grant).length > 0)
    throw new ActionError('Key policy not converged', `The merged policy of ${keyArn} still lacks CloudTrail's grants.`)
}
