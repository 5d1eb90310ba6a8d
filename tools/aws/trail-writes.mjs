// CloudTrail refuses a write to a trail while another write to that trail is in progress, and for a
// moment right after CreateTrail while it "loads" the new trail: `ConflictException`, which the SDK does
// not retry. Writes are held open for `holdMs` so that writes sent together really overlap on 127.0.0.1.
//
// Also: Insights on the API call rate need the trail to log write management events already
// (PutInsightSelectors' API reference); the event selectors are read from moto at the time of the call.
//
// Sources: every write listed here has ConflictException among its errors in CloudTrail's API model (the
// JS SDK 3.1137 model lists it for UpdateTrail, DeleteTrail, StartLogging, StopLogging,
// PutEventSelectors, PutInsightSelectors, AddTags and RemoveTags), and CONFLICT_MESSAGE is that model's
// description of it. Assumptions, not documented: that AWS's message is that description, that overlapping
// writes (rather than only a trail still loading) are what it refuses, and how long a new trail loads
// (`settleMs`).

import { sleep } from '../util.mjs'

export const CONFLICT_MESSAGE =
  'This exception is thrown when the specified resource is not ready for an operation. This can occur when you try to run an operation on a resource before CloudTrail has time to fully load the resource, or because another operation is modifying the resource. If this exception occurs, wait a few minutes, and then try the operation again.'

/** CloudTrail writes that act on one trail, and the input member that names it. */
const TRAIL_WRITES = /** @type {Record<string, string>} */ ({
  CreateTrail: 'Name',
  UpdateTrail: 'Name',
  DeleteTrail: 'Name',
  StartLogging: 'Name',
  StopLogging: 'Name',
  PutEventSelectors: 'TrailName',
  PutInsightSelectors: 'TrailName',
  AddTags: 'ResourceId',
  RemoveTags: 'ResourceId'
})

/**
 * One trail whether named by name or by ARN: its account and name. A name acts in the caller's account.
 * @param {string} nameOrArn @param {string} account
 */
export function trailKey(nameOrArn, account) {
  const arn = nameOrArn.match(/^arn:[^:]+:cloudtrail:[^:]*:(\d{12}):trail\/(.+)$/)
  return arn ? `${arn[1]}/${arn[2]}` : `${account}/${nameOrArn}`
}

/** @param {import('./context.mjs').RequestContext} ctx */
function trailOf(ctx) {
  if (ctx.service !== 'cloudtrail' || ctx.protocol !== 'json') return undefined
  const member = TRAIL_WRITES[ctx.operation]
  const value = member ? ctx.input()?.[member] : undefined
  return typeof value === 'string' && value !== '' ? trailKey(value, ctx.account) : undefined
}

/**
 * Whether selectors as GetEventSelectors answers them log write management events.
 * @param {{ EventSelectors?: any[], AdvancedEventSelectors?: any[] }} answer
 */
export function logsWriteManagementEvents({ EventSelectors = [], AdvancedEventSelectors = [] }) {
  const basic = EventSelectors.some(
    (s) => s.IncludeManagementEvents !== false && ['All', 'WriteOnly', undefined].includes(s.ReadWriteType)
  )
  const advanced = AdvancedEventSelectors.some((s) => {
    /** @type {any[]} */
    const fields = s.FieldSelectors ?? []
    const management = fields.some((f) => f.Field === 'eventCategory' && (f.Equals ?? []).includes('Management'))
    const readOnly = fields.find((f) => f.Field === 'readOnly')
    return management && (!readOnly || (readOnly.Equals ?? []).includes('false'))
  })
  return basic || advanced
}

/**
 * @param {{ holdMs?: number, settleMs?: number }} [options]
 *   holdMs: how long each trail write is held open; settleMs: how long after CreateTrail the new trail
 *   refuses writes.
 * @returns {import('./index.mjs').Behaviour & { settings: { holdMs: number, settleMs: number } }}
 */
export function trailWritesBehaviour({ holdMs = 60, settleMs = 200 } = {}) {
  const settings = { holdMs, settleMs }
  /** @type {Set<string>} trails with a write in progress */
  const inFlight = new Set()
  /** @type {Map<string, number>} trail → when CreateTrail answered */
  const createdAt = new Map()
  /** @type {WeakMap<object, string>} */
  const holding = new WeakMap()
  return {
    name: 'trail-writes',
    settings,
    forget: () => createdAt.clear(),
    async request(ctx) {
      const trail = trailOf(ctx)
      if (trail === undefined) return undefined
      // Concurrent CreateTrails of one name are CloudTrail's race to settle (TrailAlreadyExistsException),
      // not a conflict: only when the one that created the trail was answered is remembered, in `done`.
      if (ctx.operation === 'CreateTrail') {
        holding.set(ctx, trail)
        return undefined
      }
      const created = createdAt.get(trail)
      const settling = created !== undefined && Date.now() - created < settings.settleMs
      if (inFlight.has(trail) || settling) return ctx.error(400, 'ConflictException', CONFLICT_MESSAGE)
      inFlight.add(trail)
      holding.set(ctx, trail)
      if (settings.holdMs > 0) await sleep(settings.holdMs)
      if (ctx.operation === 'PutInsightSelectors') {
        /** @type {{ InsightType?: string }[]} */
        const selectors = ctx.input()?.InsightSelectors ?? []
        if (selectors.some((s) => s.InsightType === 'ApiCallRateInsight')) {
          const current = await ctx.upstream({
            headers: { 'x-amz-target': 'CloudTrail_20131101.GetEventSelectors' },
            body: JSON.stringify({ TrailName: ctx.input().TrailName })
          })
          if (current.status === 200 && !logsWriteManagementEvents(JSON.parse(current.body.toString() || '{}')))
            return ctx.error(
              400,
              'InvalidInsightSelectorsException',
              'To log CloudTrail Insights events on API call volume, the trail must log write management events.'
            )
        }
      }
      return undefined
    },
    done(ctx, status) {
      const trail = holding.get(ctx)
      if (trail === undefined) return
      holding.delete(ctx)
      if (ctx.operation === 'CreateTrail') {
        if (status === 200) createdAt.set(trail, Date.now())
        return
      }
      inFlight.delete(trail)
      if (ctx.operation === 'DeleteTrail' && status === 200) createdAt.delete(trail)
    }
  }
}
