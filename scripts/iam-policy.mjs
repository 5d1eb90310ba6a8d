#!/usr/bin/env node
// Prints the IAM permission policy org-trail's role needs in a mode, generated from the action table in
// src/aws/actions.ts (the single source of truth), or rewrites the README's policy blocks from it.
//
//   node scripts/iam-policy.mjs check          # read-only policy, for mode: check
//   node scripts/iam-policy.mjs apply          # policy for mode: apply
//   node scripts/iam-policy.mjs table          # Markdown table of every action, its access and purpose
//   node scripts/iam-policy.mjs --write-readme # regenerate the blocks between the markers in README.md
//
// No build step: src/aws/actions.ts is transpiled with the installed `typescript` package.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const ACTIONS_TS = join(ROOT, 'src', 'aws', 'actions.ts')
const README = join(ROOT, 'README.md')
const MODES = ['check', 'apply']

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
 * The permission policy for a list of IAM actions: one statement per service, actions sorted, every
 * statement on Resource "*". Deterministic, so the README and the test can compare text.
 */
export function renderPolicy(actions) {
  const byService = new Map()
  for (const action of [...actions].sort()) {
    const service = action.split(':')[0]
    if (!byService.has(service)) byService.set(service, [])
    byService.get(service).push(action)
  }
  const Statement = [...byService.keys()].sort().map((service) => ({
    Sid: sidFor(service),
    Effect: 'Allow',
    Action: byService.get(service),
    Resource: '*'
  }))
  return JSON.stringify({ Version: '2012-10-17', Statement }, null, 2)
}

/** Every action of the table as a Markdown table: which policy holds it, and why org-trail needs it. */
export function renderActionsTable(table, actionsFor) {
  const inCheck = new Set(actionsFor('check'))
  const inApply = new Set(actionsFor('apply'))
  const where = (action) => {
    if (table[action].outsidePermissionPolicy) return 'not in the permission policy'
    return inCheck.has(action) ? 'check, apply' : inApply.has(action) ? 'apply' : 'none'
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
  const { actionsFor } = await loadActions()
  return renderPolicy(actionsFor(mode))
}

/** Replaces what lies between `<!-- name -->` and `<!-- /name -->`; throws when the markers are missing or repeated. */
export function replaceBlock(text, name, content) {
  const open = `<!-- ${name} -->`
  const close = `<!-- /${name} -->`
  const start = text.indexOf(open)
  const end = text.indexOf(close)
  if (start === -1 || end === -1 || end < start) throw new Error(`README.md has no "${open}" … "${close}" block`)
  if (text.indexOf(open, start + open.length) !== -1) throw new Error(`README.md has more than one "${open}" block`)
  return `${text.slice(0, start + open.length)}\n${content}\n${text.slice(end)}`
}

/** The README text with the generated blocks replaced: one policy per mode and the actions table. */
export function replaceBlocks(readme, policies, table) {
  let text = readme
  for (const [mode, policy] of Object.entries(policies))
    text = replaceBlock(text, `iam-policy:${mode}`, `\`\`\`json\n${policy}\n\`\`\``)
  if (table !== undefined) text = replaceBlock(text, 'iam-actions', table)
  return text
}

async function main(args) {
  const [arg] = args
  if (arg === '--write-readme') {
    const policies = {}
    for (const mode of MODES) policies[mode] = await policyFor(mode)
    const before = await readFile(README, 'utf8')
    const after = replaceBlocks(before, policies, await actionsTable())
    if (after === before) {
      console.log('README.md: IAM policies already up to date')
    } else {
      await writeFile(README, after)
      console.log('README.md: IAM policies rewritten')
    }
    return
  }
  if (arg === 'table') {
    process.stdout.write(`${await actionsTable()}\n`)
    return
  }
  if (!MODES.includes(arg)) {
    console.error('Usage: node scripts/iam-policy.mjs check|apply|table|--write-readme')
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
