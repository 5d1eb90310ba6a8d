// Chained role sessions last at most one hour: sts:AssumeRole called with the credentials of an assumed
// role (from AssumeRole or AssumeRoleWithWebIdentity) and DurationSeconds above 3600 is refused with
// 400 ValidationError, in STS's words. moto grants any duration.

export const CHAINED_DURATION_MESSAGE =
  'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.'

/**
 * @param {{ sessionOf: (accessKeyId: string | undefined) => unknown }} options   the caller's role session, if any
 * @returns {import('./index.mjs').Behaviour}
 */
export function roleChainingBehaviour({ sessionOf }) {
  return {
    name: 'role-chaining',
    request(ctx) {
      if (ctx.service !== 'sts' || ctx.operation !== 'AssumeRole' || !sessionOf(ctx.accessKeyId)) return undefined
      const duration = Number(ctx.form().get('DurationSeconds') ?? ctx.url.searchParams.get('DurationSeconds') ?? 3600)
      return duration > 3600 ? ctx.error(400, 'ValidationError', CHAINED_DURATION_MESSAGE) : undefined
    }
  }
}
