// Posture: the trail and its resources judged as they are, as Security Hub, Prowler and auditors judge
// them, and as they would be after apply. The controls themselves are posture-controls.ts's table.
import { trailNameOf } from '../aws/arn.js'
import { managementEventCoverage, s3DataEventCoverage } from '../observe/event-coverage.js'
import type { AdvancedSelectorState, EventSelectorState, TrailStatus } from '../observe/types.js'
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
  return [ofTrailOwner(found, ctx)]
}

/** A finding on the trail: with the remedy of the system that manages it, when one does. */
function ofTrailOwner(f: Finding, ctx: PlanContext): Finding {
  return byOwner(f, ctx.managedBy, (m) => m.remedy.trail(trailNameOf(ctx.trailArn)))
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
  const trail = ctx.observed.trail
  if (trail?.status.ok) {
    const status = trail.status.value
    steps.push({
      finding: ofTrailOwner(
        delivery(status, {
          id: 'delivery.log-files',
          label: 'Log file',
          error: status.latestDeliveryError,
          time: status.latestDeliveryTime,
          expected: true,
          cadence: 'within about 5 minutes of activity',
          remediation:
            'Check the bucket policy and, with SSE-KMS, the key policy; the s3.bucket-policy finding lists what is missing.'
        }),
        ctx
      )
    })
    steps.push({
      finding: ofTrailOwner(
        delivery(status, {
          id: 'delivery.digest-files',
          label: 'Digest file',
          error: status.latestDigestDeliveryError,
          time: status.latestDigestDeliveryTime,
          // CloudTrail delivers digests only with log file validation on (CloudTrail.4 judges that).
          expected: trail.config.logFileValidationEnabled,
          cadence: 'every hour',
          remediation: 'Check the bucket policy and, with SSE-KMS, the key policy.'
        }),
        ctx
      )
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
  /** The latest delivery; absent when CloudTrail has delivered none. */
  readonly time: Date | undefined
  /** Whether the trail delivers this kind of file at all. */
  readonly expected: boolean
  /** How often CloudTrail delivers one, in words. */
  readonly cadence: string
  /** What to do when a delivery fails. */
  readonly remediation: string
}

/**
 * The delivery as GetTrailStatus reports it: failing, done (when last), or never done, which is judged as
 * what it is (nothing delivered yet), never as a pass.
 */
function delivery(status: TrailStatus, d: Delivery): Finding {
  const of = { id: d.id, category: 'posture' as const }
  const files = `${d.label.toLowerCase()}s`
  if (d.error) {
    return finding({
      ...of,
      severity: 'warning',
      title: `${d.label} delivery is failing`,
      detail: `CloudTrail reports: ${d.error}.`,
      remediation: d.remediation
    })
  }
  if (d.time) {
    return finding({
      ...of,
      severity: 'ok',
      title: `${d.label}s delivered`,
      detail: `Latest delivery ${d.time.toISOString()}.`
    })
  }
  if (!d.expected) {
    return finding({
      ...of,
      severity: 'ok',
      title: `No ${files}: log file validation is off`,
      detail: `CloudTrail delivers ${files} only with log file validation on (see CloudTrail.4).`
    })
  }
  if (!status.isLogging) {
    return finding({
      ...of,
      severity: 'warning',
      title: `No ${d.label.toLowerCase()} delivered`,
      detail: `CloudTrail reports no ${d.label.toLowerCase()} ever delivered, and the trail is not logging.`,
      remediation: `Start logging (start-logging: true); CloudTrail then delivers ${files} ${d.cadence}.`
    })
  }
  const since = status.startLoggingTime ? ` since logging started at ${status.startLoggingTime.toISOString()}` : ''
  return finding({
    ...of,
    severity: 'warning',
    title: `No ${d.label.toLowerCase()} delivered yet`,
    detail: `CloudTrail reports no ${d.label.toLowerCase()} delivered${since}; it delivers ${files} ${d.cadence}.`,
    remediation: `Run again later: a trail that has been logging for longer than that and still delivers nothing cannot write to its bucket. ${d.remediation}`
  })
}
