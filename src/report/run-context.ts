// Who ran the run and which code ran, as the GitHub runner tells it in the environment: the run report's
// `run` and `action`. For a `uses:` action the runner sets GITHUB_ACTION_REPOSITORY and GITHUB_ACTION_REF
// (the ref as written after "@"); it resolves a tag or branch to a commit without telling the action, and
// sets neither for a local `uses: ./` (actions/runner, ActionRunner.cs). GITHUB_ACTION_PATH is set for
// composite actions only.
import type { RunContext } from './record.js'

const FULL_SHA = /^[0-9a-f]{40}$/i

/** The run context from the runner's environment variables; a value the runner did not set is empty. */
export function runContextOf(env: NodeJS.ProcessEnv, version: string, startedAt: Date): RunContext {
  const of = (name: string) => env[name] ?? ''
  const [server, repository, runId, attempt] = [
    of('GITHUB_SERVER_URL'),
    of('GITHUB_REPOSITORY'),
    of('GITHUB_RUN_ID'),
    of('GITHUB_RUN_ATTEMPT')
  ]
  const ref = env.GITHUB_ACTION_REF || null
  return {
    run: {
      repository,
      workflow: of('GITHUB_WORKFLOW'),
      workflowRef: of('GITHUB_WORKFLOW_REF'),
      workflowSha: of('GITHUB_WORKFLOW_SHA'),
      event: of('GITHUB_EVENT_NAME'),
      actor: of('GITHUB_ACTOR'),
      triggeringActor: of('GITHUB_TRIGGERING_ACTOR'),
      runId,
      runAttempt: attempt,
      url:
        server && repository && runId
          ? `${server}/${repository}/actions/runs/${runId}${attempt ? `/attempts/${attempt}` : ''}`
          : '',
      ref: of('GITHUB_REF'),
      sha: of('GITHUB_SHA'),
      startedAt: startedAt.toISOString()
    },
    action: {
      version,
      repository: env.GITHUB_ACTION_REPOSITORY || null,
      ref,
      commit: ref && FULL_SHA.test(ref) ? ref.toLowerCase() : null
    }
  }
}
