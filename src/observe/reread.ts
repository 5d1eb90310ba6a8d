import { GetTrailCommand, GetTrailStatusCommand } from '@aws-sdk/client-cloudtrail'
import type { Clients } from '../aws/clients.js'
import { call } from '../aws/errors.js'
import { toTrailConfig, toTrailStatus } from './trail.js'
import type { TrailConfig, TrailStatus } from './types.js'

/** The trail as AWS reports it after this run's writes: the outcome shows this, not what we meant to do. */
export async function reread(
  clients: Clients,
  arn: string,
  region: string
): Promise<{ trail: TrailConfig | null; status: TrailStatus | null }> {
  const cloudtrail = clients.cloudtrail(region)
  const [trail, status] = await Promise.all([
    call('cloudtrail:GetTrail', () => cloudtrail.send(new GetTrailCommand({ Name: arn }))),
    call('cloudtrail:GetTrailStatus', () => cloudtrail.send(new GetTrailStatusCommand({ Name: arn })))
  ])
  return { trail: trail.Trail ? toTrailConfig(trail.Trail) : null, status: toTrailStatus(status) }
}
