// The organization trails that already exist beside the declared one. A second organization trail records
// every management event again in every account, and the copy is charged (only the first copy of management
// events is free); whatever reads both trails' logs (Athena, a SIEM) sees every event twice. Control Tower and
// the Landing Zone Accelerator each run one, so on their organizations declaring a new trail is usually the
// mistake: the way forward is to watch theirs, or to declare the second one on purpose.
import { managementEventCoverage } from '../observe/event-coverage.js'
import type { TrailConfig } from '../observe/types.js'
import type { PlanContext, Step } from './context.js'
import { failedRead, prerequisite } from './findings.js'
import { MANAGERS, trailManager } from './managers.js'
import { plural } from './wording.js'

const ID = 'cloudtrail.other-organization-trail'

/** Whether the declared trail will record management events: with what it declares, else what it has. */
function recordsManagementEvents(ctx: PlanContext): boolean {
  const { eventSelectors, advancedEventSelectors } = ctx.settings
  if (eventSelectors) return managementEventCoverage(eventSelectors, []).any
  if (advancedEventSelectors) return managementEventCoverage([], advancedEventSelectors).any
  const current = ctx.observed.trail?.managementEvents
  // A new trail gets CloudTrail's default selector: every management event.
  return current?.ok ? current.value.any : true
}

/** One trail for people: its ARN, who manages it, and where it delivers. */
function describe(t: TrailConfig): string {
  const manager = trailManager(t.name)
  const by = manager ? `managed by ${MANAGERS[manager].name}` : 'manager unknown'
  const prefix = t.s3KeyPrefix ? `under the prefix ${t.s3KeyPrefix}` : 'with no prefix'
  return `${t.arn} (${by}) delivers to bucket ${t.s3BucketName} ${prefix}`
}

/** The accounts that would record every management event twice: the management account and the active members. */
function twice(ctx: PlanContext): string {
  const count = ctx.observed.activeAccounts
  if (count?.ok)
    return `the management account and each of the ${plural(Math.max(count.value - 1, 0), 'active member account')}`
  const why = count ? `: ${failedRead(count.failure).what}` : ''
  return `the management account and every active member account (how many is unknown${why})`
}

/** The inputs that watch `t` instead of declaring another trail. */
function watch(t: TrailConfig): string {
  return [
    `trail-name: ${t.name}`,
    `s3-bucket-name: ${t.s3BucketName}`,
    ...(t.s3KeyPrefix ? [`s3-key-prefix: ${t.s3KeyPrefix}`] : []),
    'mode: check'
  ].join('\n')
}

/**
 * Every other organization trail the home region shows (DescribeTrails lists an organization trail, or its
 * shadow, wherever it is homed): a blocker naming each, unless the declared trail is a second one on purpose
 * (allow-second-organization-trail) or records no management events, when it is a warning with the same facts.
 */
export function checkOtherOrganizationTrails(ctx: PlanContext, trails: readonly TrailConfig[]): Step[] {
  if (!ctx.settings.trail.isOrganizationTrail) return []
  const others = trails.filter((t) => t.isOrganizationTrail && t.arn !== ctx.trailArn)
  const [first] = others
  if (!first)
    return [
      prerequisite({
        id: ID,
        severity: 'ok',
        title: 'No other organization trail',
        detail: 'Management events are recorded once in every account.'
      })
    ]
  const records = recordsManagementEvents(ctx)
  const allowed = ctx.settings.allowSecondOrganizationTrail
  const facts = `${others.map(describe).join('; ')}. A second organization trail records every management event again in ${twice(ctx)}, and each copy after the first is charged; whatever reads both trails' logs (Athena, a SIEM) sees every event twice.`
  const title =
    others.length === 1
      ? `Another organization trail already logs the organization: ${first.name}`
      : `${others.length} other organization trails already log the organization`
  if (!records || allowed)
    return [
      prerequisite({
        id: ID,
        severity: 'warning',
        title,
        detail: `${facts} ${records ? 'allow-second-organization-trail is true: the second trail is declared on purpose.' : 'The declared trail records no management events, so none is recorded twice.'}`
      })
    ]
  return [
    prerequisite({
      id: ID,
      severity: 'blocker',
      title,
      detail: `${facts} org-trail does not declare a second one unless told to, and writes nothing.`,
      remediation: `# Either watch the existing trail instead (check mode writes nothing; add log-archive-role-arn when its\n# bucket belongs to another account, e.g. a Log Archive account):\n${watch(first)}\n# or declare the second organization trail on purpose (every management event recorded, and charged, twice):\nallow-second-organization-trail: true`
    })
  ]
}
