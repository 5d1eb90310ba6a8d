// Posture: the trail and its resources judged as they are, as Security Hub, Prowler and auditors judge
// them, and as they would be after apply. The controls themselves are posture-controls.ts's table.
import { trailNameOf } from '../aws/arn.js'
import { managementEventCoverage, s3DataEventCoverage } from '../observe/event-coverage.js'
import type { AdvancedSelectorState, EventSelectorState } from '../observe/types.js'
import type { PlanContext, Step } from './context.js'
import { finding } from './findings.js'
import { bucketOwnerOf, MANAGERS } from './managers.js'
import { CONTROLS, type Control, type ControlIds, type Judgement, type ViewedTrail } from './posture-controls.js'
import type { Finding, Manager, Severity } from './types.js'

/** The trail as it is: as observed before apply, or as re-read after it; null when there is none. */
function viewNow(ctx: PlanContext): ViewedTrail | null {
  const t = ctx.observed.trail
  if (!t) return null
  const selectors = t.selectors
  return {
    ...t.config,
    managementEvents: t.managementEvents,
    s3DataEvents: selectors.ok
      ? { ok: true, value: s3DataEventCoverage(selectors.value.event, selectors.value.advanced) }
      : selectors
  }
}

/** What selectors log, for the posture controls. */
function coverage(selectors: {
  readonly event: readonly EventSelectorState[]
  readonly advanced: readonly AdvancedSelectorState[]
}) {
  return {
    managementEvents: { ok: true, value: managementEventCoverage(selectors.event, selectors.advanced) },
    s3DataEvents: { ok: true, value: s3DataEventCoverage(selectors.event, selectors.advanced) }
  } as const
}

/** The trail once apply has run: the declaration where org-trail manages a setting, else as it is. */
function viewAfterApply(ctx: PlanContext, now: ViewedTrail | null): ViewedTrail {
  const kmsKeyId = ctx.declared.kmsKeyId || now?.kmsKeyId
  const logGroup = ctx.declared.cloudWatchLogsLogGroupArn || now?.cloudWatchLogsLogGroupArn
  const { eventSelectors, advancedEventSelectors } = ctx.settings
  // A new trail gets CloudTrail's default selectors: every management event, no data event.
  const events = eventSelectors
    ? coverage({ event: eventSelectors, advanced: [] })
    : advancedEventSelectors
      ? coverage({ event: [], advanced: advancedEventSelectors })
      : now
        ? { managementEvents: now.managementEvents, s3DataEvents: now.s3DataEvents }
        : coverage({ event: [], advanced: [] })
  return {
    isMultiRegionTrail: ctx.settings.trail.isMultiRegionTrail,
    logFileValidationEnabled: ctx.settings.trail.enableLogFileValidation,
    ...(kmsKeyId ? { kmsKeyId } : {}),
    ...(logGroup ? { cloudWatchLogsLogGroupArn: logGroup } : {}),
    ...events
  }
}

const NO_TRAIL: Judgement = { state: 'no-trail', detail: 'There is no trail.' }

/**
 * One posture finding from the control's judgement now and after apply. Its severity says where things
 * end up: ok when it passes now, fixable when apply would make it pass, else a warning.
 */
function control(ids: ControlIds, title: string, now: Judgement, after: Judgement | null): Finding {
  const changes = after !== null && (after.state !== now.state || after.detail !== now.detail)
  const end = changes ? after : now
  const severity: Severity = now.state === 'pass' ? 'ok' : end.state === 'pass' ? 'fixable' : 'warning'
  const detail = changes ? `${now.detail} After apply: ${after.detail}` : now.detail
  return {
    ...finding({
      id: ids.securityHub,
      category: 'posture',
      severity,
      title,
      detail,
      remediation: end.state === 'pass' ? '' : (end.remediation ?? '')
    }),
    control: { ...ids, now: now.state, afterApply: changes ? after.state : null }
  }
}

/** One control's finding, or none when it does not apply (a bucket control without a bucket, KMS.4 without a key). */
function judged(c: Control, ctx: PlanContext, now: ViewedTrail | null, after: ViewedTrail | null): Finding[] {
  const ids = { securityHub: c.securityHub, cis: c.cis }
  if (c.of === 'bucket') {
    const { region, name } = ctx.observed.bucket
    if (!region.ok || region.value === null) return []
    return [byOwner(control(ids, c.title, c.judge(ctx), null), bucketOwnerOf(ctx), (m) => m.remedy.bucket(name))]
  }
  if (c.applies && !c.applies(now, after)) return []
  const judge = (view: ViewedTrail | null) => (view ? c.judge(view, ctx) : NO_TRAIL)
  const found = control(ids, c.title, judge(now), after ? judge(after) : null)
  return [byOwner(found, ctx.managedBy, (m) => m.remedy.trail(trailNameOf(ctx.trailArn)))]
}

/** A control of a resource another system manages: what to do is where its owner does it, never a command on it. */
function byOwner(f: Finding, manager: Manager | null, remedy: (words: (typeof MANAGERS)[Manager]) => string): Finding {
  if (manager === null || f.remediation === '') return f
  return { ...f, remediation: remedy(MANAGERS[manager]) }
}

/** Judges every control on the trail as it is and, unless `afterApply` is false, as apply would leave it. */
export function checkPosture(
  ctx: PlanContext,
  options: { readonly afterApply: boolean } = { afterApply: true }
): Step[] {
  const now = viewNow(ctx)
  // Apply leaves a trail another system manages as it is.
  const after = options.afterApply && ctx.managedBy === null ? viewAfterApply(ctx, now) : null
  const steps: Step[] = CONTROLS.flatMap((c) => judged(c, ctx, now, after)).map((f) => ({ finding: f }))
  const status = ctx.observed.trail?.status
  if (status?.ok) {
    const s = status.value
    steps.push({
      finding: delivery({
        id: 'delivery.log-files',
        label: 'Log file',
        error: s.latestDeliveryError,
        time: s.latestDeliveryTime,
        detail: s.latestDeliveryTime
          ? `Latest delivery ${s.latestDeliveryTime.toISOString()}.`
          : 'No delivery error reported.',
        remediation:
          'Check the bucket policy and, with SSE-KMS, the key policy; the s3.bucket-policy finding lists what is missing.'
      })
    })
    steps.push({
      finding: delivery({
        id: 'delivery.digest-files',
        label: 'Digest file',
        error: s.latestDigestDeliveryError,
        time: s.latestDigestDeliveryTime,
        detail: 'No digest delivery error reported.',
        remediation: 'Check the bucket policy and, with SSE-KMS, the key policy.'
      })
    })
  }
  return steps
}

/** One of the deliveries GetTrailStatus reports on: log files or digest files. */
interface Delivery {
  readonly id: string
  /** "Log file" or "Digest file". */
  readonly label: string
  readonly error: string | undefined
  readonly time: Date | undefined
  /** What the finding says when there is no error. */
  readonly detail: string
  /** What to do when there is one. */
  readonly remediation: string
}

function delivery(d: Delivery): Finding {
  if (d.error) {
    return finding({
      id: d.id,
      category: 'posture',
      severity: 'warning',
      title: `${d.label} delivery is failing`,
      detail: `CloudTrail reports: ${d.error}.`,
      remediation: d.remediation
    })
  }
  return finding({
    id: d.id,
    category: 'posture',
    severity: 'ok',
    // A trail created a moment ago has delivered nothing yet: say only what is known.
    title: d.time ? `${d.label}s delivered` : `No ${d.label.toLowerCase()} delivery error`,
    detail: d.detail
  })
}
