import { CloudTrailClient, type CloudTrailClientConfig } from '@aws-sdk/client-cloudtrail'
import type { AccountClient } from '@aws-sdk/client-account'
import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs'
import type { KMSClient } from '@aws-sdk/client-kms'
import type { SNSClient } from '@aws-sdk/client-sns'
import { IAMClient } from '@aws-sdk/client-iam'
import { OrganizationsClient } from '@aws-sdk/client-organizations'
import { S3Client } from '@aws-sdk/client-s3'
import { STSClient } from '@aws-sdk/client-sts'
import { AdaptiveRetryStrategy } from '@smithy/core/retry'
import type { AwsCredentialIdentity, RetryErrorInfo, RetryToken, StandardRetryToken } from '@smithy/types'
import { VERSION } from './user-agent.js'

/**
 * Transient errors (throttling, 5xx, resets) are the SDK's job: adaptive mode also slows down when
 * CloudTrail's ~1 request/second write limit pushes back. Bounded so a dead endpoint fails the run.
 */
export const MAX_ATTEMPTS = 6

/**
 * AWS's answers for "this resource is busy with another write: wait, then send it again": S3's
 * OperationAborted (overlapping configuration writes on one bucket) and CloudTrail's ConflictException
 * (overlapping writes on one trail, or a trail still loading after CreateTrail). The SDK classifies both
 * as client errors and does not retry them.
 */
export const BUSY_RESOURCE_ERRORS: ReadonlySet<string> = new Set(['OperationAborted', 'ConflictException'])

/**
 * The SDK's adaptive strategy, which also retries a busy resource's refusal, as it retries throttling:
 * the same bounded attempts, exponential backoff from a 1 s base with jitter, and a lower send rate
 * meanwhile. (The SDK decides retryability from the error type it passes in, so that is what is changed.)
 */
export class BusyResourceRetryStrategy extends AdaptiveRetryStrategy {
  override refreshRetryTokenForRetry(token: StandardRetryToken, errorInfo: RetryErrorInfo): Promise<RetryToken> {
    const busy = errorInfo.error !== undefined && BUSY_RESOURCE_ERRORS.has(errorInfo.error.name)
    return super.refreshRetryTokenForRetry(token, busy ? { ...errorInfo, errorType: 'THROTTLING' } : errorInfo)
  }
}

export interface ClientOptions {
  /** The trail's home region. */
  readonly region: string
  /** Absent: the SDK's default credential chain. */
  readonly credentials?: AwsCredentialIdentity
  /** The HTTP handler of CloudTrail clients, shared by the sessions of many accounts to reuse connections. */
  readonly requestHandler?: CloudTrailClientConfig['requestHandler']
  /**
   * Set on the Log Archive session: every S3 request carries it as ExpectedBucketOwner, so that S3 refuses
   * (403) to read or write a bucket of that name owned by any other account (a look-alike).
   */
  readonly expectedBucketOwner?: string
}

/**
 * Adds ExpectedBucketOwner to every S3 command's input. A command without that member (CreateBucket:
 * S3 does not support the condition there) is serialized without it.
 */
export function expectBucketOwner(s3: S3Client, accountId: string): void {
  s3.middlewareStack.add(
    (next) => (args) =>
      next({ ...args, input: { ...args.input, ExpectedBucketOwner: accountId } as typeof args.input }),
    { step: 'initialize', name: 'orgTrailExpectedBucketOwner' }
  )
}

function common(region: string, credentials: AwsCredentialIdentity | undefined) {
  return {
    region,
    // The strategy is the SDK's adaptive one (retryMode: 'adaptive'), extended; one per client, as the
    // SDK makes it, so that its send rate is that client's. maxAttempts still names the bound in each
    // request's amz-sdk-request header.
    maxAttempts: MAX_ATTEMPTS,
    retryStrategy: new BusyResourceRetryStrategy(MAX_ATTEMPTS),
    customUserAgent: `org-trail/${VERSION}`,
    ...(credentials ? { credentials } : {})
  }
}

/**
 * One factory for every client: region, credentials, retries and user agent are set here only.
 * Endpoints come from the SDK's standard configuration (AWS_ENDPOINT_URL), never from code.
 */
export class Clients {
  private readonly trails = new Map<string, CloudTrailClient>()
  private readonly regional = new Map<string, Promise<KMSClient | CloudWatchLogsClient | SNSClient | AccountClient>>()
  private org?: OrganizationsClient
  private iamClient?: IAMClient
  private s3Client?: S3Client
  private stsClient?: STSClient

  constructor(private readonly options: ClientOptions) {}

  get region(): string {
    return this.options.region
  }

  /** CloudTrail in the given region: a trail's writes must go to its home region. */
  cloudtrail(region: string = this.options.region): CloudTrailClient {
    let client = this.trails.get(region)
    if (!client) {
      const { requestHandler } = this.options
      client = new CloudTrailClient({
        ...common(region, this.options.credentials),
        ...(requestHandler ? { requestHandler } : {})
      })
      this.trails.set(region, client)
    }
    return client
  }

  /**
   * KMS, CloudWatch Logs and SNS live where the key, group or topic is. Their SDK packages load only when
   * a run declares one of them, which keeps every other run's start fast.
   */
  kms(region: string = this.options.region): Promise<KMSClient> {
    return this.regionalClient(
      `kms:${region}`,
      async () => new (await import('@aws-sdk/client-kms')).KMSClient(common(region, this.options.credentials))
    )
  }

  logs(region: string = this.options.region): Promise<CloudWatchLogsClient> {
    return this.regionalClient(
      `logs:${region}`,
      async () =>
        new (await import('@aws-sdk/client-cloudwatch-logs')).CloudWatchLogsClient(
          common(region, this.options.credentials)
        )
    )
  }

  sns(region: string = this.options.region): Promise<SNSClient> {
    return this.regionalClient(
      `sns:${region}`,
      async () => new (await import('@aws-sdk/client-sns')).SNSClient(common(region, this.options.credentials))
    )
  }

  /** Account Management (the account's enabled regions): its package loads only for log verification. */
  account(): Promise<AccountClient> {
    return this.regionalClient(
      'account',
      async () =>
        new (await import('@aws-sdk/client-account')).AccountClient(
          common(this.options.region, this.options.credentials)
        )
    )
  }

  private regionalClient<T extends KMSClient | CloudWatchLogsClient | SNSClient | AccountClient>(
    key: string,
    make: () => Promise<T>
  ): Promise<T> {
    let client = this.regional.get(key) as Promise<T> | undefined
    if (!client) {
      client = make()
      this.regional.set(key, client)
    }
    return client
  }

  organizations(): OrganizationsClient {
    this.org ??= new OrganizationsClient(common(this.options.region, this.options.credentials))
    return this.org
  }

  iam(): IAMClient {
    this.iamClient ??= new IAMClient(common(this.options.region, this.options.credentials))
    return this.iamClient
  }

  s3(): S3Client {
    if (!this.s3Client) {
      // The log bucket may live in another region than the trail.
      this.s3Client = new S3Client({
        ...common(this.options.region, this.options.credentials),
        followRegionRedirects: true
      })
      if (this.options.expectedBucketOwner) expectBucketOwner(this.s3Client, this.options.expectedBucketOwner)
    }
    return this.s3Client
  }

  /** The account every S3 request of this factory's session expects to own the bucket; undefined: none. */
  get expectedBucketOwner(): string | undefined {
    return this.options.expectedBucketOwner
  }

  /**
   * The same factory for another session (a member account's): its CloudTrail clients share this one's
   * connections, so inspecting a thousand accounts does not open a thousand connection pools.
   */
  withCredentials(credentials: AwsCredentialIdentity, extra: Pick<ClientOptions, 'expectedBucketOwner'> = {}): Clients {
    // Another session: this one's ExpectedBucketOwner is not carried over.
    return new Clients({
      region: this.options.region,
      credentials,
      requestHandler: this.cloudtrail().config.requestHandler,
      ...extra
    })
  }

  /** STS with this session's credentials: the member inventory assumes member roles from it. */
  sts(): STSClient {
    this.stsClient ??= Clients.sts(this.options.region, this.options.credentials)
    return this.stsClient
  }

  static sts(region: string, credentials?: AwsCredentialIdentity): STSClient {
    return new STSClient(common(region, credentials))
  }
}
