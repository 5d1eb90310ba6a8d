import {
  AddTagsCommand,
  CreateTrailCommand,
  GetTrailCommand,
  PutEventSelectorsCommand,
  PutInsightSelectorsCommand,
  StartLoggingCommand,
  UpdateTrailCommand,
  type CreateTrailCommandInput,
  type UpdateTrailCommandInput
} from '@aws-sdk/client-cloudtrail'
import { ActionError, call, errorCode } from '../aws/errors.js'
import { toTrailConfig } from '../observe/trail.js'
import { declaredValue, fieldLabel, fieldSpec, TRAIL_FIELDS, type TrailField } from '../aws/trail-fields.js'
import { cloudWatchLogsPair, diffTrail, refusedChanges, weakening } from '../plan/trail-diff.js'
import type { FieldChange } from '../plan/types.js'
import type { ChangeOf } from '../plan/writes.js'
import type { TrailDeclaration } from '../settings/types.js'
import { writeRequest, type ApplyRun, type TrailState } from './run.js'

/** Changes planned before the trail existed name the ARN it was expected to get; use the one it got. */
function trailArnOf(planned: string, state: TrailState): string {
  return state.created || state.adopted ? state.trailArn : planned
}

/** A field's value as its CreateTrail or UpdateTrail parameter: the table's kind says string or boolean. */
function parameters(values: readonly (readonly [TrailField, string | boolean])[]): Partial<CreateTrailCommandInput> {
  return Object.fromEntries(
    values.map(([field, value]) => [field, fieldSpec(field).kind === 'flag' ? value === true : String(value)])
  ) as Partial<CreateTrailCommandInput>
}

/** Every flag as declared, and every value that is set: an empty prefix or reference is left out. */
export function createInput(trail: TrailDeclaration): CreateTrailCommandInput {
  const declared = TRAIL_FIELDS.map((f) => [f.field, declaredValue(f, trail)] as const)
  // The bucket is CreateTrail's one required parameter, and always declared.
  return { Name: trail.name, S3BucketName: trail.s3BucketName, ...parameters(declared.filter(([, v]) => v !== '')) }
}

/** Only the fields that change; the CloudWatch Logs role goes with its log group whenever either changes. */
export function updateInput(
  arn: string,
  fields: readonly FieldChange[],
  cloudWatchLogs?: { readonly logGroupArn: string; readonly roleArn: string }
): UpdateTrailCommandInput {
  return {
    Name: arn,
    ...(cloudWatchLogs
      ? { CloudWatchLogsLogGroupArn: cloudWatchLogs.logGroupArn, CloudWatchLogsRoleArn: cloudWatchLogs.roleArn }
      : {}),
    ...parameters(fields.map((f) => [f.field, f.after] as const))
  }
}

export async function createTrail(change: ChangeOf<'create-trail'>, run: ApplyRun): Promise<void> {
  const { trail, region } = change
  const { deps, state } = run
  const cloudtrail = deps.clients.cloudtrail(region)
  deps.log(`Creating trail ${trail.name} in ${region}`)
  try {
    const out = await writeRequest(change, () => cloudtrail.send(new CreateTrailCommand(createInput(trail))))
    state.trailArn = out.TrailARN ?? state.trailArn
    state.created = true
  } catch (error) {
    if (errorCode(error) !== 'TrailAlreadyExistsException') throw error
    await adoptTrail(trail, region, run)
  }
}

/** Another run created the trail between our read and our write: take it over and converge it. */
async function adoptTrail(trail: TrailDeclaration, region: string, { options, deps, state }: ApplyRun): Promise<void> {
  const cloudtrail = deps.clients.cloudtrail(region)
  const found = await call('cloudtrail:GetTrail', () => cloudtrail.send(new GetTrailCommand({ Name: state.trailArn })))
  if (!found.Trail)
    throw new ActionError('Trail vanished', `CloudTrail said ${trail.name} exists, then could not find it. Run again.`)
  const config = toTrailConfig(found.Trail)
  state.trailArn = config.arn
  state.adopted = true
  deps.log(`Trail ${trail.name} was created by another run meanwhile; adopting ${config.arn}`)
  const fields = diffTrail(config, trail)
  const refused = refusedChanges(fields, options.allowDestructiveChanges)
  if (refused.length > 0) {
    throw new ActionError(
      'Refusing a destructive change',
      `The trail created meanwhile differs in ${refused.map((f) => `${fieldLabel(f.field)} (${String(weakening(f))})`).join('; ')}; changing that needs allow-destructive-changes: true.`
    )
  }
  if (fields.length === 0) return
  await call('cloudtrail:UpdateTrail', () =>
    cloudtrail.send(new UpdateTrailCommand(updateInput(config.arn, fields, cloudWatchLogsPair(fields, trail))))
  )
}

export async function updateTrail(change: ChangeOf<'update-trail'>, { deps }: ApplyRun): Promise<void> {
  deps.log(
    `Updating trail ${change.arn}: ${change.fields.map((f) => `${fieldLabel(f.field)} ${String(f.before)} → ${String(f.after)}`).join(', ')}`
  )
  await writeRequest(change, () =>
    deps.clients
      .cloudtrail(change.region)
      .send(new UpdateTrailCommand(updateInput(change.arn, change.fields, change.cloudWatchLogs)))
  )
}

export async function startLogging(change: ChangeOf<'start-logging'>, { deps, state }: ApplyRun): Promise<void> {
  const arn = trailArnOf(change.arn, state)
  deps.log(`Starting logging of ${arn}`)
  await writeRequest(change, () => deps.clients.cloudtrail(change.region).send(new StartLoggingCommand({ Name: arn })))
}

export async function putEventSelectors(
  change: ChangeOf<'put-event-selectors'>,
  { deps, state }: ApplyRun
): Promise<void> {
  const arn = trailArnOf(change.arn, state)
  deps.log(`Setting the ${change.eventSelectors ? 'event' : 'advanced event'} selectors of ${arn}`)
  await writeRequest(change, () =>
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
  { deps, state }: ApplyRun
): Promise<void> {
  const arn = trailArnOf(change.arn, state)
  deps.log(`Setting the insight selectors of ${arn}`)
  await writeRequest(change, () =>
    deps.clients.cloudtrail(change.region).send(
      new PutInsightSelectorsCommand({
        TrailName: arn,
        InsightSelectors: change.insightSelectors.map((s) => ({ ...s }))
      })
    )
  )
}

export async function addTags(change: ChangeOf<'add-tags'>, { deps, state }: ApplyRun): Promise<void> {
  const arn = trailArnOf(change.arn, state)
  deps.log(`Tagging ${arn}: ${Object.keys(change.tags).join(', ')}`)
  await writeRequest(change, () =>
    deps.clients.cloudtrail(change.region).send(
      new AddTagsCommand({
        ResourceId: arn,
        TagsList: Object.entries(change.tags).map(([Key, Value]) => ({ Key, Value }))
      })
    )
  )
}
