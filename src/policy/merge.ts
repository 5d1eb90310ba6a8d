// Merging org-trail's own statements into a policy someone else may also write: only ever adding.
import { list, principalServices, sidSuffix, unionKeep, type PolicyDocument, type Statement } from './document.js'

export interface MergeResult {
  readonly policy: PolicyDocument
  /** The Sids added or extended; empty when the policy already granted everything. */
  readonly changedSids: string[]
}

/** A statement carrying one of our Sids that we may extend: an Allow for the same service, nothing inverted. */
function isOwnShaped(statement: Statement, fresh: Statement): boolean {
  const services = principalServices(fresh.Principal)
  return (
    statement.Sid === fresh.Sid &&
    statement.Effect === fresh.Effect &&
    services.every((s) => principalServices(statement.Principal).includes(s)) &&
    statement.NotAction === undefined &&
    statement.NotResource === undefined &&
    statement.NotPrincipal === undefined
  )
}

/**
 * Extends an own statement so that it also grants what `fresh` grants. Only adds: actions, resources and,
 * where the statement is scoped by aws:SourceArn, the new ARN. Its principal and other conditions stay.
 */
function extend(existing: Statement, fresh: Statement): Statement {
  const freshArns = list(fresh.Condition?.StringEquals?.['aws:SourceArn'])
  const existingArns = existing.Condition?.StringEquals?.['aws:SourceArn']
  const extended: Statement = {
    ...existing,
    Action: unionKeep(existing.Action, list(fresh.Action)),
    Resource: unionKeep(existing.Resource, list(fresh.Resource))
  }
  if (existing.Condition?.StringEquals && existingArns !== undefined) {
    extended.Condition = {
      ...existing.Condition,
      StringEquals: { ...existing.Condition.StringEquals, 'aws:SourceArn': unionKeep(existingArns, freshArns) }
    }
  }
  return extended
}

/** Our Sid for one trail alone, used when a statement under our plain Sid cannot be extended to fit. */
export function perTrailSid(sid: string, trailArn: string): string {
  return `${sid}${sidSuffix(trailArn)}`
}

/**
 * Makes `policy` satisfy `satisfied` by merging our `fresh` statements. Statements we do not own are kept
 * exactly and in place; ours (found by Sid) are extended, never narrowed, so a resource shared by several
 * trails keeps every trail's grant. A policy that already satisfies is returned unchanged.
 */
export function mergeOwnStatements(
  policy: PolicyDocument | null,
  fresh: readonly Statement[],
  satisfied: (policy: PolicyDocument) => boolean,
  trailArn: string
): MergeResult {
  if (policy !== null && satisfied(policy)) return { policy, changedSids: [] }
  const base: PolicyDocument = policy ?? { Version: '2012-10-17', Statement: [] }

  const statements = [...base.Statement]
  const changedSids = new Set<string>()
  for (const statement of fresh) {
    const sid = statement.Sid as string
    const index = statements.findIndex((s) => isOwnShaped(s, statement))
    if (index === -1) {
      // Sids are unique in a bucket policy: if someone else's statement has ours, ours gets a trail suffix.
      const free = statements.some((s) => s.Sid === sid) ? perTrailSid(sid, trailArn) : sid
      if (!statements.some((s) => s.Sid === free)) {
        statements.push({ ...statement, Sid: free })
        changedSids.add(free)
      }
      continue
    }
    const current = statements[index] as Statement
    const extended = extend(current, statement)
    if (JSON.stringify(extended) !== JSON.stringify(current)) {
      statements[index] = extended
      changedSids.add(sid)
    }
  }

  // A statement of ours narrowed by hand (another condition, say) may still not grant this trail: add
  // statements for this trail alone rather than widen what someone chose to restrict.
  if (!satisfied({ ...base, Statement: statements })) {
    for (const statement of fresh) {
      const sid = perTrailSid(statement.Sid as string, trailArn)
      if (!statements.some((s) => s.Sid === sid)) {
        statements.push({ ...statement, Sid: sid })
        changedSids.add(sid)
      }
    }
  }
  return {
    policy: { ...base, Version: base.Version ?? '2012-10-17', Statement: statements },
    changedSids: [...changedSids]
  }
}
