// The AWS layer's answers for log integrity, through the proxy with the SDK as the action calls them:
// cloudtrail:ListPublicKeys (which moto lacks), Organizations' JoinedTimestamp, and SSE-KMS log files that
// need kms:Decrypt.
import { createPublicKey, createSign, createVerify } from 'node:crypto'
import { CloudTrailClient, ListPublicKeysCommand } from '@aws-sdk/client-cloudtrail'
import { DescribeAccountCommand, ListAccountsCommand, OrganizationsClient } from '@aws-sdk/client-organizations'
import { setAccountJoined } from '../../tools/aws/account-joined.mjs'
import { keyRing, testKeys, type KeyRing } from '../../tools/cloudtrail-keys.mjs'
import { seedMemberAccounts } from '../../tools/members.mjs'
import { startMoto, type Moto } from '../../tools/moto.mjs'
import { startProxy } from '../../tools/proxy.mjs'
import { GetObjectCommand, PutBucketPolicyCommand, S3Client } from '@aws-sdk/client-s3'
import { KMSClient, PutKeyPolicyCommand } from '@aws-sdk/client-kms'
import { generateCloudTrailLogs } from '../../tools/cloudtrail-logs.mjs'
import { credentials, seedLogArchive, seedOrganization, seedRole } from '../../tools/seed.mjs'
import { TEST_TIMEOUT } from '../support/harness.js'

type Proxy = Awaited<ReturnType<typeof startProxy>>
let moto: Moto
let proxy: Proxy

beforeAll(async () => {
  moto = await startMoto()
  proxy = await startProxy({ target: moto.url })
}, TEST_TIMEOUT)
afterAll(async () => {
  await proxy.stop()
  await moto.stop()
})
beforeEach(async () => {
  await moto.reset()
  proxy.layer?.forget()
  useKeys(testKeys)
})

const cloudtrail = (region: string) =>
  new CloudTrailClient({ endpoint: proxy.url, region, credentials, maxAttempts: 1 })
const organizations = () =>
  new OrganizationsClient({ endpoint: proxy.url, region: 'us-east-1', credentials, maxAttempts: 1 })

/** The key ring the layer's ListPublicKeys answers from. */
function useKeys(keys: KeyRing) {
  const behaviour = proxy.layer?.behaviours.find((b) => b.name === 'public-keys') as unknown as {
    settings: { keys: KeyRing }
  }
  behaviour.settings.keys = keys
}

const hour = 3_600_000

describe('cloudtrail:ListPublicKeys', () => {
  test('each region answers its own key, whose DER PKCS #1 value verifies what that region signs', async () => {
    const now = new Date()
    const answers = await Promise.all(
      ['us-east-1', 'eu-west-1'].map((region) =>
        cloudtrail(region).send(
          new ListPublicKeysCommand({ StartTime: new Date(now.getTime() - 24 * hour), EndTime: now })
        )
      )
    )
    const [east, west] = answers.map((a) => a.PublicKeyList ?? [])
    expect(east).toHaveLength(1)
    expect(west).toHaveLength(1)
    expect(east![0]!.Fingerprint).not.toBe(west![0]!.Fingerprint)
    for (const [region, key] of [
      ['us-east-1', east![0]!],
      ['eu-west-1', west![0]!]
    ] as const) {
      const signing = testKeys.signingKey(region, now)
      expect(key.Fingerprint).toBe(signing.fingerprint)
      expect(key.ValidityStartTime!.getTime()).toBeLessThanOrEqual(now.getTime())
      expect(key.ValidityEndTime!.getTime()).toBeGreaterThan(now.getTime())
      const publicKey = createPublicKey({ key: Buffer.from(key.Value!), format: 'der', type: 'pkcs1' })
      const signature = createSign('RSA-SHA256').update('digest').sign(signing.privateKey)
      expect(createVerify('RSA-SHA256').update('digest').verify(publicKey, signature)).toBe(true)
    }
  })

  test('answers the keys whose validity overlaps the time range; without one, the current key', async () => {
    const ring = keyRing({ bits: 1024 })
    const rotation = new Date(Date.now() - 10 * hour)
    const old = ring.signingKey('us-east-1', new Date(rotation.getTime() - hour))
    const current = ring.rotate('us-east-1', rotation)
    const unlisted = ring.unlisted()
    useKeys(ring)
    const ask = async (StartTime?: Date, EndTime?: Date) =>
      (await cloudtrail('us-east-1').send(new ListPublicKeysCommand({ StartTime, EndTime }))).PublicKeyList?.map(
        (k) => k.Fingerprint
      )
    const before = new Date(rotation.getTime() - 2 * hour)
    const after = new Date(rotation.getTime() + 2 * hour)
    expect(await ask(before, new Date(rotation.getTime() - hour))).toEqual([old.fingerprint])
    expect(await ask(new Date(rotation.getTime() + hour), after)).toEqual([current.fingerprint])
    expect(await ask(before, after)).toEqual([old.fingerprint, current.fingerprint])
    expect(await ask()).toEqual([current.fingerprint])
    expect(await ask(before, after)).not.toContain(unlisted.fingerprint)
  })

  test('a start after the end: InvalidTimeRangeException', async () => {
    const now = new Date()
    await expect(
      cloudtrail('us-east-1').send(
        new ListPublicKeysCommand({ StartTime: now, EndTime: new Date(now.getTime() - hour) })
      )
    ).rejects.toMatchObject({ name: 'InvalidTimeRangeException' })
  })

  test('answered by the layer; without it, moto has no such operation', async () => {
    proxy.reset()
    await cloudtrail('us-east-1').send(new ListPublicKeysCommand({}))
    expect(proxy.requests.find((r) => r.operation === 'ListPublicKeys')).toMatchObject({ status: 200 })
    const bare = await startProxy({ target: moto.url, layer: null })
    try {
      const client = new CloudTrailClient({ endpoint: bare.url, region: 'us-east-1', credentials, maxAttempts: 1 })
      await expect(client.send(new ListPublicKeysCommand({}))).rejects.toThrow()
    } finally {
      await bare.stop()
    }
  })
})

describe("Organizations' JoinedTimestamp", () => {
  test('an account given a joining time answers it in ListAccounts and DescribeAccount; the others keep moto’s', async () => {
    await seedOrganization({ endpoint: moto.url })
    const [joined, other] = await seedMemberAccounts({ endpoint: moto.url, count: 2 })
    const anHourAgo = new Date(Math.floor(Date.now() / 1000) * 1000 - hour)
    setAccountJoined(proxy.layer, joined!.id, anHourAgo)
    const { Accounts = [] } = await organizations().send(new ListAccountsCommand({}))
    const byId = new Map(Accounts.map((a) => [a.Id, a.JoinedTimestamp]))
    expect(byId.get(joined!.id)).toEqual(anHourAgo)
    expect(byId.get(other!.id)!.getTime()).toBeGreaterThan(anHourAgo.getTime() + hour / 2)
    const { Account } = await organizations().send(new DescribeAccountCommand({ AccountId: joined!.id }))
    expect(Account?.JoinedTimestamp).toEqual(anHourAgo)
  })
})

describe('SSE-KMS log files', () => {
  test('a log file is refused to a reader the key policy does not allow kms:Decrypt; its digest (SSE-S3) is not', async () => {
    const { orgId, managementAccountId } = await seedOrganization({ endpoint: moto.url })
    const roleArn = await seedRole({ endpoint: moto.url })
    const archive = await seedLogArchive({
      endpoint: moto.url,
      managementAccountId,
      orgId,
      managementRoleArn: roleArn,
      trailName: 'org-trail',
      bucket: 'archive-logs',
      key: true
    })
    const keyArn = String(archive.keyArn)
    // The management account may read the bucket: only the key stands in its way.
    await new S3Client({ endpoint: moto.url, region: 'us-east-1', credentials: archive.as, forcePathStyle: true }).send(
      new PutBucketPolicyCommand({
        Bucket: 'archive-logs',
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::${managementAccountId}:root` },
              Action: ['s3:GetObject', 's3:ListBucket'],
              Resource: ['arn:aws:s3:::archive-logs', 'arn:aws:s3:::archive-logs/*']
            }
          ]
        })
      })
    )
    const logs = await generateCloudTrailLogs({
      endpoint: moto.url,
      trail: {
        name: 'org-trail',
        homeRegion: 'us-east-1',
        bucket: 'archive-logs',
        organizationId: orgId,
        managementAccountId
      },
      accounts: [managementAccountId],
      regions: ['us-east-1'],
      hours: 2,
      bucketOwner: archive.accountId,
      kmsKeyId: keyArn
    })
    const digest = logs.digest({ account: managementAccountId, region: 'us-east-1', digest: -1 })
    const s3 = new S3Client({
      endpoint: proxy.url,
      region: 'us-east-1',
      credentials,
      forcePathStyle: true,
      maxAttempts: 1
    })
    const get = (Key: string) => s3.send(new GetObjectCommand({ Bucket: 'archive-logs', Key }))
    expect((await get(digest.key)).ServerSideEncryption).toBe('AES256')
    await expect(get(digest.logFiles[0]!.key)).rejects.toMatchObject({
      name: 'AccessDenied',
      $metadata: { httpStatusCode: 403 }
    })

    await new KMSClient({ endpoint: moto.url, region: 'us-east-1', credentials: archive.as }).send(
      new PutKeyPolicyCommand({
        KeyId: keyArn.split('/')[1],
        PolicyName: 'default',
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::${archive.accountId}:root` },
              Action: 'kms:*',
              Resource: '*'
            },
            {
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::${managementAccountId}:root` },
              Action: 'kms:Decrypt',
              Resource: '*',
              Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } }
            }
          ]
        })
      })
    )
    const read = await get(digest.logFiles[0]!.key)
    expect(read).toMatchObject({ ServerSideEncryption: 'aws:kms', SSEKMSKeyId: keyArn })
  })
})
