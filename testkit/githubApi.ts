/**
 * A local stand-in for the few GitHub REST routes the action uses to comment on a pull request: list, create and
 * update issue comments. Tests start it and point GITHUB_API_URL at it. It answers as GitHub does (JSON bodies,
 * `Link` pagination, 401 without the token, 403 "Resource not accessible by integration" when writes are denied, as
 * for a fork's read-only token) and records every request.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface StandInComment {
  id: number
  body: string
  html_url: string
  user: { login: string; type: string }
  created_at: string
  updated_at: string
}

export interface RecordedRequest {
  method: string
  path: string
  authorization?: string
  body?: unknown
}

export interface GitHubStandIn {
  url: string
  /** Comments per `owner/repo#number`. */
  comments(issue: string): StandInComment[]
  /** Adds a comment as someone else wrote it (to test that only the marked one is updated). */
  addComment(issue: string, body: string, login?: string): StandInComment
  requests: RecordedRequest[]
  /** true: POST and PATCH answer 403, as for a token with `pull-requests: read` or a fork's token. */
  denyWrites: boolean
  close(): Promise<void>
}

const DENIED = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  status: '403'
}

export async function startGitHubApi(options: { token: string; perPage?: number }): Promise<GitHubStandIn> {
  const byIssue = new Map<string, StandInComment[]>()
  let nextId = 1000
  const now = () => new Date().toISOString()
  const issueComments = (issue: string) => {
    if (!byIssue.has(issue)) byIssue.set(issue, [])
    return byIssue.get(issue)!
  }
  const standIn: GitHubStandIn = {
    url: '',
    comments: (issue) => [...issueComments(issue)],
    addComment: (issue, body, login = 'octocat') => {
      const comment = makeComment(issue, body, login)
      issueComments(issue).push(comment)
      return comment
    },
    requests: [],
    denyWrites: false,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
  function makeComment(issue: string, body: string, login: string): StandInComment {
    const id = nextId++
    const [repo, number] = issue.split('#')
    return {
      id,
      body,
      html_url: `https://github.com/${repo}/pull/${number}#issuecomment-${id}`,
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      created_at: now(),
      updated_at: now()
    }
  }

  const server = http.createServer((req, res) => {
    let raw = ''
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost')
      const body: unknown = raw ? JSON.parse(raw) : undefined
      standIn.requests.push({
        method: req.method ?? '',
        path: `${url.pathname}${url.search}`,
        ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
        ...(body !== undefined ? { body } : {})
      })
      const send = (status: number, value: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
        res.end(JSON.stringify(value))
      }
      const auth = req.headers.authorization ?? ''
      if (auth !== `token ${options.token}` && auth !== `Bearer ${options.token}`) {
        return send(401, {
          message: 'Bad credentials',
          documentation_url: 'https://docs.github.com/rest',
          status: '401'
        })
      }
      const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname)
      const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname)
      if (list && req.method === 'GET') {
        const all = issueComments(`${list[1]}/${list[2]}#${list[3]}`)
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), options.perPage ?? 100)
        const page = Number(url.searchParams.get('page') ?? 1)
        const last = Math.max(1, Math.ceil(all.length / perPage))
        const headers: Record<string, string> = {}
        if (page < last) {
          const next = new URL(url.toString())
          next.searchParams.set('page', String(page + 1))
          headers.link = `<${standIn.url}${next.pathname}${next.search}>; rel="next"`
        }
        return send(200, all.slice((page - 1) * perPage, page * perPage), headers)
      }
      if (list && req.method === 'POST') {
        if (standIn.denyWrites) return send(403, DENIED)
        const comment = makeComment(
          `${list[1]}/${list[2]}#${list[3]}`,
          (body as { body: string }).body,
          'github-actions[bot]'
        )
        issueComments(`${list[1]}/${list[2]}#${list[3]}`).push(comment)
        return send(201, comment)
      }
      if (one && req.method === 'PATCH') {
        if (standIn.denyWrites)
          return send(403, {
            ...DENIED,
            documentation_url: 'https://docs.github.com/rest/issues/comments#update-an-issue-comment'
          })
        const comment = [...byIssue.values()].flat().find((c) => c.id === Number(one[3]))
        if (!comment) return send(404, { message: 'Not Found', status: '404' })
        comment.body = (body as { body: string }).body
        comment.updated_at = now()
        return send(200, comment)
      }
      send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  standIn.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return standIn
}
