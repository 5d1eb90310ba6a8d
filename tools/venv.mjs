// Python tools of the harness, each in a project-local virtual environment installed from a pinned
// requirements file: the venv is (re)installed when the tool is missing or the file has changed since.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from './util.mjs'

/**
 * Runs a command to completion; output goes to stderr (never stdout, which may carry results).
 * @param {string} cmd @param {string[]} args @param {boolean} quiet
 */
function run(cmd, args, quiet) {
  return /** @type {Promise<void>} */ (
    new Promise((resolve, reject) => {
      const child = spawn(cmd, args, { cwd: repoRoot, stdio: ['ignore', quiet ? 'ignore' : 2, quiet ? 'ignore' : 2] })
      child.on('error', reject)
      child.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`))
      )
    })
  )
}

/**
 * The path of `bin` in the venv `dir` (both relative to the repository), installing `requirements`
 * (relative to tools/) into it first when needed.
 * @param {{ dir: string, requirements: string, bin: string, label: string, quiet?: boolean }} options
 * @returns {Promise<string>}
 */
export async function ensureVenvTool({ dir, requirements, bin, label, quiet = false }) {
  const venv = path.join(repoRoot, dir)
  const tool = path.join(venv, 'bin', bin)
  const file = path.join(repoRoot, 'tools', requirements)
  // A copy of the requirements file the venv was last installed from.
  const stamp = path.join(venv, `installed-${requirements}`)
  const wanted = readFileSync(file, 'utf8')
  const installed = existsSync(stamp) ? readFileSync(stamp, 'utf8') : null
  if (existsSync(tool) && installed === wanted) return tool
  const say = (/** @type {string} */ m) => quiet || process.stderr.write(`[${label}] ${m}\n`)
  if (!existsSync(path.join(venv, 'bin', 'python'))) {
    say(`creating ${venv}`)
    await run('python3', ['-m', 'venv', venv], quiet)
  }
  say(`installing tools/${requirements} (${installed === null ? 'first run' : 'it changed'})`)
  await run(path.join(venv, 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', '-r', file], quiet)
  if (!existsSync(tool)) throw new Error(`pip finished but ${tool} is missing`)
  writeFileSync(stamp, wanted)
  return tool
}
