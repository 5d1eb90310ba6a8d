import { errorCode } from '../aws/errors.js'
import type { Change } from '../plan/types.js'
import { writeOf } from '../plan/writes.js'

/** What a bounded wait needs: where to say it waits, and how (injected so tests of the waits take no time). */
export interface Waiting {
  readonly log: (message: string) => void
  readonly sleep: (ms: number) => Promise<void>
}

/** CloudTrail's refusals of the CloudWatch Logs role or log group: after IAM changes, maybe not yet seen. */
const CLOUDWATCH_ERRORS = new Set([
  'InvalidCloudWatchLogsRoleArnException',
  'InvalidCloudWatchLogsLogGroupArnException'
])
export const PROPAGATION_DELAYS_MS = [2000, 4000, 8000, 8000, 8000] as const

/**
 * What this run granted that an error may be about, named for the log: each write whose kind lists the
 * error (plan/writes.ts). Without one the error is permanent and reported at once.
 */
function grantsConcerned(applied: readonly Change[], code: string): string[] {
  return applied.flatMap((change) => {
    const propagation = writeOf(change).propagation
    return propagation?.errors.includes(code) ? [propagation.granted(change)] : []
  })
}

/** Retries a write, bounded, while AWS has not yet seen a grant this run just made; each wait is logged with what it waits for. */
export async function withPropagation<T>(
  applied: readonly Change[],
  deps: Waiting,
  send: () => Promise<T>
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send()
    } catch (error) {
      const code = errorCode(error)
      // "Access denied." for a CloudWatch Logs role right after someone changed it is IAM propagation.
      const iamPropagation = CLOUDWATCH_ERRORS.has(code) && /access denied/i.test((error as Error).message)
      const written = grantsConcerned(applied, code)
      const delay = PROPAGATION_DELAYS_MS[attempt]
      if ((!iamPropagation && written.length === 0) || delay === undefined) throw error
      const what = iamPropagation
        ? 'the CloudWatch Logs role as IAM has it now'
        : `${written.join(' and ')}, written by this run,`
      deps.log(
        `${code}: CloudTrail does not see ${what} yet; waiting ${delay / 1000}s (wait ${attempt + 1} of ${PROPAGATION_DELAYS_MS.length})`
      )
      await deps.sleep(delay)
    }
  }
}
