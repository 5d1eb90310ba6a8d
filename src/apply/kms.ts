import type { KMSClient } from '@aws-sdk/client-kms'
import { ActionError, call } from '../aws/errors.js'
import type { ChangeOf } from '../plan/writes.js'
import { policyBytes, policyText } from '../policy/document.js'
import { MAX_KEY_POLICY_BYTES, mergeKeyPolicy, missingKmsActions, parseKeyPolicy } from '../policy/kms.js'
import { writeRequest } from './run.js'

/**
 * The KMS client that reaches the key (in its region), given rather than taken from the run's clients:
 * the key need not live in the account every other write goes to.
 */
export interface KeyAccess {
  readonly kms: KMSClient
  readonly log: (message: string) => void
}

/** Like the bucket policy: read right before the write, merge, write; every other statement is kept. */
export async function writeKeyPolicy({ kms, log }: KeyAccess, change: ChangeOf<'put-key-policy'>): Promise<void> {
  const { keyArn, grant } = change
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
  await writeRequest(change, () =>
    kms.send(new PutKeyPolicyCommand({ KeyId: keyArn, PolicyName: 'default', Policy: policyText(merged.policy) }))
  )
  if (missingKmsActions(merged.policy, grant).length > 0)
    throw new ActionError('Key policy not converged', `The merged policy of ${keyArn} still lacks CloudTrail's grants.`)
}
