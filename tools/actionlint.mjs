// actionlint, the linter of GitHub workflow files, for the test that lints the README's workflows.
// Pinned, and built from the Go module proxy (the registry Go modules come from) into the ignored
// .tools/ folder on first use; needs Go (`go` on PATH or /usr/local/go/bin/go).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from './util.mjs'

/** The one place the pinned actionlint release is written. */
export const ACTIONLINT_VERSION = '1.7.12'
const dir = path.join(repoRoot, '.tools', `actionlint-${ACTIONLINT_VERSION}`)
const bin = path.join(dir, 'actionlint')

function goBinary() {
  const onPath = spawnSync('go', ['version'], { stdio: 'ignore' })
  if (onPath.status === 0) return 'go'
  if (existsSync('/usr/local/go/bin/go')) return '/usr/local/go/bin/go'
  throw new Error(
    `actionlint ${ACTIONLINT_VERSION} is not built and there is no Go to build it: install Go and run again`
  )
}

/** The path of the pinned actionlint, building it first when needed. */
export function ensureActionlint() {
  if (existsSync(bin)) return bin
  process.stderr.write(`[actionlint] building ${ACTIONLINT_VERSION} into ${dir} (first run only)\n`)
  const built = spawnSync(
    goBinary(),
    ['install', `github.com/rhysd/actionlint/cmd/actionlint@v${ACTIONLINT_VERSION}`],
    {
      env: { ...process.env, GOBIN: dir, GOFLAGS: '-mod=mod' },
      stdio: ['ignore', 2, 2]
    }
  )
  if (built.status !== 0 || !existsSync(bin)) throw new Error(`go install of actionlint ${ACTIONLINT_VERSION} failed`)
  return bin
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.join(repoRoot, 'tools', 'actionlint.mjs')) {
  console.log(ensureActionlint())
}
