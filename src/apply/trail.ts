import {
  AddTagsCommand,
  CreateTrailCommand,
  GetTrailCommand,
  PutEventSelectorsCommand,
  PutInsightSelectorsCommand,
  StartLoggingCommand,
  UpdateTrailCommand,
  type UpdateTrailCommandInput
} from '@aws-sdk/client-cloudtrail'
import { ActionError, call, errorCode } from '../aws/errors.js'
import { toTrailConfig } from '../observe/trail.js'
import { cloudWatchLogsPair, diffTrail, fieldLabel, weakening } from '../plan/trail-diff.js'
import type { Change, FieldChange } from '../plan/types.js'
import type { ApplyDeps, ApplyOptions } from './index.js'
import { withPropagation } from './propagation.js'

type ChangeOf<K extends Change['kind']> = Extract<Change, { kind: K }>

/** The trail this run writes to: the planned ARN until CreateTrail (or an adopted trail) says otherwise. */
export interface TrailState {
  trailArn: string
  created: boolean
  adopted: boolean
}

/** Changes planned before the trail existed name the ARN it was expected to get; use the one it got. */
function trailArnOf(planned: string, state: TrailState): string {
  return state.created || state.adopted ? state.trailArn : planned
}

export function updateInput(
  arn: string,
  fields: readonly FieldChange[],
  cloudWatchLogs?: { readonly logGroupArn: string; readonly roleArn: string }
): UpdateTrailCommandInput {
  const input: UpdateTrailCommandInput = {
    Name: arn,
    ...(cloudWatchLogs
      ? { CloudWatchLogsLogGroupArn: cloudWatchLogs.logGroupArn, CloudWatchLogsRoleArn: cloudWatchLogs.roleArn }
      : {})
  }
  for (const f of fields) {
    if (f.field === 'S3BucketName') input.S3BucketName = String(f.after)
    else if (f.field === 'S3KeyPrefix') input.S3KeyPrefix = String(f.after)
    else if (f.field === 'IsOrganizationTrail') input.IsOrganizationTrail = f.after === true
    else if (f.field === 'IsMultiRegionTrail') input.IsMultiRegionTrail = f.after === true
    else if (f.field === 'IncludeGlobalServiceEvents') input.IncludeGlobalServiceEvents = f.after === true
    else if (f.field === 'EnableLogFileValidation') input.EnableLogFileValidation = f.after === true
    else if (f.field === 'KmsKeyId') input.KmsKeyId = String(f.after)
    else if (f.field === 'CloudWatchLogsLogGroupArn') input.CloudWatchLogsLogGroupArn = String(f.after)
    else if (f.field === 'CloudWatchLogsRoleArn') input.CloudWatchLogsRoleArn = String(f.after)
    else input.SnsTopicName = String(f.after)
  }
  return input
}

export async function createTrail(
  { trail, region }: ChangeOf<'create-trail'>,
  options: ApplyOptions,
  deps: ApplyDeps,
  state: TrailState,
  applied: readonly Change[]
): Promise<void> {
  const cloudtrail = deps.clients.cloudtrail(region)
  deps.log(`Creating trail ${trail.name} in ${region}`)
  try {
    const out = await withPropagation(applied, deps, () =>
      call('cloudtrail:CreateTrail', () =>
        cloudtrail.send(
          new CreateTrailCommand({
            Name: trail.name,
            S3BucketName: trail.s3BucketName,
            ...(trail.s3KeyPrefix ? { S3KeyPrefix: trail.s3KeyPrefix } : {}),
            IsOrganizationTrail: trail.isOrganizationTrail,
            IsMultiRegionTrail: trail.isMultiRegionTrail,
            IncludeGlobalServiceEvents: trail.includeGlobalServiceEvents,
            EnableLogFileValidation: trail.enableLogFileValidation,
            ...(trail.kmsKeyId ? { KmsKeyId: trail.kmsKeyId } : {}),
            ...(trail.cloudWatchLogsLogGroupArn
              ? {
                  CloudWatchLogsLogGroupArn: trail.cloudWatchLogsLogGroupArn,
                  CloudWatchLogsRoleArn: trail.cloudWatchLogsRoleArn
                }
              : {}),
            ...(trail.snsTopicName ? { SnsTopicName: trail.snsTopicName } : {})
          })
        )
      )
    )
    state.trailArn = out.TrailARN ?? state.trailArn
    state.created = true
  } catch (error) {
    if (errorCode(error) !== 'TrailAlreadyExistsException') throw error
    await adoptTrail({ trail, region }, options, deps, state, applied)
  }
}

/** Another run created the trail between our read and our write: take it over and converge it. */
async function adoptTrail(
  { trail, region }: Omit<ChangeOf<'create-trail'>, 'kind'>,
  options: ApplyOptions,
  deps: ApplyDeps,
  state: TrailState,
  applied: readonly Change[]
): Promise<void> {
  const cloudtrail = deps.clients.cloudtrail(region)
  const found = await call('cloudtrail:GetTrail', () => cloudtrail.send(new GetTrailCommand({ Name: state.trailArn })))
  if (!found.Trail)
    throw new ActionError('Trail vanished', `CloudTrail said ${trail.name} exists, then could not find it. Run again.`)
  const config = toTrailConfig(found.Trail)
  state.trailArn = config.arn
  state.adopted = true
  deps.log(`Trail ${trail.name} was created by another run meanwhile; adopting ${config.arn}`)
  const fields = diffTrail(config, trail)
  const refused = fields.filter((f) => weakening(f) !== null && !options.allowDestructiveChanges)
  if (refused.length > 0) {
    throw new ActionError(
      'Refusing a destructive change',
      `The trail created meanwhile differs in ${refused.map((f) => `${fieldLabel(f.field)} (${String(weakening(f))})`).join('; ')}; changing that needs allow-destructive-changes: true.`
    )
  }
  if (fields.length === 0) return
  await withPropagation(applied, deps, () =>
    call('cloudtrail:UpdateTrail', () =>
      cloudtrail.send(new UpdateTrailCommand(updateInput(config.arn, fields, cloudWatchLogsPair(fields, trail))))
    )
  )
}

export async function updateTrail(
  change: ChangeOf<'update-trail'>,
  deps: ApplyDeps,
  applied: readonly Change[]
): Promise<void> {
  deps.log(
    `Updating trail ${change.arn}: ${change.fields.map((f) => `${fieldLabel(f.field)} ${String(f.before)} → ${String(f.after)}`).join(', ')}`
  )
  await withPropagation(applied, deps, () =>
    call('cloudtrail:UpdateTrail', () =>
      deps.clients
        .cloudtrail(change.region)
        .send(new UpdateTrailCommand(updateInput(change.arn, change.fields, change.cloudWatchLogs)))
    )
  )
}

export async function startLogging(
  change: ChangeOf<'start-logging'>,
  deps: ApplyDeps,
  state: TrailState,
  applied: readonly Change[]
): Promise<void> {
  const arn = trailArnOf(change.arn, state)
  deps.log(`Starting logging of ${arn}`)
  await withPropagation(applied, deps, () =>
    call('cloudtrail:StartLogging', () =>
      deps.clients.cloudtrail(change.region).send(new StartLoggingCommand({ Name: arn }))
    )
  )
}

export async function putEventSelectors(
  change: ChangeOf<'put-event-selectors'>,
  deps: ApplyDeps,
  state: TrailState
): Promise<void> {
  const arn = trailArnOf(change.arn, state)
  deps.log(`Setting the ${change.eventSelectors ? 'event' : 'advanced event'} selectors of ${arn}`)
  await call('cloudtrail:PutEventSelectors', () =>
    deps.clients.cloudtrail(change.region).send(
      new PutEventSelectorsCommand({
        TrailName: arn,
        ...(change.eventSelectors
          ? {
              EventSelectors: change.eventSelectors.map((s) => ({
                ...s,
                DataResources: s.DataResources.map((d) => ({ ...d }))
              }))
            }
          : {
              AdvancedEventSelectors: (change.advancedEventSelectors ?? []).map((s) => ({
                ...s,
                FieldSelectors: s.FieldSelectors.map((f) => ({ ...f }))
              }))
            })
      })
    )
  )
}

export async function putInsightSelectors(
  change: ChangeOf<'put-insight-selectors'>,
  deps: ApplyDeps,
  state: TrailState
): Promise<void> {
  const arn = trailArnOf(change.arn, state)
  deps.log(`Setting the insight selectors of ${arn}`)
  await call('cloudtrail:PutInsightSelectors', () =>
    deps.clients.cloudtrail(change.region).send(
      new PutInsightSelectorsCommand({
        TrailName: arn,
        InsightSelectors: change.insightSelectors.map((s) => ({ ...s }))
      })
    )
  )
}

export async function addTags(change: ChangeOf<'add-tags'>, deps: ApplyDeps, state: TrailState): Promise<void> {
  const arn = trailArnOf(change.arn, state)
  deps.log(`Tagging ${arn}: ${Object.keys(change.tags).join(', ')}`)
  await call('cloudtrail:AddTags', () =>
    deps.clients.cloudtrail(change.region).send(
      new AddTagsCommand({
        ResourceId: arn,
        TagsList: Object.entries(change.tags).map(([Key, Value]) => ({ Key, Value }))
      })
    )
  )
}
