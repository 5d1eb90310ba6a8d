// The cases of log integrity (issue 22), each made from a generated window of an organization trail's logs
// (tools/cloudtrail-logs.mjs) and said twice: what a complete verifier must report (`problems`, in the
// action's vocabulary) and what the AWS CLI's `validate-logs` reports for that account and region (`cli`),
// which differ where the CLI cannot see (see tools/awscli.mjs).
//
// Each case happens in one account and region (its `target`); every other account and region stays intact,
// except for `logging-stopped`, which stops the whole trail as StopLogging does. Cases that change a chain
// work on its older digests (counted from the newest, which stays), so a window needs `MIN_HOURS` hours.
import {
  alterDigest,
  alterLogFile,
  deleteDigest,
  deleteLogFile,
  generateCloudTrailLogs,
  moveDigest
} from './cloudtrail-logs.mjs'
import { setAccountJoined } from './aws/account-joined.mjs'

const HOUR = 3_600_000
/** The least window (hours) every case fits in. */
export const MIN_HOURS = 6
/** The digest a case changes: the third newest of its chain (the two newer ones link back to it). */
const AT = -3

/**
 * @typedef {import('./cloudtrail-logs.mjs').ChainRef} ChainRef
 * @typedef {import('./cloudtrail-logs.mjs').GenerateOptions} GenerateOptions
 * @typedef {import('./cloudtrail-logs.mjs').GeneratedLogs} GeneratedLogs
 * @typedef {'digest-missing' | 'digest-invalid' | 'digest-moved' | 'digest-chain-gap' | 'log-file-missing'
 *   | 'log-file-invalid' | 'stale'} ProblemKind   the action's kinds (issue 22)
 * @typedef {ChainRef & { kind: ProblemKind, key: string }} Problem
 * @typedef {ChainRef & { from: Date, to: Date }} LoggingOff   a period without logging: not a problem
 * @typedef {{ key: string, reason: import('./awscli.mjs').CliReason }} CliInvalid
 * @typedef {object} CliExpectation   what validate-logs reports for the target account and region
 * @property {CliInvalid[]} digests     the INVALID digests (backfill ones included), in the CLI's order
 * @property {CliInvalid[]} logFiles    the INVALID log files
 * @property {{ from: Date, to: Date }[]} gaps
 * @property {{ start: Date, end: Date } | null} found   "Results found for …", for the run's start and end
 * @property {number} backfillDigests   backfill digests it validates
 * @typedef {object} Expectation
 * @property {Problem[]} problems       what a complete verifier reports, in every account and region
 * @property {Problem[]} [cliBlind]     those of `problems` the AWS CLI cannot see (it follows links; it has
 *   no notion of freshness)
 * @property {LoggingOff[]} loggingOff  the periods without logging (every account and region)
 * @property {CliExpectation} cli
 * @typedef {object} ScenarioCase
 * @property {string} description
 * @property {(target: ChainRef, window: { end: Date, hours: number }) => Partial<GenerateOptions>} [generate]
 *   what the case adds to the generation (merged with the base options)
 * @property {(logs: GeneratedLogs, target: ChainRef) => Promise<Omit<Expectation, 'cli'> & { cli: Partial<CliExpectation> }>} apply
 *   after generation: changes the bucket, says what must be reported
 */

/** The CLI's found range for a chain: from the oldest valid digest's start to the newest's end (the run's
 * start and end bound it). @param {GeneratedLogs} logs @param {ChainRef} ref */
function foundRange(logs, ref) {
  const { digests } = logs.chain(ref.account, ref.region)
  const first = digests[0]
  const last = digests.at(-1)
  if (!first || !last) return null
  return { start: new Date(Math.max(first.start.getTime(), logs.start.getTime())), end: last.end }
}

/** @type {(problems?: Problem[]) => Omit<Expectation, 'cli'> & { cli: Partial<CliExpectation> }} */
const nothing = (problems = []) => ({ problems, loggingOff: [], cli: {} })

/** @type {Record<string, ScenarioCase>} */
export const SCENARIOS = {
  intact: {
    description: 'every digest and log file as CloudTrail delivered it',
    apply: async () => nothing()
  },
  'log-file-altered': {
    description: 'a log file rewritten (a record changed) after delivery',
    async apply(logs, target) {
      const key = await alterLogFile(logs, { ...target, digest: AT })
      return {
        ...nothing([{ ...target, kind: 'log-file-invalid', key }]),
        cli: { logFiles: [{ key, reason: 'hash-mismatch' }] }
      }
    }
  },
  'log-file-deleted': {
    description: 'a log file a digest lists, deleted',
    async apply(logs, target) {
      const key = await deleteLogFile(logs, { ...target, digest: AT })
      return {
        ...nothing([{ ...target, kind: 'log-file-missing', key }]),
        cli: { logFiles: [{ key, reason: 'missing' }] }
      }
    }
  },
  'digest-deleted': {
    description: 'a digest deleted (the next digest still links to it)',
    async apply(logs, target) {
      const key = await deleteDigest(logs, { ...target, digest: AT })
      return {
        ...nothing([{ ...target, kind: 'digest-missing', key }]),
        cli: { digests: [{ key, reason: 'missing' }] }
      }
    }
  },
  'digests-deleted': {
    description: 'two consecutive digests deleted',
    async apply(logs, target) {
      const older = await deleteDigest(logs, { ...target, digest: AT })
      const newer = await deleteDigest(logs, { ...target, digest: AT + 1 })
      return {
        ...nothing([
          { ...target, kind: 'digest-missing', key: older },
          { ...target, kind: 'digest-missing', key: newer }
        ]),
        cliBlind: [{ ...target, kind: 'digest-missing', key: older }],
        // The CLI follows the link to the newer one, finds it missing, and resumes at the next digest it
        // listed: the older one, which nothing it read links to, goes unreported.
        cli: { digests: [{ key: newer, reason: 'missing' }] }
      }
    }
  },
  'digest-signature-invalid': {
    description: 'a digest whose content was changed (a log file dropped from its list): its signature fails',
    async apply(logs, target) {
      const key = await alterDigest(logs, { ...target, digest: AT })
      return {
        ...nothing([{ ...target, kind: 'digest-invalid', key }]),
        cli: { digests: [{ key, reason: 'signature' }] }
      }
    }
  },
  'digest-moved': {
    description: 'a validly signed digest moved over the next digest of its chain: it names another key',
    async apply(logs, target) {
      const { to } = await moveDigest(logs, { ...target, digest: AT })
      return {
        ...nothing([{ ...target, kind: 'digest-moved', key: to }]),
        cli: { digests: [{ key: to, reason: 'moved' }] }
      }
    }
  },
  'digest-unlisted-key': {
    description: 'a digest signed by a key ListPublicKeys does not return',
    generate: (target) => ({ unlistedKey: [{ ...target, digest: AT }] }),
    async apply(logs, target) {
      const { key } = logs.digest({ ...target, digest: AT })
      return {
        ...nothing([{ ...target, kind: 'digest-invalid', key }]),
        cli: { digests: [{ key, reason: 'public-key-not-found' }] }
      }
    }
  },
  'digest-chain-gap': {
    description:
      'an hour with no digest inside an unbroken chain: the next digest links to the one before the hole ' +
      '(CloudTrail is not documented to do this; the CLI, which follows links, cannot see it)',
    generate: (target) => ({ skippedDigests: [{ ...target, digest: AT }] }),
    async apply(logs, target) {
      const { digests } = logs.chain(target.account, target.region)
      const after = digests.find((d, i) => i > 0 && d.start.getTime() !== digests[i - 1]?.end.getTime())
      if (!after) throw new Error('digest-chain-gap: no hole in the chain')
      const problem = { ...target, kind: /** @type {const} */ ('digest-chain-gap'), key: after.key }
      return { ...nothing([problem]), cliBlind: [problem] }
    }
  },
  'backfill-log-file-altered': {
    description: 'a log file of a backfill digest rewritten after delivery',
    generate: (target) => ({ backfill: [{ ...target, digest: AT, logFiles: 1, delayHours: 2 }] }),
    async apply(logs, target) {
      const key = await alterLogFile(logs, { ...target, digest: -1, backfill: true })
      return {
        ...nothing([{ ...target, kind: 'log-file-invalid', key }]),
        cli: { logFiles: [{ key, reason: 'hash-mismatch' }], backfillDigests: 1 }
      }
    }
  },
  'logging-stopped': {
    description:
      'the trail stopped logging for three hours (StopLogging, StartLogging): a final digest, no digest for ' +
      'three hours, a starting digest; a gap, not tampering, in every account and region',
    generate: (_target, { end, hours }) => {
      const from = new Date(end.getTime() - (hours - 1.5) * HOUR)
      return { loggingStopped: [{ from, to: new Date(from.getTime() + 3 * HOUR) }] }
    },
    async apply(logs) {
      const loggingOff = logs.accounts.flatMap((a) =>
        logs.regions.flatMap((region) => {
          const { digests } = logs.chain(a.id, region)
          const final = digests.find((d) => d.final)
          const restart = final && digests[digests.indexOf(final) + 1]
          return final && restart ? [{ account: a.id, region, from: final.end, to: restart.start }] : []
        })
      )
      return { problems: [], loggingOff, cli: {} }
    }
  },
  'region-stale': {
    description: 'a region that stopped delivering three hours ago: its newest digest is old',
    generate: (target, { end }) => ({ deliveryStopped: [{ ...target, at: new Date(end.getTime() - 3 * HOUR) }] }),
    async apply(logs, target) {
      const newest = logs.digest({ ...target, digest: -1 })
      const problem = { ...target, kind: /** @type {const} */ ('stale'), key: newest.key }
      return { ...nothing([problem]), cliBlind: [problem] }
    }
  },
  'account-joined': {
    description:
      'an account that joined the organization an hour ago: its logs begin then (one digest), nothing before is due',
    generate: (target, { end }) => ({ accounts: [{ id: target.account, joinedAt: new Date(end.getTime() - HOUR) }] }),
    apply: async () => nothing()
  },
  backfill: {
    description: 'log files CloudTrail delivered late, listed in a backfill digest (…_backfill.json.gz)',
    generate: (target) => ({ backfill: [{ ...target, digest: AT, logFiles: 1, delayHours: 2 }] }),
    apply: async () => ({ ...nothing(), cli: { backfillDigests: 1 } })
  }
}

/** @typedef {keyof typeof SCENARIOS} ScenarioName */

/**
 * Merges a case's generation options into the base: lists are joined, an account given again replaces
 * the base's entry.
 * @param {GenerateOptions} base @param {Partial<GenerateOptions>} more
 * @returns {GenerateOptions}
 */
function merge(base, more) {
  const accounts = base.accounts.map((a) => {
    const id = typeof a === 'string' ? a : a.id
    return more.accounts?.find((b) => typeof b !== 'string' && b.id === id) ?? a
  })
  return {
    ...base,
    accounts,
    loggingStopped: [...(base.loggingStopped ?? []), ...(more.loggingStopped ?? [])],
    deliveryStopped: [...(base.deliveryStopped ?? []), ...(more.deliveryStopped ?? [])],
    unlistedKey: [...(base.unlistedKey ?? []), ...(more.unlistedKey ?? [])],
    skippedDigests: [...(base.skippedDigests ?? []), ...(more.skippedDigests ?? [])],
    backfill: [...(base.backfill ?? []), ...(more.backfill ?? [])]
  }
}

/**
 * @typedef {object} WrittenScenario
 * @property {ScenarioName} name
 * @property {ChainRef} target
 * @property {Problem[]} problems     what a complete verifier must report
 * @property {Problem[]} cliBlind     those the CLI cannot see: `problems` minus these is what it reports
 *   (tools/awscli.mjs cliProblems)
 * @property {LoggingOff[]} loggingOff
 * @property {CliExpectation} cli
 * @property {{ account: string, at: Date } | null} joined   the account's joining time (`account-joined`)
 */

/**
 * Generates one window with several cases, each in its own account and region, and applies them.
 * `layer`: the proxy's AWS layer, given the joining time of an `account-joined` case (else do it yourself
 * with setAccountJoined). Returns the logs and each case's expectation, in the order given.
 * @param {GenerateOptions & { layer?: Parameters<typeof setAccountJoined>[0] }} base
 * @param {(ChainRef & { name: ScenarioName })[]} cases
 * @returns {Promise<{ logs: GeneratedLogs, scenarios: WrittenScenario[] }>}
 */
export async function writeScenarios(base, cases) {
  const end = base.end ?? new Date(Math.floor(Date.now() / 1000) * 1000)
  const hours = base.hours ?? 24
  if (hours < MIN_HOURS) throw new Error(`the scenarios need a window of at least ${MIN_HOURS} hours, not ${hours}`)
  const taken = new Set()
  let options = { ...base, end, hours }
  for (const c of cases) {
    // A joining time is the account's, in every region: that case takes the whole account.
    const chain = c.name === 'account-joined' ? c.account : `${c.account}/${c.region}`
    const clash = [...taken].some((t) => t === chain || t === c.account || t.startsWith(`${chain}/`))
    if (clash) throw new Error(`two scenarios in ${chain}: give each its own account and region`)
    taken.add(chain)
    const generate = SCENARIOS[c.name]?.generate
    if (generate) options = merge(options, generate(c, { end, hours }))
  }
  const { layer, ...generateOptions } = options
  const logs = await generateCloudTrailLogs(generateOptions)
  const applied = []
  for (const { name, ...target } of cases)
    applied.push({ name, target, ...(await /** @type {ScenarioCase} */ (SCENARIOS[name]).apply(logs, target)) })
  // A stop of the trail is everyone's: each case's chain shows it.
  const loggingOff = applied.flatMap((a) => a.loggingOff)
  /** @type {WrittenScenario[]} */
  const scenarios = applied.map(({ name, target, problems, cliBlind = [], cli }) => {
    const joinedAt = logs.accounts.find((a) => a.id === target.account)?.joinedAt
    const joined = name === 'account-joined' && joinedAt ? { account: target.account, at: joinedAt } : null
    if (joined && layer) setAccountJoined(layer, joined.account, joined.at)
    const gaps = loggingOff
      .filter((g) => g.account === target.account && g.region === target.region)
      .map(({ from, to }) => ({ from, to }))
    return {
      name,
      target,
      problems,
      cliBlind,
      loggingOff,
      joined,
      cli: { digests: [], logFiles: [], gaps, backfillDigests: 0, found: foundRange(logs, target), ...cli }
    }
  })
  return { logs, scenarios }
}

/**
 * One case in one account and region of a fresh window (`account-joined`: in every region of the account).
 * @param {ScenarioName} name
 * @param {GenerateOptions & ChainRef & { layer?: Parameters<typeof setAccountJoined>[0] }} options
 */
export async function writeScenario(name, { account, region, ...base }) {
  const { logs, scenarios } = await writeScenarios(base, [{ name, account, region }])
  return { logs, .../** @type {WrittenScenario} */ (scenarios[0]) }
}
