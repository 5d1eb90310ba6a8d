#!/usr/bin/env node
// `npm run demo`: the bundled action (dist/index.js), started the way the GitHub runner starts it,
// against a local AWS (a moto server) through GitHub OIDC, in the five runs people care about:
//
//   1. apply on a fresh organization       → created
//   2. apply again                          → unchanged, and not one write request
//   3. someone stops logging and makes the trail single-region; check mode (the merge gate) → drift, fails
//   4. apply                                → updated
//   5. check                                → in-sync
//
// Nothing here touches a real AWS account: every server listens on 127.0.0.1 and stops at the end.
// Each run prints a short block (what it did, its requests and writes, the state it left) and the paths of
// its job summary: the Markdown the action wrote, and that Markdown rendered as GitHub shows it (.html).
// Options: --markdown  also print each job summary's Markdown.   Exit code: 0 when every run behaved as expected.

import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { StopLoggingCommand, UpdateTrailCommand } from '@aws-sdk/client-cloudtrail'
import { ensureMoto, startMoto } from '../tools/moto.mjs'
import { startTokenServer } from '../tools/oidc.mjs'
import { startProxy } from '../tools/proxy.mjs'
import { runAction } from '../tools/runner.mjs'
import { clients, readState, seedBucket, seedOrganization, seedRole } from '../tools/seed.mjs'
import { summaryPage } from '../tools/summary-page.mjs'
import { repoRoot } from '../tools/util.mjs'
import { foreignTlsDeny } from '../tools/statements.mjs'

const REGION = 'us-east-1'
const TRAIL = 'org-trail'
const BUCKET = 'org-trail-demo-logs'
const showMarkdown = process.argv.includes('--markdown')
/** Where each run's job summary is kept, as Markdown and rendered. */
const SUMMARIES = path.join(repoRoot, '.tmp', 'demo')

const color = process.stdout.isTTY && !process.env.NO_COLOR
const paint = (code) => (text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text)
const bold = paint('1')
const dim = paint('2')
const green = paint('32')
const red = paint('31')
const yellow = paint('33')
let interrupted = false
const say = (line = '') => void (interrupted || process.stdout.write(`${line}\n`))

/** A statement the action does not own: it must survive every run exactly. */
const FOREIGN = foreignTlsDeny(BUCKET)

// Servers, stopped in reverse order at the end, on error and on Ctrl-C.
const servers = []
let stopping = null
function stopAll() {
  stopping ??= (async () => {
    for (const server of servers.reverse()) await server.stop().catch(() => undefined)
  })()
  return stopping
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    say(`\n${yellow(`${signal}: stopping the servers…`)}`)
    interrupted = true // whatever the runs still print now is noise
    void stopAll().then(() => process.exit(130))
  })
}

function header(step, title, expectation) {
  const line = `━━━ ${step}/5  ${title}`
  say()
  say(bold(`${line} ${'━'.repeat(Math.max(3, 96 - line.length))}`))
  say(dim(`expected: ${expectation}`))
}

/** Prints what a person needs from a run, then checks it against the expectation. */
function report(run, stats, expected) {
  const errors = run.annotations.filter((a) => a.level === 'error')
  const warnings = run.annotations.filter((a) => a.level === 'warning')
  const notices = run.annotations.filter((a) => a.level === 'notice')
  const writes = Object.entries(stats.byOperation)
    .filter(([op]) => !/^(Get|List|Describe|Head|AssumeRoleWithWebIdentity)/.test(op))
    .map(([op, n]) => (n > 1 ? `${op}×${n}` : op))
  say(
    `exit code     ${run.code === 0 ? green('0') : red(String(run.code))}${run.code === 0 ? '' : dim('  (the step fails)')}`
  )
  say(`status        ${bold(run.outputs.status ?? '(none)')}: ${whatItDid(run.summary)}`)
  say(
    `AWS requests  ${stats.total} requests, ${stats.writes} writes${writes.length > 0 ? `: ${writes.join(', ')}` : ''}`
  )
  say(`changes       ${describeChanges(run.outputs.changes)}`)
  say(
    `trail now     ${run.outputs['trail-arn'] ?? '(none)'} · ${run.outputs['is-logging'] === 'true' ? 'logging' : 'not logging'}`
  )
  say(`annotations   ${errors.length} error, ${warnings.length} warning, ${notices.length} notice`)
  for (const a of errors) say(`  ${red('error')} ${a.title ? `${bold(a.title)}: ` : ''}${a.message.split('\n')[0]}`)
  say(dim(`took          ${(run.durationMs / 1000).toFixed(1)}s`))

  const problems = []
  if (run.code !== expected.code) problems.push(`exit code ${run.code}, expected ${expected.code}`)
  if (run.outputs.status !== expected.status) problems.push(`status ${run.outputs.status}, expected ${expected.status}`)
  if (expected.writes === 0 && stats.writes !== 0) problems.push(`${stats.writes} write requests, expected none`)
  if (expected.writes === 'some' && stats.writes === 0) problems.push('no write request, expected some')
  if (run.timedOut) problems.push('the action timed out')
  return problems
}

/** The summary's own sentence of what the run did: the line after its heading. */
function whatItDid(summary) {
  const line = summary.split('\n').find((l) => /^\*\*(Check|Apply):\*\* /.test(l)) ?? ''
  return line.replace(/^\*\*(Check|Apply):\*\* /, '')
}

/** Keeps the run's job summary as Markdown and as GitHub would render it; prints where, or the Markdown. */
async function keepSummary(n, title, run) {
  await mkdir(SUMMARIES, { recursive: true })
  const name = `${n}-${title
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()}`
  const md = path.join(SUMMARIES, `${name}.md`)
  const html = path.join(SUMMARIES, `${name}.html`)
  await writeFile(md, run.summary)
  await writeFile(html, await summaryPage(run.summary, { title: `${n}. ${title}` }))
  say(
    `summary       ${path.relative(process.cwd(), html)}  ${dim(`(rendered; Markdown: ${path.relative(process.cwd(), md)})`)}`
  )
  if (!showMarkdown) return
  say(dim('job summary (the Markdown the action wrote to GITHUB_STEP_SUMMARY):'))
  for (const line of run.summary.trimEnd().split('\n')) say(`${dim('  │')} ${line}`)
}

function describeChanges(json) {
  let changes
  try {
    changes = JSON.parse(json ?? '[]')
  } catch {
    return String(json)
  }
  if (changes.length === 0) return 'none'
  const shown = changes.slice(0, 4).map((c) => `  • ${c.what}: ${oneLine(c.before)} → ${oneLine(c.after)}`)
  const more = changes.length > shown.length ? [dim(`  … ${changes.length - shown.length} more in the summary`)] : []
  return `${changes.length}\n${[...shown, ...more].join('\n')}`
}

const oneLine = (text) => String(text).replace(/\n/g, '; ')

function verdict(problems) {
  if (problems.length === 0) say(green('✔ as expected'))
  else for (const p of problems) say(red(`✘ ${p}`))
  return problems.length === 0
}

let passed = 0
const results = []
try {
  say(bold('org-trail demo: the bundled action against a local AWS (moto), through GitHub OIDC'))
  say(dim('Nothing here talks to a real AWS account.'))
  say()
  await ensureMoto()
  const moto = await startMoto({ quiet: true })
  servers.push(moto)
  const oidc = await startTokenServer()
  servers.push(oidc)
  const proxy = await startProxy({ target: moto.url })
  servers.push(proxy)
  say(`moto server           ${moto.url}`)
  say(`OIDC token endpoint   ${oidc.requestUrl.replace(/\?.*/, '')}  ${dim('(stands in for GitHub’s)')}`)
  say(`recording proxy       ${proxy.url}  ${dim('(AWS_ENDPOINT_URL of the action; counts every request)')}`)

  const { orgId, managementAccountId } = await seedOrganization({
    endpoint: moto.url,
    region: REGION,
    featureSet: 'ALL'
  })
  await seedBucket({
    endpoint: moto.url,
    region: REGION,
    bucket: BUCKET,
    policy: { Version: '2012-10-17', Statement: [FOREIGN] }
  })
  const roleArn = await seedRole({ endpoint: moto.url, region: REGION })
  say()
  say(
    `seeded organization   ${orgId} (ALL features), management account ${managementAccountId}, AWSServiceRoleForOrganizations`
  )
  say(`seeded bucket         ${BUCKET}, whose policy has one statement of its own (${FOREIGN.Sid})`)
  say(`seeded role           ${roleArn}  ${dim('(assumed with the OIDC token)')}`)

  const inputs = { 'trail-name': TRAIL, 's3-bucket-name': BUCKET, 'role-to-assume': roleArn }
  const env = {
    AWS_ENDPOINT_URL: proxy.url,
    AWS_REGION: REGION,
    ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken
  }
  say(
    dim(`\nEach run: node dist/index.js with INPUT_* from action.yml defaults plus ${Object.keys(inputs).join(', ')}.`)
  )

  /** One run of the action, reported and checked. */
  async function step(n, title, expected, extra = {}, after = async () => []) {
    header(
      n,
      title,
      `exit ${expected.code}, status ${expected.status}${expected.writes === 0 ? ', no write request' : ''}`
    )
    proxy.reset()
    const run = await runAction({ inputs: { ...inputs, ...extra }, env })
    const problems = [...report(run, proxy.stats(), expected), ...(await after(run))]
    await keepSummary(n, title, run)
    const ok = verdict(problems)
    results.push({ n, title, ok })
    if (ok) passed++
    return run
  }

  await step(1, 'apply on a fresh organization', { code: 0, status: 'created', writes: 'some' }, {}, async () => {
    const s = await readState({ endpoint: moto.url, region: REGION, bucket: BUCKET })
    const problems = []
    const logging = s.statuses[TRAIL]?.IsLogging === true
    const kept =
      JSON.stringify(s.bucketPolicy?.Statement?.find((st) => st.Sid === FOREIGN.Sid)) === JSON.stringify(FOREIGN)
    say(
      `in AWS now    trail ${logging ? 'logging' : 'NOT logging'}; trusted services ${JSON.stringify(s.trustedServices)}; ` +
        `bucket policy ${s.bucketPolicy?.Statement?.length ?? 0} statements, ${FOREIGN.Sid} ${kept ? 'kept exactly' : 'CHANGED'}`
    )
    if (!logging) problems.push('the trail is not logging')
    if (!kept) problems.push(`the foreign statement ${FOREIGN.Sid} was not kept exactly`)
    return problems
  })

  await step(2, 'apply again: the nightly run with nothing to do', { code: 0, status: 'unchanged', writes: 0 })

  const trailArn = `arn:aws:cloudtrail:${REGION}:${managementAccountId}:trail/${TRAIL}`
  say()
  say(
    yellow(
      `Simulating drift by hand (SDK, straight to moto): UpdateTrail IsMultiRegionTrail=false, StopLogging on ${trailArn}`
    )
  )
  const { cloudtrail } = clients({ endpoint: moto.url, region: REGION })
  await cloudtrail.send(new UpdateTrailCommand({ Name: trailArn, IsMultiRegionTrail: false }))
  await cloudtrail.send(new StopLoggingCommand({ Name: trailArn }))

  await step(
    3,
    'check mode on the drifted trail: the merge gate',
    { code: 1, status: 'drift', writes: 0 },
    { mode: 'check' }
  )

  await step(4, 'apply: converge the drift', { code: 0, status: 'updated', writes: 'some' }, {}, async () => {
    const s = await readState({ endpoint: moto.url, region: REGION })
    const trail = s.trails.find((t) => t.Name === TRAIL)
    const logging = s.statuses[TRAIL]?.IsLogging === true
    say(`in AWS now    multi-region ${trail?.IsMultiRegionTrail}, logging ${logging}`)
    return trail?.IsMultiRegionTrail && logging ? [] : ['the trail was not restored to multi-region and logging']
  })

  await step(5, 'check mode again', { code: 0, status: 'in-sync', writes: 0 }, { mode: 'check' })
} catch (error) {
  say()
  say(red(`The demo stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`))
} finally {
  await stopAll()
}

say()
say(bold('━━━ Result ' + '━'.repeat(85)))
for (const r of results) say(`${r.ok ? green('✔') : red('✘')} ${r.n}. ${r.title}`)
const ok = passed === 5
say(
  ok
    ? green(bold('All 5 runs behaved as expected. Servers stopped.'))
    : red(bold(`${passed} of 5 runs behaved as expected. Servers stopped.`))
)
process.exit(ok ? 0 : 1)
