// How long AWS takes to see its own writes, in one place: the eventually consistent behaviours (a policy
// CloudTrail does not see yet, a stale GetBucketPolicy, NoSuchBucket right after CreateBucket, CloudTrail's
// organization access right after trusted access or its service-linked role) share one window unless a
// behaviour's own option says otherwise. AWS documents these delays as "a short amount of time" (S3's
// consistency model) and terraform-provider-aws waits up to two minutes for them; the harness's default is
// short so that the suite stays fast, and a suite run with AWS_LAYER_PROPAGATION_MS=5000 checks that the
// action waits as long as AWS says, not as long as the harness happens to.

/** The default window, in milliseconds. */
export const DEFAULT_PROPAGATION_MS = 300

/** The environment variable that sets the window of every eventually consistent behaviour, in milliseconds. */
export const PROPAGATION_ENV = 'AWS_LAYER_PROPAGATION_MS'

/**
 * The window: the option when given, else the environment's, else the default.
 * @param {number | undefined} option
 * @param {Record<string, string | undefined>} [env]
 * @returns {number}
 */
export function propagationWindowMs(option, env = process.env) {
  if (option !== undefined) return option
  const raw = env[PROPAGATION_ENV]
  if (raw === undefined || raw.trim() === '') return DEFAULT_PROPAGATION_MS
  const ms = Number(raw)
  if (!Number.isFinite(ms) || ms < 0)
    throw new Error(`${PROPAGATION_ENV} must be a number of milliseconds, not "${raw}"`)
  return ms
}
