// Waiting for AWS to see a write: the one mechanism behind every domain wait of apply. AWS documents these
// delays only as "a short amount of time" (S3's consistency model: bucket configurations, a new bucket;
// IAM and Organizations changes; policies CloudTrail checks): how long is not documented anywhere.
// A wait is paced by AWS's answers: the request (or read) is tried again after a short delay that
// doubles up to a cap, and stops as soon as AWS shows the write, within a bound named below.
import { ActionError, AwsCallError, errorCode, errorMessage } from '../aws/errors.js'
import { explain } from '../aws/explain.js'
import type { Change } from '../plan/types.js'
import type { FoundGrant } from '../plan/types.js'
import { WRITE_KINDS, writeOf } from '../plan/writes.js'

/** What a bounded wait needs: where to say it waits, and how (injected so tests of the waits take no time). */
export interface Waiting {
  readonly log: (message: string) => void
  readonly sleep: (ms: number) => Promise<void>
}

/**
 * The pace of every wait: 0.5 s, doubling to 5 s, two minutes in all (the time terraform-provider-aws gives
 * S3 and IAM changes to propagate). A window of a few seconds costs about that, with at most one delay too
 * many; a write AWS never shows fails after two minutes, having sent about 27 requests.
 */
export const PACE = { firstMs: 500, capMs: 5000, totalMs: 120_000 } as const

/** The delays between tries, derived from the pace: they add up to its total exactly. */
export const PROPAGATION_DELAYS_MS: readonly number[] = (() => {
  const delays: number[] = []
  for (let total = 0, next: number = PACE.firstMs; total < PACE.totalMs; next = Math.min(next * 2, PACE.capMs)) {
    const delay = Math.min(next, PACE.totalMs - total)
    delays.push(delay)
    total += delay
  }
  return delays
})()

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))}s`

/** One try of something AWS may not show yet: its value, or why it is not there yet and what to fail with. */
export type Attempt<T> =
  | { readonly seen: true; readonly value: T }
  | { readonly seen: false; readonly reason: string; readonly failure: () => Error }

/**
 * Tries until AWS shows what was written, paced by PROPAGATION_DELAYS_MS; each wait is logged with why.
 * When the delays run out, the last try's failure is thrown.
 */
export async function untilSeen<T>(deps: Waiting, attempt: () => Promise<Attempt<T>>): Promise<T> {
  for (let wait = 0; ; wait++) {
    const result = await attempt()
    if (result.seen) return result.value
    const delay = PROPAGATION_DELAYS_MS[wait]
    if (delay === undefined) throw result.failure()
    deps.log(
      `${result.reason}; waiting ${seconds(delay)} (wait ${wait + 1} of at most ${PROPAGATION_DELAYS_MS.length}, ${seconds(PACE.totalMs)} in all)`
    )
    await deps.sleep(delay)
  }
}

/** A grant AWS may not see yet: `what` it is, for people, and whether this run made it or found it in place. */
interface Pending {
  readonly errors: readonly string[]
  readonly what: string
  readonly madeByThisRun: boolean
}

/**
 * What an error of a later request may be about: each grant this run made whose kind of write lists the
 * error (plan/writes.ts), and each grant the plan found in place, which someone may have made moments
 * before this run. Without one the error is permanent and reported at once.
 */
function pendingGrants(applied: readonly Change[], found: readonly FoundGrant[]): Pending[] {
  return [
    ...found.flatMap((f) => {
      const propagation = WRITE_KINDS[f.kind].propagation
      return propagation ? [{ errors: propagation.errors, what: f.what, madeByThisRun: false }] : []
    }),
    ...applied.flatMap((change) => {
      const propagation = writeOf(change).propagation
      if (!propagation) return []
      const errors = [...propagation.errors, ...(propagation.sharedErrors ?? [])]
      return [{ errors, what: propagation.granted(change), madeByThisRun: true }]
    })
  ]
}

/** CloudTrail's refusals of the CloudWatch Logs role or log group: "Access denied." after IAM changes, maybe not yet seen. */
const CLOUDWATCH_ERRORS = new Set([
  'InvalidCloudWatchLogsRoleArnException',
  'InvalidCloudWatchLogsLogGroupArnException'
])

/** The services whose answers a wait is about, named for the log. */
const SERVICE_NAMES: Readonly<Record<string, string>> = { cloudtrail: 'CloudTrail', s3: 'S3', kms: 'KMS' }
const serviceOf = (error: unknown) =>
  (error instanceof AwsCallError ? SERVICE_NAMES[error.action.split(':')[0] ?? ''] : undefined) ?? 'AWS'

/** Why an error means "not yet", for the log; null when it does not. */
function notYet(error: unknown, pending: readonly Pending[]): { reason: string; concerned: Pending[] } | null {
  const code = errorCode(error)
  // "Access denied." for a CloudWatch Logs role right after someone changed it is IAM propagation.
  if (CLOUDWATCH_ERRORS.has(code) && /access denied/i.test(errorMessage(error)))
    return {
      reason: `${code}: CloudTrail does not see the CloudWatch Logs role as IAM has it now yet`,
      concerned: [{ errors: [code], what: 'the CloudWatch Logs role as IAM has it now', madeByThisRun: false }]
    }
  const concerned = pending.filter((p) => p.errors.includes(code))
  if (concerned.length === 0) return null
  const named = concerned.map((p) => (p.madeByThisRun ? `${p.what}, written by this run,` : `${p.what} as found`))
  return { reason: `${code}: ${serviceOf(error)} does not see ${named.join(' and ')} yet`, concerned }
}

/** A wait that ran out, explained; `refusal` is AWS's last answer, for what explains it better (apply/elsewhere.ts). */
export class NotSeenInTime extends ActionError {
  constructor(
    title: string,
    message: string,
    readonly refusal: unknown
  ) {
    super(title, message)
  }
}

/**
 * The failure once the wait ran out. For a grant this run made, AWS is most likely still catching up, so
 * the usual advice (for a grant missing all along: add a permission, a statement) is left to the next run,
 * which makes no such write; for a grant found in place, the usual advice comes first.
 */
function notSeenInTime(error: unknown, concerned: readonly Pending[]): NotSeenInTime {
  const { title, message } = explain(error)
  const waited = `org-trail waited ${seconds(PACE.totalMs)} for AWS to see ${concerned.map((p) => p.what).join(' and ')}`
  if (concerned.some((p) => p.madeByThisRun) && error instanceof AwsCallError) {
    const said = error.awsMessage.replace(/[.\s]+$/, '')
    return new NotSeenInTime(
      title,
      `${error.action} failed with ${error.code}: ${said}. ${waited}, made by this run, and AWS does not show it yet (how long that takes is not documented). Run again: the next run finds it made, and explains the refusal if it persists.`,
      error
    )
  }
  return new NotSeenInTime(title, `${message} (${waited}, in case it was made moments before this run.)`, error)
}

/**
 * Sends a write, and sends it again, paced, while AWS answers with an error that means it does not see a
 * grant yet: one this run made (the propagation column of plan/writes.ts) or one the plan found in place.
 */
export function withPropagation<T>(
  pending: () => { readonly applied: readonly Change[]; readonly found: readonly FoundGrant[] },
  deps: Waiting,
  send: () => Promise<T>
): Promise<T> {
  return untilSeen<T>(deps, async () => {
    try {
      return { seen: true, value: await send() }
    } catch (error) {
      const { applied, found } = pending()
      const why = notYet(error, pendingGrants(applied, found))
      if (why === null) throw error
      return { seen: false, reason: why.reason, failure: () => notSeenInTime(error, why.concerned) }
    }
  })
}
