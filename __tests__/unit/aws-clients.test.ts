// The SDK's retry strategy, extended: a busy resource's refusal (S3 OperationAborted, CloudTrail
// ConflictException) is retried, as many times as the strategy allows and no more; any other client
// error is not retried.
import type { SdkError, StandardRetryToken } from '@smithy/types'
import { BusyResourceRetryStrategy } from '../../src/aws/clients.js'

const error = (name: string): SdkError =>
  Object.assign(new Error('refused'), {
    name,
    $metadata: { httpStatusCode: name === 'OperationAborted' ? 409 : 400 }
  }) as SdkError

/** Two attempts: one retry, whose backoff (at most a second) is waited for real. */
async function retriesOf(name: string): Promise<number> {
  const strategy = new BusyResourceRetryStrategy(2)
  let token = (await strategy.acquireInitialRetryToken('')) as StandardRetryToken
  let retries = 0
  for (;;) {
    try {
      token = (await strategy.refreshRetryTokenForRetry(token, {
        error: error(name),
        errorType: 'CLIENT_ERROR'
      })) as StandardRetryToken
      retries++
    } catch {
      return retries
    }
  }
}

describe('BusyResourceRetryStrategy', () => {
  it.each(['OperationAborted', 'ConflictException'])('retries %s, within the attempts allowed', async (name) => {
    expect(await retriesOf(name)).toBe(1)
  })

  it.each(['ValidationException', 'InvalidInsightSelectorsException'])('does not retry %s', async (name) => {
    expect(await retriesOf(name)).toBe(0)
  })
})
