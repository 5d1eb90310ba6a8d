// Apply in the Log Archive layout, with the SDK's own exception classes: writes of the bucket (and of a
// Log Archive key) go through the Log Archive session, the rest through the management session; CloudTrail's
// refusal of another account's policy fails the run with the statements and the owning account.
import {
  CreateTrailCommand,
  InsufficientEncryptionPolicyException,
  InsufficientS3BucketPolicyException,
  StartLoggingCommand
} from '@aws-sdk/client-cloudtrail'
import { EnableAWSServiceAccessCommand } from '@aws-sdk/client-organizations'
import { GetBucketPolicyCommand, PutBucketPolicyCommand, S3ServiceException } from '@aws-sdk/client-s3'
import { ApplyError } from '../../src/apply/error.js'
import { apply } from '../../src/apply/index.js'
import { ActionError } from '../../src/aws/errors.js'
import type { KmsKey, Observed, Read } from '../../src/observe/types.js'
import { plan } from '../../src/plan/index.js'
import type { Plan } from '../../src/plan/types.js'
import { ACCOUNT, BUCKET, bucket, observed, ok, ORG_ID, REGION, settings, TRAIL_ARN } from '../support/fixtures.js'
import { newClients, useAwsMocks } from '../support/mock-aws.js'

const aws = useAwsMocks()

const LOG_ARCHIVE = '222233334444'
const ROLE = `arn:aws:iam::${LOG_ARCHIVE}:role/org-trail-log-archive`
const LA_KEY = `arn:aws:kms:${REGION}:${LOG_ARCHIVE}:key/1234abcd-12ab-34cd-56ef-1234567890ab`
const LA_CREDENTIALS = { accessKeyId: 'AKIDLOGARCHIVE', secretAccessKey: 'y', sessionToken: 'z' }

const noTrail = (o: Partial<Observed>) => observed({ trail: null, trails: ok([]), trailList: ok([]), ...o })
const denied = (action: 's3:GetBucketLocation' | 's3:GetBucketRequestPayment'): Read<never> => ({
  ok: false,
  failure: { action, code: 'AccessDenied', message: 'Access Denied' }
})
const foreignBucket = () =>
  bucket({
    region: denied('s3:GetBucketLocation'),
    policy: { ok: false, failure: { action: 's3:GetBucketPolicy', code: 'MethodNotAllowed', message: '' } },
    requesterPays: denied('s3:GetBucketRequestPayment')
  })

/** The access key of the client that sent a recorded command: which session it went through. */
async function keyOf(call: { thisValue: unknown }): Promise<string> {
  const client = call.thisValue as { config: { credentials: () => Promise<{ accessKeyId: string }> } }
  return (await client.config.credentials()).accessKeyId
}

async function failureOf(thePlan: Plan, logArchive = false): Promise<ApplyError> {
  const clients = newClients()
  const error = await apply(
    thePlan,
    { allowDestructiveChanges: false },
    {
      clients,
      log: () => undefined,
      sleep: async () => undefined,
      ...(logArchive
        ? { logArchive: clients.withCredentials(LA_CREDENTIALS, { expectedBucketOwner: LOG_ARCHIVE }) }
        : {})
    }
  ).then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(ApplyError)
  return error as ApplyError
}

describe('a bucket of another account, without the role', () => {
  it('CloudTrail refuses its policy: the run fails with the statements and the owner, the writes done listed', async () => {
    aws.current.organizations.on(EnableAWSServiceAccessCommand).resolves({})
    aws.current.cloudtrail.on(CreateTrailCommand).rejects(
      new InsufficientS3BucketPolicyException({
        message: `Incorrect S3 bucket policy is detected for bucket: ${BUCKET}`,
        $metadata: {}
      })
    )
    const thePlan = plan(settings(), noTrail({ bucket: foreignBucket(), trustedAccess: ok(false) }))
    expect(thePlan.blocked).toBe(false)
    const error = await failureOf(thePlan)
    // Not this run's write: no propagation wait, one CreateTrail.
    expect(aws.current.cloudtrail.commandCalls(CreateTrailCommand)).toHaveLength(1)
    expect(error.applied.map((c) => c.kind)).toEqual(['enable-trusted-access'])
    const cause = error.cause as ActionError
    expect(cause).toBeInstanceOf(ActionError)
    expect(cause.title).toBe('Bucket policy in another account does not let CloudTrail write')
    expect(cause.message).toContain(`the account that owns bucket ${BUCKET}`)
    expect(cause.message).toContain(`Incorrect S3 bucket policy is detected for bucket: ${BUCKET}`)
    const fix = JSON.parse(cause.help.fix ?? '') as { Statement: { Sid: string }[] }
    expect(fix.Statement.map((s) => s.Sid)).toEqual(['OrgTrailAclCheck', 'OrgTrailWrite'])
    expect(cause.help.fix).toContain(`AWSLogs/${ORG_ID}/*`)
    expect(cause.help.fix).toContain(TRAIL_ARN)
    expect(aws.current.s3.calls()).toHaveLength(0)
  })

  it('InsufficientEncryptionPolicyException without a key is about the bucket: explained the same way', async () => {
    aws.current.cloudtrail.on(CreateTrailCommand).rejects(
      new InsufficientEncryptionPolicyException({
        message: 'Insufficient permissions to access S3 bucket',
        $metadata: {}
      })
    )
    // No key declared: InsufficientEncryptionPolicyException is about the bucket, which is elsewhere.
    const error = await failureOf(plan(settings(), noTrail({ bucket: foreignBucket() })))
    expect((error.cause as ActionError).title).toBe('Bucket policy in another account does not let CloudTrail write')
  })

  it('the same refusal for a bucket of its own is left to the usual explanation', async () => {
    aws.current.s3
      .on(GetBucketPolicyCommand)
      .resolves({ Policy: JSON.stringify({ Version: '2012-10-17', Statement: [] }) })
    aws.current.cloudtrail
      .on(CreateTrailCommand)
      .rejects(new InsufficientS3BucketPolicyException({ message: 'Incorrect S3 bucket policy', $metadata: {} }))
    const error = await failureOf(plan(settings({ 'manage-bucket-policy': 'false' }), noTrail({})))
    expect((error.cause as ActionError).title).toBe('Bucket policy does not let CloudTrail write')
  })
})

describe('a KMS key of another account', () => {
  const key: Read<KmsKey | null> = ok<KmsKey | null>({
    arn: LA_KEY,
    region: REGION,
    keyState: 'Enabled',
    symmetric: true,
    keyManager: 'CUSTOMER',
    policy: null,
    foreignAccountId: LOG_ARCHIVE,
    rotationEnabled: ok(true)
  })

  it('InsufficientEncryptionPolicyException names the key, its account and the key statements', async () => {
    aws.current.cloudtrail.on(CreateTrailCommand).rejects(
      new InsufficientEncryptionPolicyException({
        message: `Insufficient permissions to access S3 bucket ${BUCKET} or KMS key ${LA_KEY}.`,
        $metadata: {}
      })
    )
    const error = await failureOf(plan(settings({ 'kms-key-id': LA_KEY }), noTrail({ kmsKey: key })))
    const cause = error.cause as ActionError
    expect(cause.title).toBe('Key policy in another account does not let CloudTrail encrypt')
    expect(cause.message).toContain(`account ${LOG_ARCHIVE}`)
    expect(cause.help.fix).toContain('OrgTrailKmsEncrypt')
  })
})

describe('with log-archive-role-arn', () => {
  it("the bucket policy is read and written through the Log Archive session, the trail's writes through the management one", async () => {
    let stored: string | null = null
    aws.current.s3.on(GetBucketPolicyCommand).callsFake(async () => {
      if (stored === null)
        throw new S3ServiceException({
          name: 'NoSuchBucketPolicy',
          $fault: 'client',
          message: 'The bucket policy does not exist',
          $metadata: { httpStatusCode: 404 }
        })
      return { Policy: stored }
    })
    aws.current.s3.on(PutBucketPolicyCommand).callsFake(async (input: { Policy: string }) => {
      stored = input.Policy
      return {}
    })
    aws.current.cloudtrail.on(CreateTrailCommand).resolves({ TrailARN: TRAIL_ARN })
    aws.current.cloudtrail.on(StartLoggingCommand).resolves({})
    const thePlan = plan(
      settings({ 'log-archive-role-arn': ROLE }),
      noTrail({
        logArchive: { accountId: LOG_ARCHIVE, roleArn: ROLE },
        bucket: bucket({ expectedOwner: LOG_ARCHIVE, policy: ok<string | null>(null) })
      })
    )
    const clients = newClients()
    const result = await apply(
      thePlan,
      { allowDestructiveChanges: false },
      {
        clients,
        log: () => undefined,
        sleep: async () => undefined,
        logArchive: clients.withCredentials(LA_CREDENTIALS, { expectedBucketOwner: LOG_ARCHIVE })
      }
    )
    expect(result.applied.map((c) => c.kind)).toEqual(['put-bucket-policy', 'create-trail', 'start-logging'])
    const s3Keys = await Promise.all(aws.current.s3.calls().map(keyOf))
    expect(new Set(s3Keys)).toEqual(new Set([LA_CREDENTIALS.accessKeyId]))
    const trailKeys = await Promise.all(aws.current.cloudtrail.calls().map(keyOf))
    expect(new Set(trailKeys)).toEqual(new Set(['AKIDEXAMPLE']))
    expect(stored).toContain(`AWSLogs/${ACCOUNT}/*`)
  })

  it('a change marked for the Log Archive session without one is a fault, never a write with the wrong account', async () => {
    const thePlan = plan(
      settings({ 'log-archive-role-arn': ROLE }),
      noTrail({
        logArchive: { accountId: LOG_ARCHIVE, roleArn: ROLE },
        bucket: bucket({ expectedOwner: LOG_ARCHIVE, policy: ok<string | null>(null) })
      })
    )
    aws.current.cloudtrail.on(CreateTrailCommand).resolves({ TrailARN: TRAIL_ARN })
    const error = await apply(
      thePlan,
      { allowDestructiveChanges: false },
      { clients: newClients(), log: () => undefined, sleep: async () => undefined }
    ).then(
      () => null,
      (e: unknown) => e as ApplyError
    )
    expect(error?.cause).toBeInstanceOf(Error)
    expect(aws.current.s3.calls()).toHaveLength(0)
  })
})
