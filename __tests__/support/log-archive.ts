// Shared by the Log Archive end-to-end tests (issue 12): an organization whose trail bucket (and maybe its
// KMS key) belongs to a Log Archive member account, as AWS Control Tower and the Landing Zone Accelerator
// lay it out. The harness's AWS layer answers across accounts as S3, KMS and CloudTrail do (405/403,
// KMS's refusals, CloudTrail's own policy check), since moto lets every account read every bucket.
import { ListBucketsCommand } from '@aws-sdk/client-s3'
import { GetKeyPolicyCommand } from '@aws-sdk/client-kms'
import { clients, readLogArchive, readState, seedLogArchive, seedOrganization, seedRole } from '../../tools/seed.mjs'
import { REGION, TRAIL, type Seeded, type World } from './harness.js'

/** The trail's bucket, in the Log Archive account (not the harness's usual bucket in the management account). */
export const ARCHIVE_BUCKET = 'org-trail-archive-logs'
export const LOG_ARCHIVE_ROLE = 'org-trail-log-archive'

type LogArchiveOptions = Omit<
  Parameters<typeof seedLogArchive>[0],
  'endpoint' | 'region' | 'managementAccountId' | 'orgId' | 'managementRoleArn' | 'trailName' | 'bucket'
> & {
  bucket?: string | null
  /** the key policy also lets the management account describe the key */
  keyReadersManagement?: boolean
}
export type LogArchive = Awaited<ReturnType<typeof seedLogArchive>>

/**
 * A fresh organization managed by the harness's account, the role GitHub OIDC assumes there, and the Log
 * Archive account (seedLogArchive) owning ARCHIVE_BUCKET: CloudTrail's policy correct unless told.
 * Straight to moto: the proxy records only what the action does.
 */
export async function logArchiveWorld(
  w: World,
  options: LogArchiveOptions = {}
): Promise<{ seeded: Seeded; archive: LogArchive; trailArn: string }> {
  const endpoint = w.moto.url
  const { orgId, managementAccountId } = await seedOrganization({ endpoint, region: REGION })
  const roleArn = await seedRole({ endpoint, region: REGION })
  const { keyReadersManagement, ...rest } = options
  const archive = await seedLogArchive({
    endpoint,
    region: REGION,
    managementAccountId,
    orgId,
    managementRoleArn: roleArn,
    trailName: TRAIL,
    ...rest,
    ...(keyReadersManagement ? { keyReaders: [managementAccountId] } : {}),
    bucket: options.bucket === undefined ? ARCHIVE_BUCKET : options.bucket
  })
  return { seeded: { orgId, managementAccountId, roleArn }, archive, trailArn: archive.trailArn }
}

/** The inputs of a run against the Log Archive bucket; `role` adds log-archive-role-arn. */
export function archiveInputs(archive: LogArchive, { role = false } = {}, extra: Record<string, string> = {}) {
  return {
    's3-bucket-name': ARCHIVE_BUCKET,
    ...(role ? { 'log-archive-role-arn': archive.roleArn } : {}),
    ...extra
  }
}

interface Statement {
  Sid?: string
  Effect: string
  Principal?: unknown
  Action?: string | string[]
  Resource?: string | string[]
  Condition?: Record<string, Record<string, unknown>>
}

/** The bucket policy's statements as the Log Archive account holds them ([] when it has none). */
export async function archiveStatements(w: World, archive: LogArchive, bucket = ARCHIVE_BUCKET): Promise<Statement[]> {
  const { bucketPolicy } = await readLogArchive({ endpoint: w.moto.url, region: REGION, bucket, as: archive.as })
  return ((bucketPolicy as { Statement?: Statement[] } | null)?.Statement ?? []) as Statement[]
}

/** The key policy's statements, read in the Log Archive account. */
export async function archiveKeyStatements(w: World, archive: LogArchive): Promise<Statement[]> {
  const { kms } = clients({ endpoint: w.moto.url, region: REGION, as: archive.as })
  const { Policy } = await kms.send(new GetKeyPolicyCommand({ KeyId: String(archive.keyArn), PolicyName: 'default' }))
  return (JSON.parse(String(Policy)) as { Statement: Statement[] }).Statement
}

/** The bucket names an account owns, as moto keys them. */
export async function bucketsOf(w: World, as?: LogArchive['as']): Promise<string[]> {
  const { s3 } = clients({ endpoint: w.moto.url, region: REGION, ...(as ? { as } : {}) })
  const { Buckets = [] } = await s3.send(new ListBucketsCommand({}))
  return Buckets.map((b) => String(b.Name))
}

/** The organization trail as the management account holds it (its bucket lives elsewhere). */
export async function managementTrail(w: World) {
  const s = await readState({ endpoint: w.moto.url, region: REGION })
  const trail = s.trails.find((t) => t.Name === TRAIL) ?? null
  return { trail, isLogging: s.statuses[TRAIL]?.IsLogging ?? null, trustedServices: s.trustedServices }
}

/** The JSON document a finding's remediation or a message carries (from its first "{" to its last "}"). */
export function jsonIn(text: string | undefined): { Version?: string; Statement: Statement[] } {
  const from = text?.indexOf('{') ?? -1
  const to = text?.lastIndexOf('}') ?? -1
  if (!text || from < 0 || to < from) throw new Error(`no JSON document in: ${String(text)}`)
  return JSON.parse(text.slice(from, to + 1)) as { Version?: string; Statement: Statement[] }
}
