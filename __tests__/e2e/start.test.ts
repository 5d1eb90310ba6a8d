// The start of a run of the bundle: one path, dist/index.js → main.ts's run(), with @actions/core. The
// inputs are validated before the AWS SDK loads, the OIDC token is asked for once they are valid, and
// whatever stops the run is annotated.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { repoRoot } from '../../tools/util.mjs'
import {
  TEST_TIMEOUT,
  expectExit,
  run,
  seed,
  useWorld,
  withoutMaskCommands,
  type RunOptions,
  type Seeded
} from '../support/harness.js'

const world = useWorld()

const moduleLog = pathToFileURL(path.join(repoRoot, '__tests__', 'support', 'module-log.mjs')).href

/** The packages a chunk of dist/ was bundled from, as its source map names them. */
async function packagesOf(file: string): Promise<string[]> {
  const map = JSON.parse(await readFile(`${file}.map`, 'utf8')) as { sources: string[] }
  return map.sources.map((s) => /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(s)?.[1]).filter((p) => p !== undefined)
}

/** One run of the bundle that also records every file of dist/ it loaded, and the packages in them. */
async function runRecordingLoads(seeded: Seeded | null, inputs: Record<string, string>, options: RunOptions = {}) {
  const dir = await mkdtemp(path.join(tmpdir(), 'org-trail-loads-'))
  const log = path.join(dir, 'modules')
  try {
    const r = await run(world(), seeded, inputs, {
      ...options,
      env: { ...options.env, NODE_OPTIONS: `--import=${moduleLog}`, MODULE_LOG: log }
    })
    const dist = path.join(repoRoot, 'dist')
    const files = (await readFile(log, 'utf8').catch(() => ''))
      .split('\n')
      .filter((url) => url.startsWith('file:'))
      .map((url) => new URL(url).pathname)
      .filter((file) => path.dirname(file) === dist && file.endsWith('.js'))
    const packages = new Set((await Promise.all(files.map(packagesOf))).flat())
    return { ...r, files: files.map((f) => path.basename(f)), packages }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

const awsSdk = (packages: Set<string>) => [...packages].filter((p) => /^@(aws-sdk|smithy)\//.test(p))

describe('the start of a run', () => {
  it(
    'an invalid input fails on the input it names, before any request and before the AWS SDK is loaded',
    async () => {
      const seeded = await seed(world())
      const r = await runRecordingLoads(seeded, { 'trail-name': 'my..trail' })
      expectExit(r, 1)
      expect(r.annotations.filter((a) => a.level === 'error').map((a) => a.title)).toEqual([
        'Invalid input: trail-name',
        undefined
      ])
      expect(r.stdout).toContain('::error::1 invalid input; no AWS request was made.')
      expect(r.stats.total).toBe(0)
      expect(r.tokenRequests).toBe(0)
      expect(r.files).toContain('index.js')
      expect(awsSdk(r.packages)).toEqual([])
    },
    TEST_TIMEOUT
  )

  it(
    'a valid run asks GitHub for one token, masks it and the credentials, and only then loads and uses the SDK',
    async () => {
      const seeded = await seed(world())
      const r = await runRecordingLoads(seeded, {})
      expectExit(r, 0)
      expect(r.outputs.status).toBe('created')
      expect(r.tokenRequests).toBe(1)
      // @actions/core's getIDToken: the audience in the URL, the token registered as a secret.
      expect(r.stdout).toMatch(
        /^::debug::ID token url is http:\/\/127\.0\.0\.1:\d+\/token\?api-version=2\.0&audience=sts\.amazonaws\.com$/m
      )
      expect(r.masks).toContain(world().oidc.lastToken)
      // The token and the three parts of the STS credentials, before the first line that names the session.
      const lines = r.stdout.split('\n')
      const running = lines.findIndex((l) => l.startsWith('Running as '))
      expect(lines.slice(0, running).filter((l) => l.startsWith('::add-mask::')).length).toBeGreaterThanOrEqual(4)
      expect(r.operations[0]).toBe('sts:AssumeRoleWithWebIdentity')
      expect(awsSdk(r.packages)).toEqual(expect.arrayContaining(['@aws-sdk/client-sts', '@aws-sdk/client-cloudtrail']))
    },
    TEST_TIMEOUT
  )

  it(
    'a refused token request is annotated, and no AWS request is made',
    async () => {
      const seeded = await seed(world())
      world().oidc.failWith(403)
      try {
        const r = await run(world(), seeded)
        expectExit(r, 1)
        const error = r.annotations.find((a) => a.level === 'error')
        expect(error?.title).toBe('GitHub OIDC token request failed')
        expect(error?.message).toContain('GitHub did not issue an OIDC token for audience "sts.amazonaws.com"')
        expect(error?.message).toContain('injected HTTP 403')
        expect(r.summary).toContain('GitHub OIDC token request failed')
        expect(r.stats.total).toBe(0)
      } finally {
        world().oidc.failWith(null)
      }
    },
    TEST_TIMEOUT
  )

  it(
    'a role STS refuses is annotated with the trust policy the token needs',
    async () => {
      const seeded = await seed(world())
      const { behaviours } = world().proxy.layer ?? { behaviours: [] }
      const refuse = {
        name: 'test: AssumeRoleWithWebIdentity denied',
        request: (ctx: { operation: string; error: (s: number, c: string, m: string) => unknown }) =>
          ctx.operation === 'AssumeRoleWithWebIdentity' ? ctx.error(403, 'AccessDenied', 'Not authorized') : undefined
      }
      behaviours.unshift(refuse as never)
      try {
        const r = await run(world(), seeded)
        expectExit(r, 1)
        const error = r.annotations.find((a) => a.level === 'error')
        expect(error?.title).toBe('Cannot assume the role')
        expect(error?.message).toContain(`STS refused AssumeRoleWithWebIdentity for ${seeded.roleArn} (AccessDenied)`)
        expect(r.summary).toContain('token.actions.githubusercontent.com:sub')
        expect(r.operations).toEqual(['sts:AssumeRoleWithWebIdentity'])
      } finally {
        behaviours.splice(behaviours.indexOf(refuse as never), 1)
      }
    },
    TEST_TIMEOUT
  )

  it(
    'behind a proxy the token comes from @actions/core, and the run prints and does the same',
    async () => {
      const seeded = await seed(world())
      expectExit(await run(world(), seeded), 0)
      const direct = await run(world(), seeded)
      // @actions/http-client goes around the proxy for a loopback address: the token endpoint stays reachable.
      const proxied = await run(world(), seeded, {}, { env: { http_proxy: 'http://127.0.0.1:9' } })
      expectExit(direct, 0)
      expectExit(proxied, 0)
      expect(proxied.outputs.status).toBe('unchanged')
      expect(proxied.tokenRequests).toBe(1)
      expect(proxied.operations.sort()).toEqual(direct.operations.sort())
      // The same lines, but for the report's place and digest: each run writes its own.
      const comparable = (stdout: string) =>
        withoutMaskCommands(stdout).replace(/^Run report: .*$/m, 'Run report: (its own file and SHA-256)')
      expect(comparable(proxied.stdout)).toBe(comparable(direct.stdout))
      // Both register the token as a secret, as @actions/core's getIDToken does, before STS is asked.
      expect(proxied.masks.length).toBe(direct.masks.length)
      expect(direct.stdout).toMatch(
        /^::debug::ID token url is http:\/\/127\.0\.0\.1:\d+\/token\?api-version=2\.0&audience=sts\.amazonaws\.com$/m
      )
    },
    TEST_TIMEOUT
  )
})
