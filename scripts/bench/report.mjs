// The benchmark's report: BENCHMARKS.md's main part, rendered from the figures scripts/bench/run.mjs
// returns and nothing else (no clock, no machine, no file), so the same figures always give the same text.
import { max, median, min, ms } from './stats.mjs'

/** "812 ms (776–905)": median and the range over the runs. */
const spread = (xs) =>
  xs.length === 0
    ? 'n/a'
    : xs.length === 1
      ? ms(xs[0])
      : `${ms(median(xs))} (${Math.round(min(xs))}–${Math.round(max(xs))})`
/** A count that should be the same in every run: the value, or the range when it is not. */
const count = (xs) =>
  xs.length === 0 ? 'n/a' : min(xs) === max(xs) ? String(xs[0]) : `${min(xs)}–${max(xs)} (median ${median(xs)})`
const bytes = (n) => `${n.toLocaleString('en-US')} B (${(n / 1024 / 1024).toFixed(2)} MiB)`

/** The start of a run, as a baseline (an earlier run's figures) and this run measured it: medians. */
function startFigures(f) {
  const runs = [...f.cases.create, ...f.cases.converged, ...f.cases.check]
  const of = (key) => median(runs.map((r) => r[key]))
  return {
    node: median(f.cold.node),
    invalid: median(f.cold.validation),
    token: of('firstTokenMs'),
    firstAws: of('firstAwsMs'),
    check: median(f.cases.check.map((r) => r.wallMs)),
    entry: f.bundle.indexBytes
  }
}

/** "+24 ms (+43%)" */
const change = (a, b, unit = ms) =>
  `${b >= a ? '+' : '−'}${unit(Math.abs(b - a))} (${b >= a ? '+' : '−'}${Math.round((Math.abs(b - a) / a) * 100)}%)`

/** The before → after section: this run's start against the figures of an earlier one (`npm run bench -- --baseline`). */
function renderBaseline(baseline, f) {
  const a = startFigures(baseline)
  const b = startFigures(f)
  const load = (l) => l.map((x) => x.toFixed(2)).join(' ')
  const size = (n) => `${n.toLocaleString('en-US')} B`
  const row = (name, key, unit = ms) =>
    `| ${name} | ${unit(a[key])} | ${unit(b[key])} | ${change(a[key], b[key], unit)} |`
  return `## Before → after

The start of a run, against the figures of \`${baseline.name}\` (measured ${baseline.date}, load average ${load(baseline.machine.loadBefore)};
this run: load average ${load(f.machine.loadBefore)}), each a median over its runs. A bare \`node -e 0\` shows how
alike the conditions of the two runs were.

| measure | before | after | change |
|---|---|---|---|
${row('bare `node -e 0`', 'node')}
${row('invalid-input exit (process start to exit, no request)', 'invalid')}
${row('process start → the OIDC token request', 'token')}
${row('process start → the first AWS request', 'firstAws')}
${row('check mode on a converged trail, process start to exit', 'check')}
${row('entry chunk (dist/index.js)', 'entry', size)}

The invalid-input exit changed by ${change(a.invalid, b.invalid)}, the first AWS request by ${change(a.firstAws, b.firstAws)}.
`
}

/**
 * BENCHMARKS.md without its member-inventory section, from measureBench()'s figures; with an earlier run's
 * figures (`baseline`), also the before → after table of the start.
 */
export function renderBench(f, before = null) {
  const {
    command: COMMAND,
    date,
    runs: RUNS,
    latencyMs: LATENCY_MS,
    propagationMs: PROPAGATION_MS,
    defaultPropagationMs: DEFAULT_PROPAGATION_MS,
    coldRuns: COLD_RUNS,
    invalidTrailName: INVALID_TRAIL_NAME,
    cliReads: CLI_READS,
    cli,
    motoVersion,
    cases,
    cold,
    bundle,
    anomalies
  } = f
  const cliVersion = cli.ok ? cli.version : null

  const col = (list, key) => list.map((r) => r[key])
  const ratio = (ours, theirs) => ours.map((o, i) => o / theirs[i])
  const load = (l) => l.map((x) => x.toFixed(2)).join(' ')
  const machine = {
    ...f.machine,
    memory: `${f.machine.memoryGiB.toFixed(1)} GiB`,
    load: `${load(f.machine.loadBefore)} before, ${load(f.machine.loadAfter)} after (1, 5, 15 min)`
  }

  const actionRow = (name, list) =>
    `| ${name} | ${count(col(list, 'total'))} | ${count(col(list, 'writes'))} | ${count(col(list, 'roundTrips'))} + 1 token | ${spread(col(list, 'wallMs'))} |`
  const cliRow = (name, list) =>
    `| ${name} | ${count(col(list, 'total'))} | ${count(col(list, 'writes'))} | ${count(col(list, 'roundTrips'))} (${list[0]?.processes ?? 0} processes) | ${spread(col(list, 'wallMs'))} |`

  const checkRatio = cli.ok ? ratio(col(cases.check, 'wallMs'), col(cases.cliReads, 'wallMs')) : []
  const createRatio = cli.ok ? ratio(col(cases.create, 'wallMs'), col(cases.cliCreate, 'wallMs')) : []
  const ratioText = (r) =>
    r.length
      ? `${median(r).toFixed(3)} (${min(r).toFixed(3)}–${max(r).toFixed(3)}); ${(1 / median(r)).toFixed(1)}× ${median(r) < 1 ? 'faster' : 'slower'}`
      : 'not measured'

  const slow = cases.slowCreate ?? []
  const converged = cases.converged
  const convergedWrites = max(col(converged, 'writes'))
  const convergedTrips = max(col(converged, 'roundTrips'))
  const worstChain = converged.find((r) => r.roundTrips === convergedTrips)?.chain ?? []
  const firstRequest = [...cases.create, ...cases.converged, ...cases.check]
  const nodeMedian = median(cold.node)
  const validationX = median(cold.validation) / nodeMedian
  const firstRequestX = median(col(firstRequest, 'firstRequestMs')) / nodeMedian
  const firstAws = median(col(firstRequest, 'firstAwsMs'))
  const FIRST_AWS_TARGET_MS = 120
  const checkX = cli.ok ? 1 / median(checkRatio) : NaN
  const of = (list, key) => median(col(list, key))
  const kb = (n) => `${Math.round(n / 1024)} KB`
  // What the time between the token and STS, and between STS and the reads, is spent on (src/main.ts's order:
  // the token is asked for, then the stages load, then STS is asked).
  const SESSION_LOAD =
    "what loading the stages adds beyond the token's round trip: the session with the STS client and @smithy/core, the " +
    'CloudTrail, S3, IAM and Organizations clients, observe, plan, apply and publish'
  const STAGES_LOAD = 'creating the clients and sending the first reads (the stages are loaded before STS is asked)'
  const entryHolds = bundle.entryPackages.map((p) => `${p.name} ${kb(p.size)}`).join(', ')
  const minified = bundle.avgLine > 1000
  const lazy = bundle.chunks.length > 0

  const chainRows = [
    ['create', cases.create],
    ['converged apply', cases.converged],
    ['check, converged', cases.check]
  ].map(([name, list]) => {
    const longest = list.reduce((a, b) => (b.roundTrips > a.roundTrips ? b : a), list[0])
    return `| ${name} | ${longest.chain.join(' → ')} | ${[...new Set(list.flatMap((r) => r.writeOps))].join(', ') || 'none'} |`
  })

  const targets = [
    `- **Converged run: zero writes, at most 3 round trips after the token** — ${convergedWrites === 0 && convergedTrips <= 3 ? '**met**' : '**not met**'}: ` +
      `${convergedWrites} write request${convergedWrites === 1 ? '' : 's'}, ${convergedTrips} round trip${convergedTrips === 1 ? '' : 's'} after the token ` +
      `(${worstChain.join(' → ')}).` +
      (convergedTrips > 3 ? ' The chain above is the one that exceeds the target.' : ''),
    cli.ok
      ? `- **Check mode on a converged trail at least 15× faster than the CLI procedure's reads** — ${checkX >= 15 ? '**met**' : '**not met**'}: ` +
        `${checkX.toFixed(1)}× (median of per-run ratios; range ${(1 / max(checkRatio)).toFixed(1)}–${(1 / min(checkRatio)).toFixed(1)}×). ` +
        `The CLI spends ${ms(of(cases.cliReads, 'wallMs') / CLI_READS.length)} per call, mostly starting Python. The check's ` +
        `${ms(of(cases.check, 'wallMs'))}: ${ms(of(cases.check, 'firstTokenMs'))} from process start to the token request ` +
        `(node's own start is ${ms(nodeMedian)} of it), ${ms(of(cases.check, 'tokenTripMs'))} for the token, ` +
        `${ms(of(cases.check, 'tokenToStsMs'))} from the token to the STS request (${SESSION_LOAD}), ` +
        `${ms(of(cases.check, 'awsSpanMs'))} on its ${of(cases.check, 'roundTrips')} AWS round trips (${LATENCY_MS} ms each at the proxy, ` +
        `with moto's own time and ${ms(of(cases.check, 'stsGapMs'))} from STS's answer to the next request: ${STAGES_LOAD}) and ` +
        `${ms(of(cases.check, 'tailMs'))} from the last response to the exit (plan, summary, outputs).`
      : `- **Check mode at least 15× faster than the CLI procedure's reads** — **not measured**: ${cli.why}`,
    `- **An invalid-input exit at most 2× a bare \`node -e 0\`** — ${validationX <= 2 ? '**met**' : '**not met**'}: ` +
      `${validationX.toFixed(1)}× (${ms(median(cold.validation))} against ${ms(nodeMedian)}). The difference, ` +
      `${ms(median(cold.validation) - nodeMedian)}, is loading and running the entry chunk (${kb(bundle.indexBytes)}: ${entryHolds}) and validating.`,
    `- **The first AWS request at most ${FIRST_AWS_TARGET_MS} ms after the process starts (${LATENCY_MS} ms latency)** — ` +
      `${firstAws <= FIRST_AWS_TARGET_MS ? '**met**' : '**not met**'}: ${ms(firstAws)} (median of the ${firstRequest.length} action runs): ` +
      `${ms(of(firstRequest, 'firstTokenMs'))} to the token request (node's own start ${ms(nodeMedian)}, then the entry chunk and the ` +
      `validation), ${ms(of(firstRequest, 'tokenTripMs'))} for the token (${LATENCY_MS} ms of it the endpoint's latency), ` +
      `${ms(of(firstRequest, 'tokenToStsMs'))} from the token to the STS request leaving (${SESSION_LOAD}).`,
    slow.length
      ? `- **A fresh apply against a ${ms(PROPAGATION_MS)} propagation window waits at most 1.5 × the window** — ` +
        `${max(col(slow, 'waitedMs')) <= 1.5 * PROPAGATION_MS ? '**met**' : '**not met**'}: it waited ${spread(col(slow, 'waitedMs'))} ` +
        `in ${count(col(slow, 'waits'))} paced waits, against a floor of ${ms(PROPAGATION_MS)} (the window: AWS shows the run's ` +
        `policy no sooner). The pace (0.5 s doubling to 5 s) overshoots the moment AWS shows the write by less than one delay.`
      : `- **A fresh apply against AWS's seconds** — **not measured**.`,
    `- **No behaviour change** — not a figure: every test of \`npm test\` passes unchanged.`,
    `- **Bundle as small as lazy loading and minification make it, with readable stack traces** — ` +
      `${lazy && bundle.mapped && bundle.registered ? '**met for lazy loading**' : '**not met**'}: ` +
      `dist/index.js is ${bytes(bundle.indexBytes)} (${bundle.lines.toLocaleString('en-US')} lines), ` +
      `${lazy ? `with ${bundle.chunks.length} lazily loaded chunk(s)` : 'with no lazily loaded chunk: every AWS client and Octokit are in the entry file'}; ` +
      `source map ${bundle.mapped && bundle.registered ? 'present and registered' : 'missing or not registered'}; ` +
      (minified
        ? 'minified.'
        : 'not minified. `ncc --minify` (ncc 0.45) roughly halves the entry file, but minifies no lazy chunk, and its ' +
          'line-level source map folds inlined functions into their callers in stack traces.')
  ]

  const md = `# Benchmarks

Generated by \`${COMMAND}\` — a measuring tool, not a test (no test asserts a time). Re-run it to refresh this file.

| | |
|---|---|
| date | ${date} |
| command | \`${COMMAND}\` |
| latency | ${LATENCY_MS} ms added to every AWS request by the recording proxy (tools/proxy.mjs), and to the OIDC token request |
| runs | ${RUNS} per case, interleaved (create, converged, check, CLI reads, CLI create in each run); cold start ${COLD_RUNS} runs |
| machine | ${machine.cpu}, ${machine.cores} cores, ${machine.memory}, ${machine.os} |
| node | ${machine.node} |
| load average | ${machine.load} — other work was running; wall times scale with it, request counts and round trips do not |
| AWS | moto ${motoVersion ?? '(version unknown)'} on 127.0.0.1; AWS CLI: ${cliVersion ?? `not measured — ${cli.why}`} |

## The action against the AWS CLI procedure

Wall time is process start to exit: median (min–max) over the runs. Round trips are the proxy's critical path:
the longest chain of AWS requests each started after the previous one finished; the OIDC token request comes
before all of them and is counted separately ("+ 1 token"). The CLI runs one process per call, one after another.

| case | AWS requests | writes | round trips | wall time |
|---|---|---|---|---|
${actionRow('action: create (fresh organization, apply)', cases.create)}
${actionRow('action: converged trail, apply (nothing to do)', cases.converged)}
${actionRow('action: converged trail, check mode', cases.check)}
${cli.ok ? `${cliRow('AWS CLI (a): the reads that check the trail', cases.cliReads)}\n${cliRow('AWS CLI (b): the create sequence', cases.cliCreate)}` : `| AWS CLI | not measured: ${cli.why} | | | |`}

| comparison (same run) | ours ÷ theirs, median (range) |
|---|---|
| check mode on a converged trail ÷ CLI (a) reads | ${ratioText(checkRatio)} |
| create ÷ CLI (b) create sequence | ${ratioText(createRatio)} |

The action does more than the CLI procedure in the same requests: it reads the bucket's location, request-payment,
public-access and logging settings, both service-linked roles, the trail's tags, and in the create case also
creates CloudTrail's service-linked role, tags the trail and re-reads the policy it merged and the trail it made.

CLI (a): ${CLI_READS.map((c) => `\`aws ${c.join(' ')}\``).join(', ')}.
CLI (b): \`aws organizations enable-aws-service-access\`, \`aws s3api put-bucket-policy\` (the foreign statement kept, the three CloudTrail statements with \`aws:SourceArn\`), \`aws cloudtrail create-trail --is-organization-trail --is-multi-region-trail --enable-log-file-validation\`, \`aws cloudtrail start-logging\`, \`aws cloudtrail get-trail-status\`.

Critical paths (the longest run of each case) and write requests:

| case | critical path after the token | writes |
|---|---|---|
${chainRows.join('\n')}

Where the action's time goes (median over the runs; from process start):

| case | start → token request | token round trip | token → STS request | start → first AWS request | first AWS request → last AWS response | of which STS response → next request sent | last AWS response → exit | start → exit |
|---|---|---|---|---|---|---|---|---|
${[
  ['create', cases.create],
  ['converged apply', cases.converged],
  ['check, converged', cases.check]
]
  .map(
    ([name, list]) =>
      `| ${name} | ${ms(of(list, 'firstTokenMs'))} | ${ms(of(list, 'tokenTripMs'))} | ${ms(of(list, 'tokenToStsMs'))} | ${ms(of(list, 'firstAwsMs'))} | ${ms(of(list, 'awsSpanMs'))} | ${ms(of(list, 'stsGapMs'))} | ${ms(of(list, 'tailMs'))} | ${ms(of(list, 'wallMs'))} |`
  )
  .join('\n')}
| invalid input (no request) | | | | | | | | ${ms(median(cold.validation))} |
| bare \`node -e 0\` | | | | | | | | ${ms(nodeMedian)} |
${cli.ok ? `| AWS CLI (a) reads, per process | | | | | | | | ${ms(of(cases.cliReads, 'wallMs') / CLI_READS.length)} |\n` : ''}
"Token → STS request" is ${SESSION_LOAD}. "STS response → next request sent" is ${STAGES_LOAD}. The floor of a converged run is node's
own start, the token, STS and one wave of reads: about ${ms(nodeMedian + 3 * LATENCY_MS)} here (${ms(nodeMedian)} + 3 × ${LATENCY_MS} ms).

## A fresh apply against AWS's seconds

AWS sees its own writes only a while later: CloudTrail a bucket or key policy just written, S3 a policy or a bucket
just created, CloudTrail its organization access just granted. The AWS layer's propagation window is
${ms(DEFAULT_PROPAGATION_MS ?? NaN)} in the cases above; here a second proxy gives every such window ${ms(PROPAGATION_MS)}, the same
fresh organization is applied, and the run waits, paced by AWS's answers (apply/propagation.ts), until AWS shows
each write. The floor is the window itself: no run can finish before AWS shows its policy.

| case | wall time | waits | waited | wall time − floor | create at the ${ms(DEFAULT_PROPAGATION_MS ?? NaN)} window (above) |
|---|---|---|---|---|---|
${
  slow.length
    ? `| fresh apply, ${ms(PROPAGATION_MS)} window | ${spread(col(slow, 'wallMs'))} | ${count(col(slow, 'waits'))} | ${spread(col(slow, 'waitedMs'))} | ${spread(col(slow, 'wallMs').map((w) => w - PROPAGATION_MS))} | ${spread(col(cases.create, 'wallMs'))} |`
    : '| not measured | | | | | |'
}

"Waited" adds up the delays the run logged (\`…; waiting 0.5s (wait 1 of at most 27, 120s in all)\`); the rest of
the wall time is the run's own requests, as in the create case above.

## Cold start

| measure | median (min–max) | × \`node -e 0\` |
|---|---|---|
| \`node -e 0\` (bare node, process start to exit, environment PATH only like the action's) | ${spread(cold.node)} | 1.0 |
| validation error (\`trail-name: ${INVALID_TRAIL_NAME}\`, no request), process start to exit | ${spread(cold.validation)} | ${validationX.toFixed(1)} |
| process start to the first request leaving (the OIDC token request) | ${spread(col(firstRequest, 'firstRequestMs'))} | ${firstRequestX.toFixed(1)} |
| process start to the first AWS request (STS, at the proxy) | ${spread(col(firstRequest, 'firstAwsMs'))} | ${(median(col(firstRequest, 'firstAwsMs')) / nodeMedian).toFixed(1)} |

The first-request figures are taken from all ${firstRequest.length} action runs above (spawn time recorded by tools/runner.mjs,
request arrival by the token endpoint and the proxy, on one clock); the first AWS request includes the token round trip.

## Bundle

| file | size |
|---|---|
| dist/index.js | ${bytes(bundle.indexBytes)}; gzip ${bytes(bundle.gzipBytes)}; ${bundle.lines.toLocaleString('en-US')} lines |
| dist/index.js.map | ${bundle.mapBytes === null ? 'missing' : bytes(bundle.mapBytes)} |
| dist/sourcemap-register.cjs | ${bundle.registerBytes === null ? 'missing' : bytes(bundle.registerBytes)} |
| dist/licenses.txt | ${bundle.licensesBytes === null ? 'missing' : bytes(bundle.licensesBytes)} |
| lazily loaded chunks | ${bundle.chunks.length ? bundle.chunks.join(', ') : 'none'} |

What the entry chunk (dist/index.js, parsed before the first input is read) holds, by package, in bytes of source
from its source map:

| package | source |
|---|---|
${bundle.entryPackages.map((p) => `| ${p.name} | ${p.size.toLocaleString('en-US')} B |`).join('\n')}

${before ? `${renderBaseline(before, f)}\n` : ''}## Targets

${targets.join('\n')}
${anomalies.length ? `\n## Anomalies in this run\n\n${anomalies.map((a) => `- ${a}`).join('\n')}\n` : ''}`.replace(
    /\n*$/,
    '\n'
  )
  return md
}
