const PR_EVENTS = new Set(['pull_request', 'pull_request_target'])

export type CommentResult = 'created' | 'updated' | 'skipped'

/** The hidden line that finds our comment again, one per trail and region. */
export function commentMarker(trailName: string, region: string): string {
  return `<!-- org-trail:${trailName}:${region} -->`
}

/**
 * Posts the plan on the pull request that triggered the run, editing the comment of an earlier run
 * instead of adding another. Without a token, or outside a pull request, it does nothing.
 */
export async function publishComment(token: string, marker: string, body: string): Promise<CommentResult> {
  if (token === '' || !PR_EVENTS.has(process.env.GITHUB_EVENT_NAME ?? '')) return 'skipped'
  // Octokit is loaded only when a comment is due.
  const github = await import('@actions/github')
  const { context } = github
  const pull = context.payload.pull_request
  if (!pull) return 'skipped'
  const octokit = github.getOctokit(token)
  const { owner, repo } = context.repo
  const text = `${marker}\n${body}`
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: pull.number,
    per_page: 100
  })
  const ours = comments.find((c) => c.body?.includes(marker))
  if (ours) {
    await octokit.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body: text })
    return 'updated'
  }
  await octokit.rest.issues.createComment({ owner, repo, issue_number: pull.number, body: text })
  return 'created'
}
