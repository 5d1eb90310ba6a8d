// The Log Archive layout as S3, KMS and STS answer it across accounts (moto answers none of it so):
// GetBucketPolicy 405 from another account, 403 for every read carrying another ExpectedBucketOwner, KMS
// keys of another account described but their policy never asked for, the chained AssumeRole.
import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  KMSServiceException,
  type KeyMetadata
} from '@aws-sdk/client-kms'
import {
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketPolicyCommand,
  GetBucketPolicyStatusCommand,
  GetBucketRequestPaymentCommand,
  GetPublicAccessBlockCommand,
  S3ServiceException
} from '@aws-sdk/client-s3'
import { AssumeRoleCommand, STSServiceException } from '@aws-sdk/client-sts'
import { accountOf } from '../../src/aws/arn.js'
import { ActionError } from '../../src/aws/errors.js'
import { explain } from '../../src/aws/explain.js'
import {
  logArchiveDuration,
  openLogArchiveSession,
  roleOfSession,
  type LogArchiveSession
} from '../../src/aws/session.js'
import { readBucket } from '../../src/observe/bucket.js'
import { readKmsKey } from '../../src/observe/kms.js'
import { bucketOwner } from '../../src/plan/cross-account.js'
import { ACCOUNT, BUCKET, identity, REGION, settings } from '../support/fixtures.js'
import { newClients, useAwsMocks } from '../support/mock-aws.js'

const aws = useAwsMocks()

const LOG_ARCHIVE = '222222222222'
const LOG_ARCHIVE_ROLE = `arn:aws:iam::${LOG_ARCHIVE}:role/org-trail-log-archive`
const LA_KEY_ID = 'AKIDLOGARCHIVE'

const s3Error = (name: string, status: number, message = name) =>
  new S3ServiceException({ name, $fault: 'client', message, $metadata: { httpStatusCode: status } })
const accessDenied = () => s3Error('AccessDenied', 403, 'Access Denied')

/** The bucket reads every run makes, each answered by `answer` (a value, or an error thrown). */
function bucketReads(answer: (command: string) => unknown): void {
  const commands = {
    GetBucketLocation: GetBucketLocationCommand,
    GetBucketPolicy: GetBucketPolicyCommand,
    GetBucketRequestPayment: GetBucketRequestPaymentCommand,
    GetPublicAccessBlock: GetPublicAccessBlockCommand,
    GetBucketPolicyStatus: GetBucketPolicyStatusCommand,
    GetBucketLogging: GetBucketLoggingCommand
  }
  for (const [name, command] of Object.entries(commands)) {
    aws.current.s3.on(command as typeof GetBucketLocationCommand).callsFake(async () => {
      const value = answer(name)
      if (value instanceof Error) throw value
      return value
    })
  }
}

/** Answers as a bucket the caller owns would. */
const ownBucket = (command: string) =>
  ({
    GetBucketLocation: { LocationConstraint: 'eu-west-1' },
    GetBucketPolicy: { Policy: '{"Version":"2012-10-17","Statement":[]}' },
    GetBucketRequestPayment: { Payer: 'BucketOwner' },
    GetPublicAccessBlock: {},
    GetBucketPolicyStatus: { PolicyStatus: { IsPublic: false } },
    GetBucketLogging: {}
  })[command]

async function logArchiveSession(): Promise<LogArchiveSession> {
  aws.current.sts.on(AssumeRoleCommand).resolves({
    Credentials: {
      AccessKeyId: LA_KEY_ID,
      SecretAccessKey: 'secret',
      SessionToken: 'token',
      Expiration: new Date('2030-01-01T00:00:00Z')
    },
    AssumedRoleUser: {
      Arn: `arn:aws:sts::${LOG_ARCHIVE}:assumed-role/org-trail-log-archive/org-trail-42`,
      AssumedRoleId: 'x'
    }
  })
  return openLogArchiveSession(
    newClients(),
    identity,
    { roleArn: LOG_ARCHIVE_ROLE, sessionName: 'org-trail-42', durationSeconds: 900 },
    () => undefined
  )
}

describe('a bucket of another account, read from the management account', () => {
  it('GetBucketPolicy answered 405: recorded as owned by another account, the 403s as what they are', async () => {
    bucketReads((command) => (command === 'GetBucketPolicy' ? s3Error('MethodNotAllowed', 405) : accessDenied()))
    const bucket = await readBucket(newClients(), BUCKET)
    expect(bucketOwner(bucket)).toEqual({ kind: 'other-account' })
    expect(bucket.policy).toMatchObject({
      ok: false,
      failure: { action: 's3:GetBucketPolicy', code: 'MethodNotAllowed' }
    })
    expect(bucket.region).toMatchObject({ ok: false, failure: { code: 'AccessDenied' } })
  })

  it('a 405 whose body named no code is still MethodNotAllowed', async () => {
    bucketReads((command) => (command === 'GetBucketPolicy' ? s3Error('UnknownError', 405) : accessDenied()))
    const bucket = await readBucket(newClients(), BUCKET)
    expect(bucketOwner(bucket)).toEqual({ kind: 'other-account' })
  })

  it('GetBucketPolicy answered 403: not allowed to read, which says nothing of the owner', async () => {
    bucketReads((command) => (command === 'GetBucketPolicy' ? accessDenied() : ownBucket(command)))
    const bucket = await readBucket(newClients(), BUCKET)
    expect(bucketOwner(bucket)).toBeUndefined()
    expect(bucket.policy).toMatchObject({ ok: false, failure: { code: 'AccessDenied' } })
  })

  it("the caller's own bucket: no owner recorded, as before", async () => {
    bucketReads(ownBucket)
    expect(bucketOwner(await readBucket(newClients(), BUCKET))).toBeUndefined()
  })
})

describe('the Log Archive session', () => {
  it('is assumed from the management session: chained, at most an hour, named like the run', async () => {
    const session = await logArchiveSession()
    const [call] = aws.current.sts.commandCalls(AssumeRoleCommand)
    expect(call?.args[0].input).toEqual({
      RoleArn: LOG_ARCHIVE_ROLE,
      RoleSessionName: 'org-trail-42',
      DurationSeconds: 900
    })
    // Signed with the management session's credentials.
    const sts = call?.thisValue as { config: { credentials: () => Promise<{ accessKeyId: string }> } }
    expect((await sts.config.credentials()).accessKeyId).toBe('AKIDEXAMPLE')
    expect(session.identity.accountId).toBe(LOG_ARCHIVE)
    expect(session.clients.expectedBucketOwner).toBe(LOG_ARCHIVE)
  })

  it.each([
    [900, 900],
    [3600, 3600],
    [7200, 3600],
    [43200, 3600]
  ])('role-duration-seconds %i gives a Log Archive session of %i s', (given, expected) => {
    expect(logArchiveDuration(settings({ 'role-duration-seconds': String(given) }).auth)).toBe(expected)
  })

  it('a refusal names the management role its trust policy must let in, with the statement', async () => {
    aws.current.sts
      .on(AssumeRoleCommand)
      .rejects(
        new STSServiceException({ name: 'AccessDenied', $fault: 'client', message: 'not authorized', $metadata: {} })
      )
    const error = await openLogArchiveSession(
      newClients(),
      { ...identity, arn: `arn:aws:sts::${ACCOUNT}:assumed-role/org-trail/org-trail-42` },
      { roleArn: LOG_ARCHIVE_ROLE, sessionName: 'org-trail-42', durationSeconds: 900 },
      () => undefined
    ).then(
      () => null,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(ActionError)
    const e = error as ActionError
    expect(e.title).toBe('Cannot assume the Log Archive role')
    expect(e.message).toContain(LOG_ARCHIVE_ROLE)
    expect(JSON.parse(e.help.fix ?? '')).toMatchObject({
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/org-trail` },
      Action: 'sts:AssumeRole'
    })
  })

  it('a refusal by a resource control policy is explained as that, not as the trust policy', async () => {
    const management = `arn:aws:sts::${ACCOUNT}:assumed-role/org-trail/org-trail-42`
    aws.current.sts.on(AssumeRoleCommand).rejects(
      new STSServiceException({
        name: 'AccessDenied',
        $fault: 'client',
        message: `User: ${management} is not authorized to perform: sts:AssumeRole on resource: ${LOG_ARCHIVE_ROLE} with an explicit deny in a resource control policy`,
        $metadata: {}
      })
    )
    const error = await openLogArchiveSession(
      newClients(),
      { ...identity, arn: management },
      { roleArn: LOG_ARCHIVE_ROLE, sessionName: 'org-trail-42', durationSeconds: 900 },
      () => undefined
    ).then(
      () => null,
      (e: unknown) => e
    )
    const { title, message } = explain(error)
    expect(title).toBe('Denied by a resource control policy (RCP): sts:AssumeRole')
    expect(message).toContain(`the account that owns it (${accountOf(LOG_ARCHIVE_ROLE)})`)
    expect(message).not.toMatch(/trust policy must let/)
  })

  it('roleOfSession turns an assumed-role session into its role, paths kept', () => {
    expect(roleOfSession('arn:aws:sts::111111111111:assumed-role/org-trail/run-1')).toBe(
      'arn:aws:iam::111111111111:role/org-trail'
    )
    expect(roleOfSession('arn:aws:iam::111111111111:user/alice')).toBe('arn:aws:iam::111111111111:user/alice')
  })

  it('a bucket it may read is recorded as owned by the Log Archive account', async () => {
    const session = await logArchiveSession()
    bucketReads(ownBucket)
    const bucket = await readBucket(session.clients, BUCKET)
    // Recorded as data: the account the reads expected; what that tells is the plan's to decide.
    expect(bucket.expectedOwner).toBe(LOG_ARCHIVE)
    expect(bucketOwner(bucket)).toEqual({ kind: 'expected', accountId: LOG_ARCHIVE })
  })

  it('every read refused with its ExpectedBucketOwner: owned by a third account', async () => {
    const session = await logArchiveSession()
    bucketReads(() => accessDenied())
    const bucket = await readBucket(session.clients, BUCKET)
    expect(bucketOwner(bucket)).toEqual({ kind: 'unexpected', expectedAccountId: LOG_ARCHIVE })
  })

  it('one read refused: a missing permission of the role, not a look-alike', async () => {
    const session = await logArchiveSession()
    bucketReads((command) => (command === 'GetBucketPolicy' ? accessDenied() : ownBucket(command)))
    const bucket = await readBucket(session.clients, BUCKET)
    expect(bucketOwner(bucket)).toEqual({ kind: 'expected', accountId: LOG_ARCHIVE })
    expect(bucket.policy).toMatchObject({ ok: false, failure: { action: 's3:GetBucketPolicy', code: 'AccessDenied' } })
  })

  it('a bucket that does not exist has no owner', async () => {
    const session = await logArchiveSession()
    bucketReads(() => s3Error('NoSuchBucket', 404))
    const bucket = await readBucket(session.clients, BUCKET)
    expect(bucketOwner(bucket)).toBeUndefined()
    expect(bucket.region).toEqual({ ok: true, value: null })
  })
})

describe('a KMS key of another account', () => {
  const KEY_ARN = `arn:aws:kms:${REGION}:${LOG_ARCHIVE}:key/1234abcd-12ab-34cd-56ef-1234567890ab`
  const meta: KeyMetadata = {
    KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab',
    Arn: KEY_ARN,
    KeyState: 'Enabled',
    KeyManager: 'CUSTOMER',
    KeySpec: 'SYMMETRIC_DEFAULT',
    KeyUsage: 'ENCRYPT_DECRYPT'
  }

  it('is described and its rotation read; its policy is not asked for (KMS refuses it across accounts)', async () => {
    aws.current.kms.on(DescribeKeyCommand).resolves({ KeyMetadata: meta })
    aws.current.kms.on(GetKeyRotationStatusCommand).resolves({ KeyRotationEnabled: true })
    const key = await readKmsKey(newClients(), KEY_ARN, REGION, ACCOUNT)
    expect(key).toMatchObject({
      ok: true,
      value: { arn: KEY_ARN, policy: null, foreignAccountId: LOG_ARCHIVE, keyState: 'Enabled' }
    })
    expect(aws.current.kms.commandCalls(GetKeyPolicyCommand)).toHaveLength(0)
  })

  it('DescribeKey refused by its key policy: recorded as a failed read', async () => {
    aws.current.kms.on(DescribeKeyCommand).rejects(
      new KMSServiceException({
        name: 'AccessDeniedException',
        $fault: 'client',
        message: `User: arn:aws:sts::${ACCOUNT}:assumed-role/org-trail/run is not authorized to perform: kms:DescribeKey`,
        $metadata: { httpStatusCode: 400 }
      })
    )
    const key = await readKmsKey(newClients(), KEY_ARN, REGION, ACCOUNT)
    expect(key).toMatchObject({ ok: false, failure: { action: 'kms:DescribeKey', code: 'AccessDeniedException' } })
  })

  it('read in its own account (the Log Archive session), its policy is read as before', async () => {
    aws.current.kms.on(DescribeKeyCommand).resolves({ KeyMetadata: meta })
    aws.current.kms.on(GetKeyRotationStatusCommand).resolves({ KeyRotationEnabled: true })
    aws.current.kms.on(GetKeyPolicyCommand).resolves({ Policy: '{"Version":"2012-10-17","Statement":[]}' })
    const key = await readKmsKey(newClients(), KEY_ARN, REGION, LOG_ARCHIVE)
    expect(key).toMatchObject({ ok: true, value: { policy: '{"Version":"2012-10-17","Statement":[]}' } })
    expect(key.ok && key.value?.foreignAccountId).toBeFalsy()
  })
})
