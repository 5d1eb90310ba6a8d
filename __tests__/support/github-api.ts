// A tiny stand-in for the GitHub REST API: the three issue-comment endpoints the pull-request comment
// uses, on 127.0.0.1, with every request recorded. Point GITHUB_API_URL at `url`.
import http from 'node:http'
import { close, listen } from '../../tools/util.mjs'

export interface Comment {
  readonly id: number
  readonly issue: number
  body: string
  readonly created_at: string
  updated_at: string
}

export interface ApiRequest {
  readonly method: string
  readonly path: string
  readonly authorization: string | undefined
  readonly body: unknown
}

export interface GitHubApi {
  readonly url: string
  readonly requests: ApiRequest[]
  readonly comments: Comment[]
  reset(): void
  stop(): Promise<void>
}

const LIST_OR_CREATE = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/
const UPDATE = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/

export async function startGitHubApi(): Promise<GitHubApi> {
  const requests: ApiRequest[] = []
  const comments: Comment[] = []
  let nextId = 1000

  const render = (c: Comment, owner: string, repo: string) => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `http://127.0.0.1/repos/${owner}/${repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}`,
    issue_url: `http://127.0.0.1/repos/${owner}/${repo}/issues/${c.issue}`,
    body: c.body,
    user: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: 'NONE'
  })

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const text = Buffer.concat(chunks).toString('utf8')
      let body: unknown = null
      try {
        body = text ? JSON.parse(text) : null
      } catch {
        body = text
      }
      requests.push({ method: req.method ?? 'GET', path: url.pathname, authorization: req.headers.authorization, body })
      const send = (status: number, payload: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(payload))
      }
      const now = new Date().toISOString()

      const list = url.pathname.match(LIST_OR_CREATE)
      if (list) {
        const [, owner = '', repo = '', issue = ''] = list
        if (req.method === 'GET')
          return send(
            200,
            comments.filter((c) => c.issue === Number(issue)).map((c) => render(c, owner, repo))
          )
        if (req.method === 'POST') {
          const comment: Comment = {
            id: nextId++,
            issue: Number(issue),
            body: String((body as { body?: unknown })?.body ?? ''),
            created_at: now,
            updated_at: now
          }
          comments.push(comment)
          return send(201, render(comment, owner, repo))
        }
      }
      const update = url.pathname.match(UPDATE)
      if (update && req.method === 'PATCH') {
        const [, owner = '', repo = '', id = ''] = update
        const comment = comments.find((c) => c.id === Number(id))
        if (!comment) return send(404, { message: 'Not Found' })
        comment.body = String((body as { body?: unknown })?.body ?? '')
        comment.updated_at = now
        return send(200, render(comment, owner, repo))
      }
      send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })
    })
  })
  const port = await listen(server)
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    comments,
    reset() {
      requests.length = 0
      comments.length = 0
    },
    stop: () => close(server)
  }
}
