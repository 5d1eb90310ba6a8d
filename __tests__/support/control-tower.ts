// Shared by the Control Tower and Landing Zone Accelerator end-to-end tests (issue 20): the organizations as
// those landing zones set them up (tools/control-tower.mjs, tools/landing-zone-accelerator.mjs), the
// denials a test asks the AWS layer for, and the README's Control Tower workflow as a user would paste it.
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import type { DenialRule } from '../../tools/aws/access-denials.mjs'
import { seedControlTower } from '../../tools/control-tower.mjs'
import { seedLandingZoneAccelerator } from '../../tools/landing-zone-accelerator.mjs'
import type { startProxy } from '../../tools/proxy.mjs'
import { cloudTrailBucketStatements, readState, seedBucket, seedRole } from '../../tools/seed.mjs'
import { BUCKET, FOREIGN_STATEMENT, REGION, TRAIL, type Seeded, type World } from './harness.js'

type Proxy = Awaited<ReturnType<typeof startProxy>>

export interface Denials {
  deny(rule: DenialRule): void
  clear(): void
  denied(): string[]
}

/** The AWS layer's denials a test asks for (tools/aws/access-denials.mjs). */
export function denialsOf(proxy: Proxy): Denials {
  const behaviour = proxy.layer?.behaviours.find((b) => b.name === 'access-denials') as unknown as Denials | undefined
  if (!behaviour) throw new Error('the proxy runs without the access-denials behaviour')
  return behaviour
}

export type ControlTower = Awaited<ReturnType<typeof seedControlTower>>
export type Accelerator = Awaited<ReturnType<typeof seedLandingZoneAccelerator>>

/**
 * A Control Tower organization (tools/control-tower.mjs) whose management account has the role GitHub OIDC
 * assumes, and whose Log Archive account has org-trail-log-archive trusting it. Straight to moto.
 */
export async function controlTowerWorld(
  w: World,
  options: Omit<Parameters<typeof seedControlTower>[0], 'endpoint' | 'region' | 'managementRoleArn'> & {
    roleName?: string
  } = {}
): Promise<{ seeded: Seeded; ct: ControlTower }> {
  const { roleName, ...rest } = options
  const roleArn = await seedRole({ endpoint: w.moto.url, region: REGION, ...(roleName ? { name: roleName } : {}) })
  const ct = await seedControlTower({ endpoint: w.moto.url, region: REGION, managementRoleArn: roleArn, ...rest })
  return { seeded: { orgId: ct.orgId, managementAccountId: ct.managementAccountId, roleArn }, ct }
}

/** A Landing Zone Accelerator organization, likewise. */
export async function acceleratorWorld(
  w: World,
  options: Omit<Parameters<typeof seedLandingZoneAccelerator>[0], 'endpoint' | 'region' | 'managementRoleArn'> = {}
): Promise<{ seeded: Seeded; lza: Accelerator }> {
  const roleArn = await seedRole({ endpoint: w.moto.url, region: REGION })
  const lza = await seedLandingZoneAccelerator({
    endpoint: w.moto.url,
    region: REGION,
    managementRoleArn: roleArn,
    ...options
  })
  return { seeded: { orgId: lza.orgId, managementAccountId: lza.managementAccountId, roleArn }, lza }
}

/**
 * The harness's bucket (BUCKET) in the management account, with a foreign statement and the statements
 * CloudTrail needs for a new organization trail TRAIL: declaring that trail there needs no bucket change.
 */
export async function seedNewTrailBucket(w: World, seeded: Pick<Seeded, 'managementAccountId' | 'orgId'>) {
  await seedBucket({
    endpoint: w.moto.url,
    region: REGION,
    bucket: BUCKET,
    policy: {
      Version: '2012-10-17',
      Statement: [
        FOREIGN_STATEMENT,
        ...cloudTrailBucketStatements({
          bucket: BUCKET,
          trailArn: `arn:aws:cloudtrail:${REGION}:${seeded.managementAccountId}:trail/${TRAIL}`,
          managementAccountId: seeded.managementAccountId,
          orgId: seeded.orgId
        })
      ]
    }
  })
}

/** The organization trails of the management account, as moto holds them (home-region entries only). */
export async function organizationTrails(w: World) {
  const { trails } = await readState({ endpoint: w.moto.url, region: REGION })
  return trails.filter((t) => t.IsOrganizationTrail === true && t.HomeRegion === REGION)
}

interface WorkflowStep {
  uses?: string
  with?: Record<string, string | number | boolean>
}

/**
 * The inputs of org-trail's step in the README's workflow for Control Tower: the first complete workflow
 * after the first heading that names Control Tower. The README's example ids are replaced by the seeded
 * organization's (111111111111: the management account, 222222222222: the Log Archive account,
 * o-exampleorgid: the organization), as a user fills in their own; nothing else is changed.
 */
export function readmeControlTowerInputs(ids: {
  managementAccountId: string
  logArchiveAccountId: string
  orgId: string
}): Record<string, string> {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
  const heading = readme.search(/^#{2,4} .*Control Tower.*$/m)
  if (heading < 0) throw new Error('the README has no heading about Control Tower')
  const block = [...readme.slice(heading).matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((m) => m[1] ?? '')
    .find((b) => /^on:/m.test(b) && /^jobs:/m.test(b))
  if (!block) throw new Error('no complete workflow follows the README’s Control Tower heading')
  const filled = block
    .replaceAll('111111111111', ids.managementAccountId)
    .replaceAll('222222222222', ids.logArchiveAccountId)
    .replaceAll('o-exampleorgid', ids.orgId)
  const workflow = parse(filled) as { jobs: Record<string, { steps: WorkflowStep[] }> }
  const step = Object.values(workflow.jobs)
    .flatMap((j) => j.steps)
    .find((s) => typeof s.uses === 'string' && /org-trail@/.test(s.uses))
  if (!step?.with) throw new Error('the README’s Control Tower workflow has no org-trail step with inputs')
  return Object.fromEntries(Object.entries(step.with).map(([k, v]) => [k, String(v)]))
}
