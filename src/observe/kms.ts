import { accountOf, parseArn } from '../aws/arn.js'
import type { Clients } from '../aws/clients.js'
import { read } from './read.js'
import type { KmsKey, Read } from './types.js'

/** The region a key reference names, when it is an ARN; else the region CloudTrail resolves it in. */
function kmsKeyRegion(keyId: string, homeRegion: string): string {
  return parseArn(keyId)?.region ?? homeRegion
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
  const owner = accountOf(arn)
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
      region: kmsKeyRegion(arn, homeRegion),
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
