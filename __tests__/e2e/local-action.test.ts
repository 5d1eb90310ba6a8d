// The action started by GitHub's local runner for JavaScript actions, as CONTRIBUTING.md's Development
// section shows: `npx local-action run . src/main.ts .env`, with static credentials (it issues no OIDC
// token) and without a job summary file. A success must succeed and a failure must fail.
import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { repoRoot } from '../../tools/util.mjs'
import {
  BUCKET,
  REGION,
  STATIC_CREDENTIALS,
  TEST_TIMEOUT,
  TRAIL,
  seed,
  trailState,
  useWorld
} from '../support/harness.js'

const world = useWorld()
const localAction = path.join(repoRoot, 'node_modules', '.bin', 'local-action')

interface LocalRun {
  readonly code: number | null
  readonly output: string
}

/** Runs `local-action run <repo> src/main.ts <env file>` with these inputs; stdout and stderr together. */
async function runLocally(inputs: Record<string, string>): Promise<LocalRun> {
  const dir = await mkdtemp(path.join(tmpdir(), 'org-trail-local-action-'))
  try {
    const env = {
      LOCAL_ACTION_WORKSPACE: dir,
      ...STATIC_CREDENTIALS,
      AWS_REGION: REGION,
      AWS_ENDPOINT_URL: world().proxy.url,
      AWS_EC2_METADATA_DISABLED: 'true',
      ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]))
    }
    const envFile = path.join(dir, '.env')
    await writeFile(
      envFile,
      Object.entries(env)
        .map(([k, v]) => `${k}=${v}`)
        .join('\n') + '\n'
    )
    // Only what a developer's shell has: no runner variables, no AWS settings but the .env file's.
    const childEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, NO_COLOR: '1' }
    // From the action's folder, as a developer runs it (local-action finds its tsx through npm there).
    const child = spawn(localAction, ['run', '.', 'src/main.ts', envFile], {
      cwd: repoRoot,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let output = ''
    child.stdout.on('data', (b: Buffer) => (output += b.toString()))
    child.stderr.on('data', (b: Buffer) => (output += b.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)))
    return { code, output }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

describe('under @github/local-action', () => {
  it(
    'creates the trail and exits 0',
    async () => {
      await seed(world())
      const result = await runLocally({ 'trail-name': TRAIL, 's3-bucket-name': BUCKET })
      expect({ code: result.code, tail: result.output.slice(-2000) }).toMatchObject({ code: 0 })
      expect(result.output).toContain('Status: created')
      expect(result.output).toContain('No job summary: GITHUB_STEP_SUMMARY is not set')
      const { trail, isLogging } = await trailState(world())
      expect(trail?.IsOrganizationTrail).toBe(true)
      expect(isLogging).toBe(true)
    },
    TEST_TIMEOUT
  )

  it(
    'fails with a non-zero exit and the blocker, not a crash, when a prerequisite blocks',
    async () => {
      await seed(world())
      const result = await runLocally({ 'trail-name': TRAIL, 's3-bucket-name': 'no-such-bucket-anywhere' })
      expect(result.code).not.toBe(0)
      expect(result.output).toContain('::error title=s3.bucket-exists: Bucket no-such-bucket-anywhere does not exist::')
      expect(result.output).not.toMatch(/TypeError|Cannot read properties/)
      expect((await trailState(world())).trail).toBeNull()
    },
    TEST_TIMEOUT
  )

  it(
    'fails with a non-zero exit and the explanation, not a crash, when AWS refuses a call',
    async () => {
      await seed(world())
      const { behaviours } = world().proxy.layer ?? { behaviours: [] }
      const refuse = {
        name: 'test: GetCallerIdentity denied',
        request: (ctx: { operation: string; error: (s: number, c: string, m: string) => unknown }) =>
          ctx.operation === 'GetCallerIdentity' ? ctx.error(403, 'AccessDenied', 'Not for you') : undefined
      }
      behaviours.unshift(refuse as never)
      try {
        const result = await runLocally({ 'trail-name': TRAIL, 's3-bucket-name': BUCKET })
        expect(result.code).not.toBe(0)
        expect(result.output).toContain('::error title=No AWS credentials::')
        expect(result.output).not.toMatch(/TypeError|Cannot read properties/)
      } finally {
        behaviours.splice(behaviours.indexOf(refuse as never), 1)
      }
    },
    TEST_TIMEOUT
  )

  it(
    'fails with a non-zero exit when an input is invalid',
    async () => {
      const result = await runLocally({ 'trail-name': 'two..dots', 's3-bucket-name': BUCKET })
      expect(result.code).not.toBe(0)
      expect(result.output).toContain('::error title=Invalid input: trail-name::')
      expect(result.output).not.toMatch(/TypeError|Cannot read properties/)
    },
    TEST_TIMEOUT
  )
})
