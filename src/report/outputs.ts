import type { Outcome } from '../outcome.js'
import { describeChanges } from './changes.js'
import { integrityAnnotation, logIntegrityOutput } from './log-integrity.js'
import { memberOutputs } from './members.js'

/** The step outputs, by name, as strings. */
export function outputsOf(o: Outcome): Record<string, string> {
  return {
    'trail-arn': o.trail?.arn ?? o.trailArn,
    'home-region': o.trail?.homeRegion ?? o.homeRegion,
    'is-logging': String(o.trailStatus?.isLogging === true),
    status: o.status,
    changes: JSON.stringify(describeChanges(o.changes, o.trailName)),
    findings: JSON.stringify(
      o.findings.map(({ id, severity, title, detail, remediation, control }) => ({
        id,
        severity,
        title,
        detail,
        remediation,
        // Posture controls: the Security Hub and CIS ids auditors file them under, and the state now and after apply.
        ...(control ? { control } : {})
      }))
    ),
    ...(o.members ? memberOutputs(o.members) : {}),
    'log-integrity': logIntegrityOutput(o.logIntegrity)
  }
}

export interface Annotation {
  readonly level: 'error' | 'warning' | 'notice'
  readonly title: string
  readonly message: string
}

/** Blockers as errors, prerequisite warnings as warnings, posture warnings as notices: one each. */
export function annotationsOf(o: Outcome): Annotation[] {
  const findings = o.findings
    .filter((f) => f.severity === 'blocker' || f.severity === 'warning')
    .map((f): Annotation => ({
      level: f.severity === 'blocker' ? 'error' : f.category === 'posture' ? 'notice' : 'warning',
      title: `${f.id}: ${f.title}`,
      message: f.remediation ? `${f.detail}\nFix: ${f.remediation}` : f.detail
    }))
  const logs = o.logIntegrity ? integrityAnnotation(o.logIntegrity) : null
  return logs ? [...findings, logs] : findings
}
