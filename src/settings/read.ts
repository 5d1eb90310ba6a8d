import { tmpdir } from 'node:os'
import { INPUT_NAMES } from './inputs.js'
import { parseSettings, type ParseResult } from './parse.js'
import {
  isSummarizeMode,
  parseSummarizeSettings,
  SUMMARIZE_INPUT_NAMES,
  type SummarizeParseResult
} from './summarize.js'
import type { Deprecation, InputProblem } from './types.js'
import { loadYaml, YamlNotLoaded } from './yaml.js'

/**
 * Which action of this repository started the bundle: summarize/action.yml's entry (summarize/index.js)
 * says so in ORG_TRAIL_ACTION before it loads dist/index.js; the root action.yml starts dist/index.js itself.
 */
export type ActionName = 'trail' | 'summarize'
export const actionOf = (env: NodeJS.ProcessEnv): ActionName =>
  env.ORG_TRAIL_ACTION === 'summarize' ? 'summarize' : 'trail'

/** Where the summarize action is, as this run's `uses:` names this one; placeholders when not known. */
function summarizeMoved(env: NodeJS.ProcessEnv): Deprecation {
  const uses = `${env.GITHUB_ACTION_REPOSITORY || 'OWNER/org-trail'}/summarize@${env.GITHUB_ACTION_REF || 'REF'}`
  return {
    input: 'mode',
    message: `mode: summarize is deprecated in this action: use the summarize action (uses: ${uses}) with the same reports input. It still works here until v1.`
  }
}

/** The only place that reads action inputs, through `getInput` (@actions/core's, or a test's). */
export async function readSettings(
  getInput: (name: string) => string,
  env: NodeJS.ProcessEnv = process.env
): Promise<ParseResult | SummarizeParseResult> {
  if (actionOf(env) === 'summarize') {
    const raw: Record<string, string> = {}
    for (const name of SUMMARIZE_INPUT_NAMES) raw[name] = getInput(name)
    return parseSummarizeSettings(raw)
  }
  const raw: Record<string, string> = {}
  for (const name of INPUT_NAMES) raw[name] = getInput(name)
  if (isSummarizeMode(raw)) return parseSummarizeSettings(raw, summarizeMoved(env))
  // What @actions/github's context reads, taken from the environment directly: loading Octokit only to
  // read two variables would slow every run's start.
  const context = {
    AWS_REGION: env.AWS_REGION,
    GITHUB_RUN_ID: env.GITHUB_RUN_ID,
    repository: env.GITHUB_REPOSITORY ?? '',
    workflow: env.GITHUB_WORKFLOW ?? '',
    tempDir: env.RUNNER_TEMP || tmpdir(),
    step: env.GITHUB_ACTION ?? ''
  }
  try {
    return parseSettings(raw, context)
  } catch (error) {
    if (!(error instanceof YamlNotLoaded)) throw error
  }
  // A document is YAML that JSON.parse cannot read: load the YAML library and validate again.
  await loadYaml()
  return parseSettings(raw, context)
}

/** How many inputs the problems are about: one input can have several. */
export function invalidInputCount(problems: readonly InputProblem[]): number {
  return new Set(problems.map((p) => p.input)).size
}

/** What a run with invalid inputs reports: one titled annotation per problem, then the step's failure. */
export function invalidInputsReport(problems: readonly InputProblem[]): {
  annotations: { message: string; title: string }[]
  failure: string
} {
  const inputs = invalidInputCount(problems)
  return {
    annotations: problems.map((problem) => ({ message: problem.message, title: `Invalid input: ${problem.input}` })),
    failure: `${inputs} invalid input${inputs > 1 ? 's' : ''}; no AWS request was made.`
  }
}
