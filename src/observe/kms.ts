import type { Clients } from '../aws/clients.js'
import { read } from './read.js'
import type { KmsKey, Read } from './types.js'

/** The region a key reference names, when it is an ARN; else the region CloudTrail resolves it in. */
export function kmsKeyRegion(keyId: string, homeRegion: string): string {
  return keyId.startsWith('arn:') ? (keyId.split(':')[3] ?? homeRegion) : homeRegion
}

/** The account a key ARN carries; '' for a key id or alias (they name a key of the caller's account). */
export function kmsKeyAccount(keyId: string): string {
  return keyId.startsWith('arn:') ? (keyId.split(':')[4] ?? '') : ''
}

/**
 * The key, found by id, ARN or alias; null when it does not exist. Its policy follows from its id. A key
 * of another account than `sessionAccount` is described (its key policy may allow that across accounts)
 * and its rotation read, but its policy is not asked for: KMS serves GetKeyPolicy only in the key's account.
 */
export async function readKmsKey(
  clients: Clients,
  keyId: string,
  homeRegion: string,
  sessionAccount: string
): Promise<Read<KmsKey | null>> {
  const [kms, { DescribeKeyCommand, GetKeyPolicyCommand, GetKeyRotationStatusCommand }] = await Promise.all([
    clients.kms(kmsKeyRegion(keyId, homeRegion)),
    import('@aws-sdk/client-kms')
  ])
  const described = await read(
    'kms:DescribeKey',
    async () => (await kms.send(new DescribeKeyCommand({ KeyId: keyId }))).KeyMetadata ?? null,
    {
      NotFoundException: null
    }
  )
  if (!described.ok || described.value === null) return described as Read<null>
  const meta = described.value
  const arn = meta.Arn ?? keyId
  const owner = kmsKeyAccount(arn)
  const foreign = owner !== '' && owner !== sessionAccount
  const [policy, rotationEnabled] = await Promise.all([
    foreign
      ? ({ ok: true, value: null } as const)
      : read(
          'kms:GetKeyPolicy',
          async () => (await kms.send(new GetKeyPolicyCommand({ KeyId: arn, PolicyName: 'default' }))).Policy ?? null
        ),
    read(
      'kms:GetKeyRotationStatus',
      async () => (await kms.send(new GetKeyRotationStatusCommand({ KeyId: arn }))).KeyRotationEnabled === true
    )
  ])
  if (!policy.ok) return policy
  return {
    ok: true,
    value: {
      arn,
      region: arn.split(':')[3] ?? homeRegion,
      keyState: meta.KeyState ?? 'Unknown',
      symmetric:
        (meta.KeySpec ?? 'SYMMETRIC_DEFAULT') === 'SYMMETRIC_DEFAULT' &&
        (meta.KeyUsage ?? 'ENCRYPT_DECRYPT') === 'ENCRYPT_DECRYPT',
      keyManager: meta.KeyManager ?? 'CUSTOMER',
      policy: policy.value,
      ...(foreign ? { foreignAccountId: owner } : {}),
      rotationEnabled
    }
  }
}
