// Shared set-up of the service tests: every AWS client org-trail uses is mocked with aws-sdk-client-mock,
// and a command nobody configured fails loudly instead of resolving `undefined` (the library's default).
//
// aws-sdk-client-mock stubs `send` on the prototype of the client class it is given. The tests import the
// client classes from the same specifiers as src/ does, and Jest resolves both to the same CommonJS build
// of each SDK package (they have no "exports" map, so `main` wins), in the same module registry: one class,
// one prototype, and the stub sees every client `new Clients(...)` makes, created before or after mocking.
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail'
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs'
import { IAMClient } from '@aws-sdk/client-iam'
import { KMSClient } from '@aws-sdk/client-kms'
import { OrganizationsClient } from '@aws-sdk/client-organizations'
import { S3Client } from '@aws-sdk/client-s3'
import { SNSClient } from '@aws-sdk/client-sns'
import { STSClient } from '@aws-sdk/client-sts'
import { mockClient, type AwsClientStub } from 'aws-sdk-client-mock'
import { Clients } from '../../src/aws/clients.js'
import { REGION } from './fixtures.js'

export const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' }

// Belt and braces: were a request ever to get past the mocks (a call made after a test restored them),
// it goes to a closed local port, never to AWS, and no credential lookup asks the instance metadata.
process.env.AWS_ENDPOINT_URL = 'http://127.0.0.1:9'
process.env.AWS_EC2_METADATA_DISABLED = 'true'

/** The client factory as main.ts builds it, with fake credentials: nothing here may reach AWS. */
export function newClients(region = REGION): Clients {
  return new Clients({ region, credentials: CREDENTIALS })
}

export interface AwsMocks {
  readonly cloudtrail: AwsClientStub<CloudTrailClient>
  readonly s3: AwsClientStub<S3Client>
  readonly iam: AwsClientStub<IAMClient>
  readonly organizations: AwsClientStub<OrganizationsClient>
  readonly sts: AwsClientStub<STSClient>
  readonly kms: AwsClientStub<KMSClient>
  readonly logs: AwsClientStub<CloudWatchLogsClient>
  readonly sns: AwsClientStub<SNSClient>
  /** Commands sent that no test configured, as "service.Command". */
  readonly unmocked: string[]
  restore(): void
}

/** Raised by any command nobody mocked: never a silent `undefined` answer. */
export class UnmockedCommandError extends Error {
  override readonly name = 'UnmockedCommand'
}

type DefaultBehaviour = { callsFake(fn: (command: { constructor: { name: string } }) => unknown): unknown }

function strict<T extends { send: unknown }>(service: string, stub: T, unmocked: string[]): T {
  // The stub's own default behaviour: used when no `.on(Command)` matches, and when a matching
  // `...Once` behaviour is used up.
  const send = stub.send as DefaultBehaviour
  send.callsFake((command) => {
    const name = `${service}.${command.constructor.name}`
    unmocked.push(name)
    return Promise.reject(new UnmockedCommandError(`unmocked AWS call ${name}: configure it in the test`))
  })
  return stub
}

export function mockAws(): AwsMocks {
  const unmocked: string[] = []
  const mocks = {
    cloudtrail: strict('cloudtrail', mockClient(CloudTrailClient), unmocked),
    s3: strict('s3', mockClient(S3Client), unmocked),
    iam: strict('iam', mockClient(IAMClient), unmocked),
    organizations: strict('organizations', mockClient(OrganizationsClient), unmocked),
    sts: strict('sts', mockClient(STSClient), unmocked),
    kms: strict('kms', mockClient(KMSClient), unmocked),
    logs: strict('logs', mockClient(CloudWatchLogsClient), unmocked),
    sns: strict('sns', mockClient(SNSClient), unmocked)
  }
  return {
    ...mocks,
    unmocked,
    restore: () => Object.values(mocks).forEach((m) => m.restore())
  }
}

/**
 * Fresh mocks for each test of the file, restored after it; a test that sent a command nobody mocked
 * fails even when the code under test turned the rejection into a finding.
 */
export function useAwsMocks(): { readonly current: AwsMocks } {
  const holder: { current: AwsMocks } = { current: undefined as unknown as AwsMocks }
  beforeEach(() => {
    holder.current = mockAws()
  })
  afterEach(() => {
    const leaked = [...holder.current.unmocked]
    holder.current.restore()
    expect(leaked).toEqual([])
  })
  return holder
}

/** The region of the client that sent a recorded command: where the call went. */
export async function regionOf(call: { thisValue: unknown }): Promise<string> {
  const client = call.thisValue as { config: { region: () => Promise<string> } }
  return client.config.region()
}

/** Each recorded command as [region it was sent to, its input]. */
export async function sentTo(
  calls: readonly { thisValue: unknown; args: [{ input: object }] }[]
): Promise<[string, object][]> {
  return Promise.all(calls.map(async (c) => [await regionOf(c), c.args[0].input] as [string, object]))
}

export interface Deferred {
  readonly promise: Promise<void>
  release(): void
}

export function deferred(): Deferred {
  let release = () => {}
  const promise = new Promise<void>((resolve) => {
    release = resolve
  })
  return { promise, release }
}

/**
 * Fails with what had started when `promise` cannot settle: a deadlock guard for the concurrency tests
 * (they hold every call until all expected calls have started), not a measure of time.
 */
export async function orDeadlock<T>(promise: Promise<T>, started: () => readonly string[], ms = 5000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`deadlock: only these calls had started: ${started().join(', ') || '(none)'}`)),
      ms
    )
  })
  try {
    return await Promise.race([promise, guard])
  } finally {
    clearTimeout(timer)
  }
}

/** Lets every pending promise and I/O callback run: a write "in flight" for the ordering tests. */
export const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))
