import { tmpdir } from 'node:os'
import * as core from '@actions/core'
import { INPUT_NAMES, parseSettings, type ParseResult } from './parse.js'
import { isSummarizeMode, parseSummarizeSettings, type SummarizeParseResult } from './summarize.js'

/** The only place that reads action inputs. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): ParseResult | SummarizeParseResult {
  const raw: Record<string, string> = {}
  for (const name of INPUT_NAMES) raw[name] = core.getInput(name)
  if (isSummarizeMode(raw)) return parseSummarizeSettings(raw)
  // What @actions/github's context reads, taken from the environment directly: loading Octokit only to
  // read two variables would slow every run's start.
  return parseSettings(raw, {
    AWS_REGION: env.AWS_REGION,
    GITHUB_RUN_ID: env.GITHUB_RUN_ID,
    repository: env.GITHUB_REPOSITORY ?? '',
    workflow: env.GITHUB_WORKFLOW ?? '',
    tempDir: env.RUNNER_TEMP || tmpdir(),
    step: env.GITHUB_ACTION ?? ''
  })
}
