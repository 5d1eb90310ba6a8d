import type { Outcome } from '../outcome.js'
import { describeChanges } from './changes.js'
import { integrityAnnotation, logIntegrityOutput } from './log-integrity.js'
import { memberOutputs } from './members.js'

/** When the outputs that need a plan are there: docs/reference.md's Outputs section says it once more. */
const UNSET_ON_ERROR = 'Unset when the run stops on an error (then see `report-path`).'

/**
 * Every output of the action, once: its description, in action.yml and docs/reference.md word for word (`npm run
 * docs` writes both from this table; action-yml.test.ts and readme.test.ts fail when they disagree).
 */
export const OUTPUTS = {
  'trail-arn': {
    description: `ARN of the trail: as AWS reports it after the run, or the ARN it would have when it does not exist. An organization trail's ARN carries the management account id. ${UNSET_ON_ERROR}`
  },
  'home-region': { description: `Home region of the trail. ${UNSET_ON_ERROR}` },
  'is-logging': {
    description: `\`"true"\` when the trail is logging, else \`"false"\` (also when it does not exist). ${UNSET_ON_ERROR}`
  },
  status: {
    description: `apply mode: \`created\`, \`updated\`, \`unchanged\` or \`blocked\`; check mode: \`in-sync\`, \`drift\` or \`blocked\` (the README's Status values say what each means and when the step fails). With the deprecated \`mode: summarize\`: \`passed\` or \`failed\`. ${UNSET_ON_ERROR}`
  },
  changes: {
    description: `JSON array of \`{"what", "before", "after"}\` (with \`"logArchive": true\` for a write made through \`log-archive-role-arn\`) in plan order, whatever order the writes finished in: the changes made (apply), or the changes apply would make (check, and apply when \`blocked\`: then nothing was written). \`[]\` when none. One entry per row of the summary's changes table: its length is the count the headline and the log give. ${UNSET_ON_ERROR}`
  },
  findings: {
    description: `JSON array of \`{"id", "severity", "title", "detail", "remediation"}\`, every check that ran, \`ok\` ones included. Severity is \`blocker\`, \`fixable\`, \`warning\` or \`ok\`. A posture finding also carries \`"control": {"securityHub", "cis", "now", "afterApply"}\`: its Security Hub control id, its CIS AWS Foundations Benchmark v3.0.0 recommendation (\`null\` when v3.0.0 has none), and its state (\`pass\`, \`fail\`, \`unknown\`, \`no-trail\`, \`no-key\`) now and after apply (\`null\`: apply does not change it). ${UNSET_ON_ERROR}`
  },
  'report-path': {
    description:
      "Path of the run's JSON report. Set whenever the report was written: on every run past input validation, also when it ends in an error. Unset when it could not be written (a warning says why)."
  },
  'report-sha256': {
    description:
      "Hex SHA-256 of the report file's exact bytes, also written next to it as `<report-path>.sha256` (sha256sum's format) and printed in the log. Set with `report-path`."
  },
  'log-integrity': {
    description:
      'With `verify-logs`: `valid` (every digest and log file of the window verified), `invalid` (a digest or log file missing, altered or moved, or a broken chain), `stale` (an account and region whose newest digest is over two hours old) or `unverified` (something could not be read, or there was nothing to verify); `off` without `verify-logs`.'
  },
  'member-trails': {
    description: `With \`member-role-name\`: JSON array, one object per inspected account: \`accountId\`, \`name\`, \`status\` (\`ok\` or \`unreachable\`), \`reason\` (when unreachable) and \`trails\`, each \`{"name", "arn", "homeRegion", "isOrganizationTrail", "isMultiRegionTrail", "managementEvents"}\`: the account's own trails (an organization trail's shadows are not among them). Accounts that need attention come first. Kept under GitHub's 1 MB per output: accounts that would cross it are left out, and \`member-trails-truncated\` says so. Unset without \`member-role-name\`, and when the run stops on an error.`
  },
  'member-trails-truncated': {
    description:
      'With `member-role-name`: `"true"` when `member-trails` had to leave accounts out to stay under 1 MB (the summary\'s totals and the findings still count every account), else `"false"`. Unset without `member-role-name`, and when the run stops on an error.'
  }
} satisfies Record<string, { readonly description: string }>

export type OutputName = keyof typeof OUTPUTS

/** The step outputs, by name, as strings (report-path is set where the report is written). */
export function outputsOf(o: Outcome): Partial<Record<OutputName, string>> {
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
