#!/usr/bin/env node
// Prints the IAM permission policy org-trail's role needs in a mode, generated from the action table in
// src/aws/actions.ts (the single source of truth), or rewrites the documentation's policy blocks from it.
//
//   node scripts/iam-policy.mjs check          # read-only policy, for mode: check
//   node scripts/iam-policy.mjs apply          # policy for mode: apply
//   node scripts/iam-policy.mjs apply --trail-arn ARN --bucket NAME [--s3-key-prefix PREFIX] [--kms-key-arn ARN]
//        [--sns-topic-arn ARN] [--cloud-watch-logs-role-arn ARN]   # the mode's policy narrowed to one declaration's resources
//   node scripts/iam-policy.mjs inventory [ROLE]   # what the member inventory adds to the role org-trail runs as
//   node scripts/iam-policy.mjs member-role    # policy of the role assumed in each member account
//   node scripts/iam-policy.mjs member-role-template  # CloudFormation template of the member role (StackSet)
//   node scripts/iam-policy.mjs log-archive-role [check|apply]  # policy of the Log Archive role (default apply)
//   node scripts/iam-policy.mjs log-archive-addition [ROLE_ARN]  # what log-archive-role-arn adds to the management role
//   node scripts/iam-policy.mjs table          # Markdown table of every action, its access and purpose
//   node scripts/iam-policy.mjs --write-docs   # regenerate the blocks between the markers, on whichever page
//                                             # of the README, CONTRIBUTING.md or docs/ holds each
//
// No build step: src/aws/actions.ts is transpiled with the installed `typescript` package.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import ts from 'typescript'
import { writeBlocks } from './doc-blocks.mjs'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const ACTIONS_TS = join(ROOT, 'src', 'aws', 'actions.ts')
const MODES = ['check', 'apply']
/** The member role name the documentation's examples use. */
export const EXAMPLE_MEMBER_ROLE = 'org-trail-inventory'
/** The Log Archive role ARN the documentation's examples use (the apply role's counterpart). */
export const EXAMPLE_LOG_ARCHIVE_ROLE = 'arn:aws:iam::222222222222:role/org-trail-log-archive'

/**
 * The resources of one declaration a narrowed policy is scoped to.
 * @typedef {{ trailArn: string, bucket: string, s3KeyPrefix?: string, kmsKeyArn?: string, snsTopicArn?: string,
 *   cloudWatchLogsRoleArn?: string }} Declaration
 */

/**
 * The declaration the documented narrowed policy is generated for (the README's declaration: its trail,
 * bucket and prefix, and the example key, topic and CloudWatch Logs role).
 * @type {Required<Declaration>}
 */
export const EXAMPLE_DECLARATION = {
  trailArn: 'arn:aws:cloudtrail:us-east-1:111111111111:trail/org-trail',
  bucket: 'example-org-cloudtrail-logs',
  s3KeyPrefix: 'cloudtrail',
  kmsKeyArn: 'arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  snsTopicArn: 'arn:aws:sns:us-east-1:111111111111:org-trail-notes',
  cloudWatchLogsRoleArn: 'arn:aws:iam::111111111111:role/CloudTrail-CloudWatchLogs'
}

/** Statement names by service prefix; a service missing here gets a Sid made from its prefix. */
const SERVICE_SIDS = {
  cloudtrail: 'CloudTrail',
  iam: 'IAM',
  kms: 'KMS',
  logs: 'CloudWatchLogs',
  organizations: 'Organizations',
  s3: 'S3',
  sns: 'SNS',
  sts: 'STS'
}

/** Loads src/aws/actions.ts as an ES module, transpiled in memory and imported from a temporary file. */
export async function loadActions() {
  const source = await readFile(ACTIONS_TS, 'utf8')
  const { outputText, diagnostics } = ts.transpileModule(source, {
    fileName: ACTIONS_TS,
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false }
  })
  if (diagnostics && diagnostics.length > 0) {
    const text = diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n')
    throw new Error(`Cannot transpile ${ACTIONS_TS}:\n${text}`)
  }
  const dir = await mkdtemp(join(tmpdir(), 'org-trail-actions-'))
  try {
    const file = join(dir, 'actions.mjs')
    await writeFile(file, outputText)
    return await import(pathToFileURL(file).href)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

function sidFor(service) {
  return SERVICE_SIDS[service] ?? service.replace(/(^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_, __, c) => c.toUpperCase())
}

/**
 * The permission policy for a list of IAM actions: one statement per service, actions sorted, on Resource
 * "*"; an action the table grants only under a condition gets a statement of its own with that condition
 * (after its service's). Deterministic, so the documentation and the test can compare text.
 */
export function renderPolicy(actions, table = {}) {
  const conditionOf = (action) => table[action]?.condition
  const byService = new Map()
  for (const action of [...actions].sort()) {
    const service = action.split(':')[0]
    if (!byService.has(service)) byService.set(service, { plain: [], conditioned: [] })
    byService.get(service)[conditionOf(action) ? 'conditioned' : 'plain'].push(action)
  }
  const Statement = [...byService.keys()].sort().flatMap((service) => {
    const { plain, conditioned } = byService.get(service)
    return [
      ...(plain.length > 0 ? [{ Sid: sidFor(service), Effect: 'Allow', Action: plain, Resource: '*' }] : []),
      ...conditioned.map((action) => ({
        Sid: `${sidFor(service)}${action.split(':')[1]}`,
        Effect: 'Allow',
        Action: [action],
        Resource: '*',
        Condition: conditionOf(action)
      }))
    ]
  })
  return JSON.stringify({ Version: '2012-10-17', Statement }, null, 2)
}

/** Sid suffixes of the narrowed statements, by the resource they are scoped to. */
const KIND_SIDS = {
  trail: 'Trail',
  bucket: 'Bucket',
  'log-files': 'LogFiles',
  key: 'Key',
  topic: 'Topic',
  'cloud-watch-logs-role': 'CloudWatchLogsRole',
  'service-linked-roles': 'ServiceLinkedRoles'
}

/**
 * The ARNs a resource kind of the action table names for one declaration; null when the declaration does
 * not use that resource (no key, topic or CloudWatch Logs role), so that its actions are left out.
 */
export function resourcesOf(kind, declaration, serviceLinkedRoles) {
  const m = /^arn:([^:]+):cloudtrail:[^:]+:(\d{12}):trail\/[^/]+$/.exec(declaration.trailArn ?? '')
  if (!m) throw new Error(`--trail-arn must be a trail ARN (arn:PARTITION:cloudtrail:REGION:ACCOUNT:trail/NAME)`)
  const [, partition, account] = m
  const optional = (value) => (value ? [value] : null)
  switch (kind) {
    case 'trail':
      return [declaration.trailArn]
    case 'bucket':
      if (!declaration.bucket) throw new Error('--bucket is required with --trail-arn')
      return [`arn:${partition}:s3:::${declaration.bucket}`]
    case 'log-files': {
      if (!declaration.bucket) throw new Error('--bucket is required with --trail-arn')
      const prefix = declaration.s3KeyPrefix ? `${declaration.s3KeyPrefix}/` : ''
      return [`arn:${partition}:s3:::${declaration.bucket}/${prefix}AWSLogs/*`]
    }
    case 'key':
      return optional(declaration.kmsKeyArn)
    case 'topic':
      return optional(declaration.snsTopicArn)
    case 'cloud-watch-logs-role':
      return optional(declaration.cloudWatchLogsRoleArn)
    case 'service-linked-roles':
      return serviceLinkedRoles.map((role) => `arn:${partition}:iam::${account}:role/${role}`)
    default:
      throw new Error(`Unknown resource kind "${kind}"`)
  }
}

/**
 * A mode's policy narrowed to one declaration: each action the table scopes goes on its resource's ARN (and
 * is left out when the declaration has no such resource), conditions kept; the rest stays on "*" (those
 * actions support nothing else, or name resources org-trail cannot know: docs/permissions.md lists them).
 */
export function renderNarrowedPolicy(table, actions, declaration, serviceLinkedRoles) {
  const groups = new Map()
  for (const action of [...actions].sort()) {
    const info = table[action]
    const resources = info.resource ? resourcesOf(info.resource, declaration, serviceLinkedRoles) : ['*']
    if (resources === null) continue
    const service = action.split(':')[0]
    const name = info.condition
      ? `${sidFor(service)}${action.split(':')[1]}`
      : `${sidFor(service)}${info.resource ? KIND_SIDS[info.resource] : ''}`
    if (!groups.has(name)) groups.set(name, { service, resources, condition: info.condition, actions: [] })
    groups.get(name).actions.push(action)
  }
  const order = [...groups.keys()].sort((a, b) => {
    const [ga, gb] = [groups.get(a), groups.get(b)]
    return (
      ga.service.localeCompare(gb.service) ||
      Number(Boolean(ga.condition)) - Number(Boolean(gb.condition)) ||
      a.localeCompare(b)
    )
  })
  const Statement = order.map((Sid) => {
    const g = groups.get(Sid)
    return {
      Sid,
      Effect: 'Allow',
      Action: g.actions,
      Resource: g.resources.length === 1 ? g.resources[0] : g.resources,
      ...(g.condition ? { Condition: g.condition } : {})
    }
  })
  return JSON.stringify({ Version: '2012-10-17', Statement }, null, 2)
}

/** @param {string} mode @param {Declaration} declaration */
export async function narrowedPolicyFor(mode, declaration = EXAMPLE_DECLARATION) {
  if (!MODES.includes(mode)) throw new Error(`Unknown mode "${mode}": expected ${MODES.join(' or ')}`)
  const { IAM_ACTIONS, actionsFor, CREATABLE_SERVICE_LINKED_ROLES } = await loadActions()
  return renderNarrowedPolicy(IAM_ACTIONS, actionsFor(mode), declaration, CREATABLE_SERVICE_LINKED_ROLES)
}

/**
 * The member inventory's policies: statements per service as renderPolicy makes them, except that an
 * action granted on the member role (sts:AssumeRole) gets its own statement on that role's ARN in every
 * account and every partition (arn:*:…, so that the policy works unchanged in GovCloud and China), so the
 * management role can assume that role name and no other.
 */
export function renderInventoryPolicy(table, actions, roleName, sidPrefix = '') {
  const scoped = actions.filter((a) => table[a].onMemberRole)
  const rest = JSON.parse(
    renderPolicy(
      actions.filter((a) => !table[a].onMemberRole),
      table
    )
  )
  // Unique next to the check or apply policy's Sids when both go into one document.
  const Statement = rest.Statement.map((s) => ({ ...s, Sid: `${sidPrefix}${s.Sid}` }))
  if (scoped.length > 0)
    Statement.push({
      Sid: 'AssumeMemberRole',
      Effect: 'Allow',
      Action: [...scoped].sort(),
      Resource: `arn:*:iam::*:role/${roleName}`
    })
  return JSON.stringify({ Version: '2012-10-17', Statement }, null, 2)
}

export async function inventoryPolicyFor(role, roleName = EXAMPLE_MEMBER_ROLE) {
  const { IAM_ACTIONS, inventoryActionsFor } = await loadActions()
  return renderInventoryPolicy(
    IAM_ACTIONS,
    inventoryActionsFor(role),
    roleName,
    role === 'management' ? 'Inventory' : ''
  )
}

/** The Log Archive role's permission policy for a mode: the bucket's and its key's actions. */
export async function logArchivePolicyFor(mode = 'apply') {
  if (!MODES.includes(mode)) throw new Error(`Unknown mode "${mode}": expected ${MODES.join(' or ')}`)
  const { IAM_ACTIONS, logArchiveActionsFor } = await loadActions()
  return renderPolicy(logArchiveActionsFor(mode), IAM_ACTIONS)
}

/** What log-archive-role-arn adds to the management role's policy: assuming that one role, nothing else. */
export async function logArchiveAdditionFor(roleArn = EXAMPLE_LOG_ARCHIVE_ROLE) {
  const { logArchiveAdditionActions } = await loadActions()
  const Statement = [
    { Sid: 'AssumeLogArchiveRole', Effect: 'Allow', Action: logArchiveAdditionActions(), Resource: roleArn }
  ]
  return JSON.stringify({ Version: '2012-10-17', Statement }, null, 2)
}

/**
 * A CloudFormation template of the member role, for a StackSet deployed to every member account: trusted by
 * the management account, allowed exactly the member role's actions.
 */
export function renderStackSetTemplate(actions) {
  return [
    "AWSTemplateFormatVersion: '2010-09-09'",
    'Description: Read-only role for the org-trail member-account trail inventory',
    'Parameters:',
    '  ManagementAccountId:',
    '    Type: String',
    "    AllowedPattern: '^\\d{12}$'",
    '    Description: The account org-trail runs in (assumes this role from)',
    '  RoleName:',
    '    Type: String',
    `    Default: ${EXAMPLE_MEMBER_ROLE}`,
    '    Description: The value of the member-role-name input',
    'Resources:',
    '  InventoryRole:',
    '    Type: AWS::IAM::Role',
    '    Properties:',
    '      RoleName: !Ref RoleName',
    '      MaxSessionDuration: 3600',
    '      AssumeRolePolicyDocument:',
    "        Version: '2012-10-17'",
    '        Statement:',
    '          - Effect: Allow',
    '            Principal:',
    "              AWS: !Sub 'arn:${AWS::Partition}:iam::${ManagementAccountId}:root'",
    '            Action: sts:AssumeRole',
    '      Policies:',
    '        - PolicyName: org-trail-inventory',
    '          PolicyDocument:',
    "            Version: '2012-10-17'",
    '            Statement:',
    '              - Effect: Allow',
    '                Action:',
    ...[...actions].sort().map((a) => `                  - ${a}`),
    "                Resource: '*'"
  ].join('\n')
}

export async function stackSetTemplate() {
  const { inventoryActionsFor } = await loadActions()
  return renderStackSetTemplate(inventoryActionsFor('member'))
}

/** Every action of the table as a Markdown table: which policy holds it, and why org-trail needs it. */
export function renderActionsTable(table, actionsFor) {
  const inCheck = new Set(actionsFor('check'))
  const inApply = new Set(actionsFor('apply'))
  const where = (action) => {
    if (table[action].outsidePermissionPolicy) return 'not in the permission policy'
    const modes = inCheck.has(action) ? ['check', 'apply'] : inApply.has(action) ? ['apply'] : []
    const inventory = (table[action].inventory ?? []).map((r) => (r === 'member' ? 'member role' : 'inventory'))
    const logArchive = [
      ...(table[action].logArchive ? ['Log Archive role'] : []),
      ...(table[action].onLogArchiveRole ? ['log-archive-role-arn'] : [])
    ]
    return [...modes, ...inventory, ...logArchive].join(', ') || 'none'
  }
  const rows = Object.keys(table)
    .sort()
    .map((action) => {
      const info = table[action]
      const why = `${info.purpose}${info.requiredByCloudTrail ? ' *(CloudTrail checks the caller for it)*' : ''}`
      return `| \`${action}\` | ${info.access} | ${where(action)} | ${why.replace(/\|/g, '\\|')} |`
    })
  return ['| Action | Access | Policy | Why |', '| --- | --- | --- | --- |', ...rows].join('\n')
}

export async function actionsTable() {
  const { IAM_ACTIONS, actionsFor } = await loadActions()
  return renderActionsTable(IAM_ACTIONS, actionsFor)
}

export async function policyFor(mode) {
  if (!MODES.includes(mode)) throw new Error(`Unknown mode "${mode}": expected ${MODES.join(' or ')}`)
  const { IAM_ACTIONS, actionsFor } = await loadActions()
  return renderPolicy(actionsFor(mode), IAM_ACTIONS)
}

async function main(args) {
  const [arg] = args
  if (arg === '--write-docs' || arg === '--write-readme') {
    const blocks = {}
    for (const mode of MODES) blocks[`iam-policy:${mode}`] = await policyFor(mode)
    blocks['iam-policy:inventory'] = await inventoryPolicyFor('management')
    blocks['iam-policy:member-role'] = await inventoryPolicyFor('member')
    blocks['iam-policy:log-archive-role'] = await logArchivePolicyFor('apply')
    blocks['iam-policy:log-archive-addition'] = await logArchiveAdditionFor()
    blocks['iam-policy:apply-narrowed'] = await narrowedPolicyFor('apply')
    for (const [name, policy] of Object.entries(blocks)) blocks[name] = `\`\`\`json\n${policy}\n\`\`\``
    blocks['iam-actions'] = await actionsTable()
    blocks['member-role-template'] = `\`\`\`yaml\n${await stackSetTemplate()}\n\`\`\``
    writeBlocks(blocks, 'IAM policies')
    return
  }
  if (arg === 'inventory' || arg === 'member-role') {
    const roleName = args[1] ?? EXAMPLE_MEMBER_ROLE
    process.stdout.write(`${await inventoryPolicyFor(arg === 'inventory' ? 'management' : 'member', roleName)}\n`)
    return
  }
  if (arg === 'log-archive-role') {
    process.stdout.write(`${await logArchivePolicyFor(args[1] ?? 'apply')}\n`)
    return
  }
  if (arg === 'log-archive-addition') {
    process.stdout.write(`${await logArchiveAdditionFor(args[1] ?? EXAMPLE_LOG_ARCHIVE_ROLE)}\n`)
    return
  }
  if (arg === 'member-role-template') {
    process.stdout.write(`${await stackSetTemplate()}\n`)
    return
  }
  if (arg === 'table') {
    process.stdout.write(`${await actionsTable()}\n`)
    return
  }
  if (MODES.includes(arg) && args.length > 1) {
    const { values } = parseArgs({
      args: args.slice(1),
      options: {
        'trail-arn': { type: 'string' },
        bucket: { type: 'string' },
        's3-key-prefix': { type: 'string' },
        'kms-key-arn': { type: 'string' },
        'sns-topic-arn': { type: 'string' },
        'cloud-watch-logs-role-arn': { type: 'string' }
      }
    })
    const declaration = {
      trailArn: values['trail-arn'],
      bucket: values.bucket,
      s3KeyPrefix: values['s3-key-prefix'],
      kmsKeyArn: values['kms-key-arn'],
      snsTopicArn: values['sns-topic-arn'],
      cloudWatchLogsRoleArn: values['cloud-watch-logs-role-arn']
    }
    process.stdout.write(`${await narrowedPolicyFor(arg, declaration)}\n`)
    return
  }
  if (!MODES.includes(arg)) {
    console.error(
      'Usage: node scripts/iam-policy.mjs check|apply [--trail-arn ARN --bucket NAME [--s3-key-prefix PREFIX] [--kms-key-arn ARN] [--sns-topic-arn ARN] [--cloud-watch-logs-role-arn ARN]]|inventory [ROLE]|member-role|member-role-template|log-archive-role [MODE]|log-archive-addition [ROLE_ARN]|table|--write-docs'
    )
    process.exitCode = 2
    return
  }
  process.stdout.write(`${await policyFor(arg)}\n`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exitCode = 1
  })
}
