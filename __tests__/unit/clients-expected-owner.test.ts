// The Log Archive session's guard against a look-alike bucket: every S3 request names the account that
// must own the bucket (x-amz-expected-bucket-owner), except CreateBucket, where S3 has no such condition.
import { CreateBucketCommand, GetBucketPolicyCommand, PutBucketPolicyCommand, S3Client } from '@aws-sdk/client-s3'
import type { HttpRequest } from '@smithy/types'
import { Clients, expectBucketOwner } from '../../src/aws/clients.js'

const LOG_ARCHIVE = '222233334444'

/** An S3 client that records each request's headers and answers 200 with an empty body. */
function recordingS3(): { s3: S3Client; headers: Record<string, string>[] } {
  const headers: Record<string, string>[] = []
  const s3 = new S3Client({
    region: 'us-east-1',
    endpoint: 'http://127.0.0.1:9',
    forcePathStyle: true,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
    requestHandler: {
      handle: async (request: HttpRequest) => {
        headers.push({ ...request.headers })
        const { Readable } = await import('node:stream')
        return { response: { statusCode: 200, headers: {}, body: Readable.from([]) } }
      }
    }
  })
  return { s3, headers }
}

describe('expectBucketOwner', () => {
  it('sends ExpectedBucketOwner with bucket reads and writes', async () => {
    const { s3, headers } = recordingS3()
    expectBucketOwner(s3, LOG_ARCHIVE)
    await s3.send(new GetBucketPolicyCommand({ Bucket: 'logs' })).catch(() => undefined)
    await s3.send(new PutBucketPolicyCommand({ Bucket: 'logs', Policy: '{}' })).catch(() => undefined)
    expect(headers.map((h) => h['x-amz-expected-bucket-owner'])).toEqual([LOG_ARCHIVE, LOG_ARCHIVE])
  })

  it('leaves CreateBucket without it, which S3 does not support there', async () => {
    const { s3, headers } = recordingS3()
    expectBucketOwner(s3, LOG_ARCHIVE)
    await s3.send(new CreateBucketCommand({ Bucket: 'logs' })).catch(() => undefined)
    expect(headers).toHaveLength(1)
    expect(headers[0]?.['x-amz-expected-bucket-owner']).toBeUndefined()
  })

  it('a client without it sends none', async () => {
    const { s3, headers } = recordingS3()
    await s3.send(new GetBucketPolicyCommand({ Bucket: 'logs' })).catch(() => undefined)
    expect(headers[0]?.['x-amz-expected-bucket-owner']).toBeUndefined()
  })
})

describe('Clients.withCredentials', () => {
  const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' }
  it("gives the Log Archive session's factory its expected owner, and never passes it on", () => {
    const management = new Clients({ region: 'us-east-1', credentials })
    const logArchive = management.withCredentials(credentials, { expectedBucketOwner: LOG_ARCHIVE })
    expect(management.expectedBucketOwner).toBeUndefined()
    expect(logArchive.expectedBucketOwner).toBe(LOG_ARCHIVE)
    expect(logArchive.withCredentials(credentials).expectedBucketOwner).toBeUndefined()
  })
})
