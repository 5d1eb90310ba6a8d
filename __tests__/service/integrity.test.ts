// Log verification against AWS's own answers (mocked, with the SDK's exception classes): the bucket's
// listings in pages, digests and log files read or refused, CloudTrail's public keys, the accounts and
// regions to verify. What the role cannot read is reported as what it is, never as tampering.
import {
  AccessDeniedException as AccountAccessDenied,
  AccountClient,
  ListRegionsCommand
} from '@aws-sdk/client-account'
import { CloudTrailServiceException, ListPublicKeysCommand } from '@aws-sdk/client-cloudtrail'
import { ListAccountsCommand } from '@aws-sdk/client-organizations'
import { GetObjectCommand, ListObjectsV2Command, NoSuchKey, S3ServiceException } from '@aws-sdk/client-s3'
import { Readable } from 'node:stream'
import { mockClient } from 'aws-sdk-client-mock'
import { verifyLogs, type VerifyInput } from '../../src/integrity/index.js'
import type { DigestPlace } from '../../src/integrity/layout.js'
import type { LogIntegrity } from '../../src/integrity/types.js'
import type { TrailConfig } from '../../src/observe/types.js'
import {
  PLACE,
  TEST_FINGERPRINT,
  TEST_PUBLIC_KEY_DER,
  logFile,
  logKeyOf,
  makeDigest,
  type MadeDigest,
  type StoredObject
} from '../support/digests.js'
import { newClients, useAwsMocks } from '../support/mock-aws.js'

const aws = useAwsMocks()
const account = mockClient(AccountClient)
afterEach(() => account.reset())
afterAll(() => account.restore())

const H = 3_600_000
const NOW = new Date('2026-03-02T12:30:00Z')
const MEMBER = PLACE.account
const OTHER = '333333333333'
const TRAIL: TrailConfig = {
  name: PLACE.trailName,
  arn: `arn:aws:cloudtrail:${PLACE.homeRegion}:111111111111:trail/${PLACE.trailName}`,
  homeRegion: PLACE.homeRegion,
  s3BucketName: PLACE.bucket,
  s3KeyPrefix: PLACE.prefix,
  isOrganizationTrail: true,
  isMultiRegionTrail: true,
  includeGlobalServiceEvents: true,
  logFileValidationEnabled: true
}

const accessDenied = (action: string) =>
  new S3ServiceException({
    name: 'AccessDenied',
    $fault: 'client',
    $metadata: { httpStatusCode: 403 },
    message: `User: arn:aws:sts::111111111111:assumed-role/org-trail/run is not authorized to perform: ${action}`
  })

/** A bucket as S3 answers it: objects by key, listed in key order a few at a time, each read or refused. */
class Bucket {
  readonly objects = new Map<string, StoredObject>()
  readonly refused = new Map<string, Error>()
  listing: Error | null = null
  readonly gets: string[] = []

  put(key: string, o: StoredObject): void {
    this.objects.set(key, o)
  }

  install(): void {
    aws.current.s3.on(ListObjectsV2Command).callsFake((input: ListObjectsV2Command['input']) => {
      if (this.listing) return Promise.reject(this.listing)
      const all = [...this.objects.keys()]
        .filter((k) => k.startsWith(input.Prefix ?? '') && k > (input.ContinuationToken ?? input.StartAfter ?? ''))
        .sort()
      if (input.Delimiter) {
        const folders = [...new Set(all.map((k) => k.slice(0, k.indexOf('/', (input.Prefix ?? '').length) + 1)))]
        return Promise.resolve({ CommonPrefixes: folders.filter((f) => f !== '').map((Prefix) => ({ Prefix })) })
      }
      // Pages of three keys: a window's listing spans many pages.
      const page = all.slice(0, 3)
      const more = all.length > page.length
      return Promise.resolve({
        Contents: page.map((Key) => ({ Key })),
        IsTruncated: more,
        ...(more ? { NextContinuationToken: page.at(-1) } : {})
      })
    })
    aws.current.s3.on(GetObjectCommand).callsFake((input: GetObjectCommand['input']) => {
      const key = input.Key ?? ''
      this.gets.push(key)
      const refusal = this.refused.get(key)
      if (refusal) return Promise.reject(refusal)
      const o = this.objects.get(key)
      if (!o) return Promise.reject(new NoSuchKey({ message: 'The specified key does not exist.', $metadata: {} }))
      const body = Object.assign(Readable.from([o.body]), {
        transformToByteArray: () => Promise.resolve(new Uint8Array(o.body))
      })
      return Promise.resolve({ Body: body, Metadata: o.metadata })
    })
  }
}

/** An intact window of `hours` hourly digests, each listing two log files, for one account and region. */
function deliver(bucket: Bucket, place: DigestPlace, hours = 6, lastEnd = new Date(NOW.getTime() - 29 * 60_000)) {
  const chain: MadeDigest[] = []
  const logs: string[] = []
  for (let i = hours - 1; i >= 0; i--) {
    const end = new Date(lastEnd.getTime() - i * H)
    const files = [0, 1].map((n) => {
      const key = logKeyOf(place, end, n)
      const { body, hashValue } = logFile(`{"Records":[{"eventName":"Hour${i}-${n}","account":"${place.account}"}]}`)
      bucket.put(key, { body, metadata: {} })
      logs.push(key)
      return { key, hashValue }
    })
    const before = chain.at(-1)
    const d = makeDigest({
      place,
      end,
      previous: before ? { key: before.key, signature: before.signature } : null,
      logFiles: files
    })
    bucket.put(d.key, d)
    chain.push(d)
  }
  return { chain, logs }
}

function organization(accounts: { Id: string; JoinedTimestamp?: Date }[]) {
  aws.current.organizations
    .on(ListAccountsCommand)
    .resolves({ Accounts: accounts.map((a) => ({ ...a, Status: 'ACTIVE', Name: a.Id })) })
}

function regions(names: string[]) {
  account.on(ListRegionsCommand).resolves({
    Regions: names.map((RegionName) => ({ RegionName, RegionOptStatus: 'ENABLED_BY_DEFAULT' }))
  })
}

function publicKeys() {
  aws.current.cloudtrail.on(ListPublicKeysCommand).resolves({
    PublicKeyList: [{ Fingerprint: TEST_FINGERPRINT, Value: new Uint8Array(TEST_PUBLIC_KEY_DER) }]
  })
}

function input(over: Partial<VerifyInput> & { hours?: number; logFiles?: 'all' | 'none' } = {}): VerifyInput {
  const clients = newClients()
  const hours = over.hours ?? 24
  return {
    clients,
    s3: clients.s3(),
    settings: {
      window: { text: `${hours}h`, ms: hours * H },
      logFiles: over.logFiles ?? 'all',
      failOnProblem: true,
      shard: null
    },
    trail: TRAIL,
    organizationId: PLACE.organizationId,
    log: () => undefined,
    now: NOW,
    ...over
  }
}

const kinds = (r: LogIntegrity) => r.problems.map((p) => [p.account, p.region, p.kind, p.key])

describe('verifyLogs', () => {
  let bucket: Bucket
  beforeEach(() => {
    bucket = new Bucket()
    bucket.install()
    publicKeys()
  })

  it('an intact window in every account and enabled region is valid, every digest and log file counted', async () => {
    organization([{ Id: MEMBER }, { Id: OTHER }])
    regions(['eu-west-1', 'us-east-1'])
    for (const a of [MEMBER, OTHER])
      for (const region of ['eu-west-1', 'us-east-1']) deliver(bucket, { ...PLACE, account: a, region })
    const r = await verifyLogs(input())
    expect(r.problems).toEqual([])
    expect(r.verdict).toBe('valid')
    expect(r.counts).toMatchObject({
      accounts: 2,
      regions: 2,
      accountRegions: 4,
      digests: { valid: 24, invalid: 0, unverified: 0 },
      logFiles: { valid: 48, invalid: 0, unverified: 0 }
    })
    expect(r.counts.bytesHashed).toBeGreaterThan(0)
    expect(r.window).toEqual({ from: '2026-03-01T12:30:00.000Z', to: NOW.toISOString(), duration: '24h' })
  })

  it('asks ListPublicKeys in each region the digests come from, once, for the window and two hours after', async () => {
    organization([{ Id: MEMBER }, { Id: OTHER }])
    regions(['eu-west-1', 'us-east-1'])
    for (const a of [MEMBER, OTHER])
      for (const region of ['eu-west-1', 'us-east-1']) deliver(bucket, { ...PLACE, account: a, region })
    await verifyLogs(input())
    const calls = aws.current.cloudtrail.commandCalls(ListPublicKeysCommand)
    const asked = await Promise.all(
      calls.map(async (c) => [await (c.thisValue as AccountClient).config.region(), c.args[0].input] as const)
    )
    expect(asked.map(([region]) => region).sort()).toEqual(['eu-west-1', 'us-east-1'])
    for (const [, i] of asked)
      expect(i).toEqual({ StartTime: new Date('2026-03-01T12:30:00Z'), EndTime: new Date('2026-03-02T14:30:00Z') })
  })

  it('an altered and a deleted log file are found, by key; the other accounts and regions stay valid', async () => {
    organization([{ Id: MEMBER }, { Id: OTHER }])
    regions(['eu-west-1'])
    const { logs } = deliver(bucket, PLACE)
    deliver(bucket, { ...PLACE, account: OTHER })
    const altered = logs[2] as string
    const deleted = logs[5] as string
    bucket.put(altered, { body: logFile('{"Records":[]}').body, metadata: {} })
    bucket.objects.delete(deleted)
    const r = await verifyLogs(input())
    expect(kinds(r)).toEqual(
      expect.arrayContaining([
        [MEMBER, 'eu-west-1', 'log-file-invalid', altered],
        [MEMBER, 'eu-west-1', 'log-file-missing', deleted]
      ])
    )
    expect(r.problems).toHaveLength(2)
    expect(r.verdict).toBe('invalid')
    expect(r.counts.logFiles).toEqual({ valid: 22, invalid: 2, unverified: 0 })
  })

  it('a deleted digest is missing; the log files of the digests around it are still hashed', async () => {
    organization([{ Id: MEMBER }])
    regions(['eu-west-1'])
    const { chain } = deliver(bucket, PLACE)
    const gone = (chain[3] as MadeDigest).key
    bucket.objects.delete(gone)
    const r = await verifyLogs(input())
    expect(kinds(r)).toEqual([[MEMBER, 'eu-west-1', 'digest-missing', gone]])
    expect(r.counts.digests).toEqual({ valid: 5, invalid: 0, unverified: 0 })
    expect(r.counts.logFiles.valid).toBe(10)
  })

  it('a log file the role may not read is unreadable, naming s3:GetObject; one KMS refuses names kms:Decrypt', async () => {
    organization([{ Id: MEMBER }])
    regions(['eu-west-1'])
    const { logs } = deliver(bucket, PLACE)
    bucket.refused.set(logs[0] as string, accessDenied('s3:GetObject'))
    bucket.refused.set(
      logs[1] as string,
      new S3ServiceException({
        name: 'KMS.DisabledException',
        $fault: 'client',
        $metadata: { httpStatusCode: 400 },
        message: 'arn:aws:kms:eu-west-1:111111111111:key/k is disabled.'
      })
    )
    const r = await verifyLogs(input())
    expect(r.problems).toEqual([])
    expect(r.unreadable).toEqual([
      expect.objectContaining({ key: logs[0], action: 's3:GetObject', code: 'AccessDenied' }),
      expect.objectContaining({ key: logs[1], action: 'kms:Decrypt', code: 'KMS.DisabledException' })
    ])
    expect(r.verdict).toBe('unverified')
    // The run went on with the rest.
    expect(r.counts.logFiles).toEqual({ valid: 10, invalid: 0, unverified: 2 })
  })

  it('a log file under the trail’s KMS key refused with a plain AccessDenied names kms:Decrypt', async () => {
    organization([{ Id: MEMBER }])
    regions(['eu-west-1'])
    const { logs } = deliver(bucket, PLACE)
    const key = 'arn:aws:kms:us-east-1:111111111111:key/trail'
    bucket.refused.set(
      logs[0] as string,
      new S3ServiceException({ name: 'AccessDenied', $fault: 'client', $metadata: {}, message: 'Access Denied' })
    )
    const r = await verifyLogs(input({ trail: { ...TRAIL, kmsKeyId: key } }))
    expect(r.unreadable).toEqual([
      expect.objectContaining({ key: logs[0], action: 'kms:Decrypt', message: expect.stringContaining(key) })
    ])
    expect(r.problems).toEqual([])
  })

  it('a digest folder the role may not list is unreadable, naming s3:ListBucket, never stale', async () => {
    organization([{ Id: MEMBER }])
    regions(['eu-west-1'])
    bucket.listing = accessDenied('s3:ListBucket')
    const r = await verifyLogs(input())
    expect(r.problems).toEqual([])
    expect(r.unreadable.map((u) => [u.account, u.action, u.code])).toEqual(
      expect.arrayContaining([[MEMBER, 's3:ListBucket', 'AccessDenied']])
    )
    expect(r.verdict).toBe('unverified')
  })

  it('without cloudtrail:ListPublicKeys the digests are unverified, said once per region, not invalid', async () => {
    organization([{ Id: MEMBER }, { Id: OTHER }])
    regions(['eu-west-1'])
    deliver(bucket, PLACE)
    deliver(bucket, { ...PLACE, account: OTHER })
    aws.current.cloudtrail.on(ListPublicKeysCommand).rejects(
      new CloudTrailServiceException({
        name: 'AccessDeniedException',
        $fault: 'client',
        $metadata: {},
        message: 'not authorized to perform: cloudtrail:ListPublicKeys'
      })
    )
    const r = await verifyLogs(input())
    expect(r.problems).toEqual([])
    expect(r.unreadable).toEqual([
      expect.objectContaining({ region: 'eu-west-1', key: '', action: 'cloudtrail:ListPublicKeys' })
    ])
    expect(r.counts.digests).toEqual({ valid: 0, invalid: 0, unverified: 12 })
    expect(r.verdict).toBe('unverified')
  })

  it('an opt-in region is verified for the accounts that deliver there, and not stale for the others', async () => {
    organization([{ Id: MEMBER }, { Id: OTHER }])
    account.on(ListRegionsCommand).resolves({
      Regions: [
        { RegionName: 'eu-west-1', RegionOptStatus: 'ENABLED_BY_DEFAULT' },
        { RegionName: 'us-east-1', RegionOptStatus: 'ENABLED_BY_DEFAULT' },
        { RegionName: 'af-south-1', RegionOptStatus: 'ENABLED' }
      ]
    })
    for (const a of [MEMBER, OTHER])
      for (const region of ['eu-west-1', 'us-east-1']) deliver(bucket, { ...PLACE, account: a, region })
    deliver(bucket, { ...PLACE, region: 'af-south-1' })
    const r = await verifyLogs(input())
    expect(r.problems).toEqual([])
    expect(r.counts).toMatchObject({ regions: 3, accountRegions: 5, digests: { valid: 30 } })
  })

  it('a region a member delivers that is not enabled in the management account is verified too', async () => {
    organization([{ Id: MEMBER }])
    regions(['eu-west-1'])
    deliver(bucket, PLACE)
    deliver(bucket, { ...PLACE, region: 'ap-southeast-2' })
    const r = await verifyLogs(input())
    expect(r.counts).toMatchObject({ regions: 2, accountRegions: 2, digests: { valid: 12 } })
  })

  it('an enabled region with no digest at all is stale; a single-region trail verifies its home region only', async () => {
    organization([{ Id: MEMBER }])
    regions(['eu-west-1', 'us-east-1'])
    deliver(bucket, PLACE)
    const r = await verifyLogs(input())
    expect(kinds(r)).toEqual([
      [MEMBER, 'us-east-1', 'stale', 'audit/AWSLogs/o-exampleorgid/222222222222/CloudTrail-Digest/us-east-1/']
    ])
    expect(r.verdict).toBe('stale')

    const single = await verifyLogs(input({ trail: { ...TRAIL, isMultiRegionTrail: false } }))
    expect(account.commandCalls(ListRegionsCommand)).toHaveLength(1) // the first run's only
    expect(kinds(single)).toEqual([
      [MEMBER, 'us-east-1', 'stale', 'audit/AWSLogs/o-exampleorgid/222222222222/CloudTrail-Digest/us-east-1/']
    ])
  })

  it('a region whose newest digest is three hours old is stale, naming that digest', async () => {
    organization([{ Id: MEMBER }])
    regions(['eu-west-1'])
    const { chain } = deliver(bucket, PLACE, 6, new Date(NOW.getTime() - 3 * H))
    const r = await verifyLogs(input())
    expect(kinds(r)).toEqual([[MEMBER, 'eu-west-1', 'stale', (chain.at(-1) as MadeDigest).key]])
  })

  it('an account that joined an hour ago is verified from then: no digest yet is not stale', async () => {
    organization([{ Id: MEMBER, JoinedTimestamp: new Date(NOW.getTime() - H) }])
    regions(['eu-west-1'])
    const r = await verifyLogs(input())
    expect(r.problems).toEqual([])
    expect(r.verdict).toBe('valid')
  })

  it('verify-log-files none reads digests only', async () => {
    organization([{ Id: MEMBER }])
    regions(['eu-west-1'])
    const { logs } = deliver(bucket, PLACE)
    bucket.objects.delete(logs[0] as string)
    const r = await verifyLogs(input({ logFiles: 'none' }))
    expect(r.verdict).toBe('valid')
    expect(bucket.gets.filter((k) => k.includes('/CloudTrail/'))).toEqual([])
    expect(r.counts.logFiles).toEqual({ valid: 0, invalid: 0, unverified: 0 })
  })

  it('a shard verifies its accounts only, and the shards together verify every account once', async () => {
    const ids = Array.from({ length: 12 }, (_, i) => String(400000000000 + i))
    organization(ids.map((Id) => ({ Id })))
    regions(['eu-west-1'])
    for (const id of ids) deliver(bucket, { ...PLACE, account: id }, 2)
    const seen: string[] = []
    for (const index of [1, 2, 3]) {
      const base = input()
      const r = await verifyLogs({ ...base, settings: { ...base.settings, shard: { index, count: 3 } } })
      expect(r.verdict).toBe('valid')
      expect(r.shard).toEqual({ index, count: 3 })
      seen.push(...new Set(bucket.gets.splice(0).map((k) => k.split('/')[3] as string)))
    }
    expect(seen.sort()).toEqual(ids)
  })

  it('without account:ListRegions it verifies the home region and the regions the bucket holds, saying so', async () => {
    organization([{ Id: MEMBER }])
    account.on(ListRegionsCommand).rejects(new AccountAccessDenied({ message: 'denied', $metadata: {} }))
    deliver(bucket, PLACE)
    deliver(bucket, { ...PLACE, region: PLACE.homeRegion })
    const r = await verifyLogs(input())
    expect(r.counts).toMatchObject({ accountRegions: 2, digests: { valid: 12 } })
    expect(r.unreadable).toEqual([expect.objectContaining({ action: 'account:ListRegions' })])
  })

  it('nothing to verify: no trail, or log file validation off, says why', async () => {
    expect(await verifyLogs(input({ trail: null }))).toMatchObject({
      verdict: 'unverified',
      skipped: expect.stringContaining('does not exist')
    })
    expect(await verifyLogs(input({ trail: { ...TRAIL, logFileValidationEnabled: false } }))).toMatchObject({
      verdict: 'unverified',
      skipped: expect.stringContaining('Log file validation is off')
    })
  })
})
