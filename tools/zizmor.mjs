// zizmor, the static analyser security teams run on GitHub Actions workflows, for the test that checks the
// repository's workflows and those of the README and docs/. From PyPI, pinned in tools/requirements-zizmor.txt and installed
// into .venv-zizmor on first use (tools/venv.mjs), as moto is.
import path from 'node:path'
import { repoRoot } from './util.mjs'
import { ensureVenvTool } from './venv.mjs'

/** The path of the pinned zizmor, installing it first when needed. */
export function ensureZizmor({ quiet = false } = {}) {
  return ensureVenvTool({
    dir: '.venv-zizmor',
    requirements: 'requirements-zizmor.txt',
    bin: 'zizmor',
    label: 'zizmor',
    quiet
  })
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.join(repoRoot, 'tools', 'zizmor.mjs')) {
  console.log(await ensureZizmor())
}
