import type { Identity } from './aws/session.js'
import type { TrailConfig, TrailStatus } from './observe/types.js'
import type { MembersReview } from './plan/members.js'
import type { Change, Finding, Plan } from './plan/types.js'
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
  readonly findings: readonly Finding[]
  /** apply: the writes made; check or blocked: the writes apply would make. */
  readonly changes: readonly Change[]
  /** True when another run created the trail first and this one took it over. */
  readonly adopted: boolean
  readonly identity: Identity
  readonly managementAccountId: string
  /** Why the step fails; empty when it succeeds. */
  readonly failures: readonly string[]
  /** The member-account inventory; absent when member-role-name is empty. */
  readonly members?: MembersReview
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
    failures.push(
      `${blockers.length} blocker${blockers.length > 1 ? 's' : ''}: ${blockers.map((b) => b.title).join('; ')}`
    )
  }
  if (status === 'drift' && settings.failOnDrift) {
    failures.push(
      `Drift: apply would make ${changes.length} change${changes.length > 1 ? 's' : ''} (fail-on-drift is true)`
    )
  }
  const posture = findings.filter((f) => f.category === 'posture' && f.severity !== 'ok')
  if (settings.failOnPosture && posture.length > 0) {
    failures.push(
      `${posture.length} posture finding${posture.length > 1 ? 's' : ''}: ${posture.map((p) => p.id).join(', ')} (fail-on-posture is true)`
    )
  }
  return failures
}
