import { ApplyError } from './apply/error.js'
import type { Identity } from './aws/session.js'
import type { LogIntegrity } from './integrity/types.js'
import { integrityFailure } from './integrity/verdict.js'
import { managementEventCoverage } from './observe/event-coverage.js'
import type {
  InsightSelectorState,
  Observed,
  ObservedSelectors,
  ObservedTrail,
  Read,
  Reread,
  TrailConfig,
  TrailStatus
} from './observe/types.js'
import { contextOf } from './plan/index.js'
import { changeCount } from './plan/change-count.js'
import { checkPosture } from './plan/posture.js'
import type { Change, Finding, Manager, MembersReview, Plan } from './plan/types.js'
import { plural } from './plan/wording.js'
import type { Mode, Settings } from './settings/types.js'

export type ApplyStatus = 'created' | 'updated' | 'unchanged' | 'blocked'
export type CheckStatus = 'in-sync' | 'drift' | 'blocked'
export type Status = ApplyStatus | CheckStatus

/** Everything the report shows: the end state, and how the run got there. */
export interface Outcome {
  readonly mode: Mode
  readonly status: Status
  readonly trailName: string
  readonly trailArn: string
  readonly homeRegion: string
  /** The trail as AWS reports it at the end; null when it does not exist. */
  readonly trail: TrailConfig | null
  readonly trailStatus: TrailStatus | null
  /** Its selectors, read with it; null when there is no trail or they could not be read. */
  readonly selectors: ObservedSelectors | null
  /** Its insight selectors and tags, read when declared; null when not read. */
  readonly insightSelectors: readonly InsightSelectorState[] | null
  readonly tags: Readonly<Record<string, string>> | null
  /** Every input as the run used it (Settings.effectiveInputs): what was declared. */
  readonly effectiveInputs: Readonly<Record<string, string>>
  readonly findings: readonly Finding[]
  /** apply: the writes made; check or blocked: the writes apply would make. */
  readonly changes: readonly Change[]
  /** True when another run created the trail first and this one took it over. */
  readonly adopted: boolean
  readonly identity: Identity
  readonly managementAccountId: string
  /** o-…; null when the organization could not be read. */
  readonly organizationId: string | null
  /** Why the step fails; empty when it succeeds. */
  readonly failures: readonly string[]
  /** The member-account inventory; absent when member-role-name is empty. */
  readonly members?: MembersReview
  /** Log verification; absent when verify-logs is empty. */
  readonly logIntegrity?: LogIntegrity
  /** The system that manages the trail (Control Tower, LZA): org-trail watched it and wrote nothing to it. */
  readonly managedBy?: Manager
}

/**
 * The writes in the plan's order, whatever order they finished in: apply runs the writes of a stage
 * together, so the order they complete in differs from run to run, and outputs must not.
 */
export function inPlanOrder(applied: readonly Change[], planned: readonly Change[]): Change[] {
  const rank = (c: Change) => {
    const i = planned.indexOf(c)
    return i === -1 ? planned.length : i
  }
  return applied
    .map((change, index) => ({ change, index }))
    .sort((a, b) => rank(a.change) - rank(b.change) || a.index - b.index)
    .map(({ change }) => change)
}

/**
 * The posture findings after a successful apply, judged on the trail as AWS reports it now (re-read)
 * and on the selectors this run wrote, in place of the plan's "now → after apply".
 */
export function postureAfterApply(
  settings: Settings,
  observed: Observed,
  final: { readonly trail: TrailConfig | null; readonly status: TrailStatus | null },
  applied: readonly Change[],
  findings: readonly Finding[]
): Finding[] {
  const wrote = applied.find((c) => c.kind === 'put-event-selectors')
  const created = applied.some((c) => c.kind === 'create-trail')
  const before = observed.trail
  const known = (selectors: ObservedSelectors) => ({
    managementEvents: { ok: true, value: managementEventCoverage(selectors.event, selectors.advanced) } as const,
    selectors: { ok: true, value: selectors } as const
  })
  // A trail this run created (or that there was none of before) has CloudTrail's default selectors.
  const events = wrote
    ? known({ event: wrote.eventSelectors ?? [], advanced: wrote.advancedEventSelectors ?? [] })
    : created || before === null
      ? known({ event: [], advanced: [] })
      : { managementEvents: before.managementEvents, selectors: before.selectors }
  const trail: ObservedTrail | null = final.trail
    ? {
        config: final.trail,
        status: final.status
          ? { ok: true, value: final.status }
          : (before?.status ?? { ok: true, value: { isLogging: false } }),
        ...events
      }
    : null
  const rejudged = checkPosture(contextOf(settings, { ...observed, trail }), { afterApply: false }).map(
    (s) => s.finding
  )
  return [...findings.filter((f) => f.category !== 'posture'), ...rejudged]
}

export function statusOf(mode: Mode, plan: Plan, applied: { created: boolean; count: number } | null): Status {
  if (plan.blocked) return 'blocked'
  if (mode === 'check') return plan.changes.length > 0 ? 'drift' : 'in-sync'
  if (applied?.created) return 'created'
  return applied && applied.count > 0 ? 'updated' : 'unchanged'
}

/** Why the step should fail, per the inputs that decide it; blockers always do. */
export function failuresOf(
  settings: Settings,
  status: Status,
  findings: readonly Finding[],
  changes: readonly Change[]
): string[] {
  const failures: string[] = []
  const blockers = findings.filter((f) => f.severity === 'blocker')
  if (blockers.length > 0) {
    failures.push(`${plural(blockers.length, 'blocker')}: ${blockers.map((b) => b.title).join('; ')}`)
  }
  if (status === 'drift' && settings.failOnDrift) {
    failures.push(`Drift: apply would make ${plural(changeCount(changes), 'change')} (fail-on-drift is true)`)
  }
  // A control apply would fix is drift, not a posture failure: it fails with fail-on-drift.
  const posture = findings.filter((f) => f.category === 'posture' && f.severity === 'warning')
  if (settings.failOnPosture && posture.length > 0) {
    failures.push(
      `${plural(posture.length, 'posture finding')}: ${posture.map((p) => p.id).join(', ')} (fail-on-posture is true)`
    )
  }
  return failures
}

/** What apply wrote, and the trail as AWS reports it afterwards (re-read). */
export interface Applied {
  readonly result: {
    readonly applied: readonly Change[]
    readonly trailArn: string
    readonly created: boolean
    /** Another run created the trail first and this one took it over. */
    readonly adopted: boolean
  }
  readonly final: Reread
}

/** A read's value; null when it failed or was not made. */
const valueOf = <T>(read: Read<T> | undefined): T | null => (read?.ok ? read.value : null)

/** The organization's id (o-…); null when the organization could not be read. */
export function organizationIdOf(observed: Observed): string | null {
  return observed.organization.ok ? (observed.organization.value?.id ?? null) : null
}

/**
 * The Outcome of a run that got to its plan: after apply (`applied`), the trail as re-read and the writes
 * made, with the posture judged again; otherwise (check mode, blocked, nothing to write) the trail as
 * observed and the writes apply would make.
 */
export function outcomeOf(settings: Settings, observed: Observed, plan: Plan, applied: Applied | null): Outcome {
  const base = {
    mode: settings.mode,
    trailName: settings.trail.name,
    findings: plan.findings,
    identity: observed.identity,
    managementAccountId: plan.managementAccountId,
    organizationId: organizationIdOf(observed),
    homeRegion: plan.homeRegion,
    effectiveInputs: settings.effectiveInputs,
    ...(plan.members ? { members: plan.members } : {}),
    ...(plan.managedBy ? { managedBy: plan.managedBy } : {})
  }
  if (applied) {
    const { result, final } = applied
    const changes = inPlanOrder(result.applied, plan.changes)
    const status = statusOf(settings.mode, plan, { created: result.created, count: changes.length })
    const findings = postureAfterApply(settings, observed, final, changes, plan.findings)
    return {
      ...base,
      findings,
      status,
      trailArn: result.trailArn,
      trail: final.trail,
      trailStatus: final.status,
      selectors: final.selectors,
      insightSelectors: final.insightSelectors,
      tags: final.tags,
      changes,
      adopted: result.adopted,
      failures: failuresOf(settings, status, findings, changes)
    }
  }
  const status = statusOf(settings.mode, plan, null)
  return {
    ...base,
    status,
    trailArn: plan.trailArn,
    trail: observed.trail?.config ?? null,
    trailStatus: valueOf(observed.trail?.status),
    selectors: valueOf(observed.trail?.selectors),
    insightSelectors: valueOf(observed.trail?.insights),
    tags: valueOf(observed.trail?.tags),
    changes: plan.changes,
    adopted: false,
    failures: failuresOf(settings, status, plan.findings, plan.changes)
  }
}

/** The Outcome with the verification of its logs, which fails the step unless fail-on-log-integrity is false. */
export function withLogIntegrity(outcome: Outcome, logIntegrity: LogIntegrity, failOnProblem: boolean): Outcome {
  const failure = failOnProblem ? integrityFailure(logIntegrity) : null
  return { ...outcome, logIntegrity, failures: failure ? [...outcome.failures, failure] : outcome.failures }
}

/** How far a run with valid inputs got before an error stopped it: what its failure report can say. */
export interface Progress {
  readonly settings: Settings
  /** Known once the session is open. */
  readonly identity: Identity | null
  /** Known once the plan is made, with the organization it was made for. */
  readonly planned: { readonly plan: Plan; readonly organizationId: string | null } | null
}

/**
 * The writes made before the error, reported in the plan's order as the changes output would have been;
 * none unless apply failed part-way.
 */
export function writtenBefore(error: unknown, plan: Plan | null): Change[] {
  if (!(error instanceof ApplyError)) return []
  return plan ? plan.changes.filter((c) => error.applied.includes(c)) : [...error.applied]
}

/** What is known of a run that stopped on an error after its inputs were valid: as far as it got. */
export interface FailedRun {
  readonly mode: Mode
  /** Every input as the run used it. */
  readonly effectiveInputs: Readonly<Record<string, string>>
  readonly trailName: string
  readonly homeRegion: string
  /** Known once the session is open. */
  readonly identity: { readonly accountId: string; readonly arn: string } | null
  /** Known once the plan is made. */
  readonly plan: {
    readonly trailArn: string
    readonly managementAccountId: string
    readonly organizationId: string | null
    readonly findings: readonly Finding[]
  } | null
  readonly error: { readonly title: string; readonly message: string }
  /** The writes made before the error, in the order they were made. */
  readonly applied: readonly Change[]
}

/** The record of a run that stopped on an error, as far as it got. */
export function failedRunOf(progress: Progress, error: FailedRun['error'], applied: readonly Change[]): FailedRun {
  const { settings, identity, planned } = progress
  return {
    mode: settings.mode,
    effectiveInputs: settings.effectiveInputs,
    trailName: settings.trail.name,
    homeRegion: settings.region,
    identity,
    plan: planned
      ? {
          trailArn: planned.plan.trailArn,
          managementAccountId: planned.plan.managementAccountId,
          organizationId: planned.organizationId,
          findings: planned.plan.findings
        }
      : null,
    error,
    applied
  }
}
