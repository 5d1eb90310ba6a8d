import * as core from '@actions/core'
import * as github from '@actions/github'
import { INPUT_NAMES, parseSettings, type ParseResult } from './parse.js'

/** The only place that reads action inputs. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): ParseResult {
  const raw: Record<string, string> = {}
  for (const name of INPUT_NAMES) raw[name] = core.getInput(name)
  const { context } = github
  return parseSettings(raw, {
    AWS_REGION: env.AWS_REGION,
    GITHUB_RUN_ID: env.GITHUB_RUN_ID,
    repository: env.GITHUB_REPOSITORY ? `${context.repo.owner}/${context.repo.repo}` : '',
    workflow: context.workflow
  })
}
