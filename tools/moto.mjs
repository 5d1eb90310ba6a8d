// moto server lifecycle: a project-local venv and one server per caller on 127.0.0.1.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { freePort, sleep, repoRoot } from './util.mjs'

const venv = path.join(repoRoot, '.venv')
const motoBin = path.join(venv, 'bin', 'moto_server')

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

const requirements = path.join(repoRoot, 'tools', 'requirements.txt')
/** What was last installed into the venv from requirements.txt (a copy of it). */
const installedStamp = path.join(venv, 'installed-requirements.txt')

/**
 * Path of moto_server in /.venv, creating the venv and installing tools/requirements.txt when moto is
 * missing or the venv was installed from another version of that file.
 * @param {{ quiet?: boolean }} [options]
 * @returns {Promise<string>}
 */
export async function ensureMoto({ quiet = false } = {}) {
  const wanted = readFileSync(requirements, 'utf8')
  const installed = existsSync(installedStamp) ? readFileSync(installedStamp, 'utf8') : null
  if (existsSync(motoBin) && installed === wanted) return motoBin
  const say = (/** @type {string} */ m) => quiet || process.stderr.write(`[moto] ${m}\n`)
  if (!existsSync(path.join(venv, 'bin', 'python'))) {
    say(`creating ${venv}`)
    await run('python3', ['-m', 'venv', venv], quiet)
  }
  say(`installing ${path.relative(repoRoot, requirements)} (${installed === null ? 'first run' : 'it changed'})`)
  await run(
    path.join(venv, 'bin', 'pip'),
    ['install', '--quiet', '--disable-pip-version-check', '-r', requirements],
    quiet
  )
  if (!existsSync(motoBin)) throw new Error(`pip finished but ${motoBin} is missing`)
  writeFileSync(installedStamp, wanted)
  return motoBin
}

/**
 * @typedef {{ url: string, port: number, stop(): Promise<void>, reset(): Promise<void>, stderr(): string }} Moto
 */

/**
 * Starts a moto server on a free 127.0.0.1 port and waits until it answers.
 * bin: another moto_server to use (default: the project venv's, installed on first use).
 * @param {{ quiet?: boolean, timeoutMs?: number, bin?: string }} [options]
 * @returns {Promise<Moto>}
 */
export async function startMoto({ quiet = true, timeoutMs = 30_000, bin } = {}) {
  bin ??= await ensureMoto({ quiet })
  // The port is free when chosen but another process may take it before moto binds: retry then.
  for (let attempt = 1; ; attempt++) {
    try {
      return await launch(bin, await freePort(), timeoutMs)
    } catch (err) {
      if (attempt >= 3 || !/Address already in use/i.test(String(err))) throw err
    }
  }
}

/** @param {string} bin @param {number} port @param {number} timeoutMs @returns {Promise<Moto>} */
async function launch(bin, port, timeoutMs) {
  const url = `http://127.0.0.1:${port}`
  // moto reads no AWS settings it needs from us; keep the developer's AWS_* out of it anyway.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('AWS_')))
  const child = spawn(bin, ['-H', '127.0.0.1', '-p', String(port)], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  // Always drain the pipes (werkzeug logs every request to stderr; a full pipe would block moto).
  let log = ''
  const keep = (/** @type {Buffer} */ b) => {
    log = (log + b.toString()).slice(-20_000)
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  /** @type {Promise<void>} */
  const exited = new Promise((resolve) => child.on('exit', () => resolve()))
  let dead = false
  exited.then(() => {
    dead = true
  })
  let spawnError = /** @type {Error | null} */ (null)
  child.on('error', (e) => {
    spawnError = e
    dead = true
  })
  // Do not leave an orphan moto behind if the caller exits without stop().
  const onExit = () => child.kill('SIGKILL')
  process.on('exit', onExit)

  const stop = async () => {
    process.off('exit', onExit)
    if (dead) return
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
    await exited
    clearTimeout(timer)
  }

  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (dead) {
      await stop()
      throw new Error(`moto_server exited before answering${spawnError ? `: ${spawnError.message}` : ''}\n${log}`)
    }
    try {
      const res = await fetch(`${url}/moto-api/`, { signal: AbortSignal.timeout(2_000) })
      await res.arrayBuffer()
      if (res.ok) break
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`moto_server did not answer on ${url} within ${timeoutMs} ms\n${log}`)
    }
    await sleep(100)
  }

  return {
    url,
    port,
    stop,
    stderr: () => log,
    async reset() {
      const res = await fetch(`${url}/moto-api/reset`, { method: 'POST' })
      await res.arrayBuffer()
      if (!res.ok) throw new Error(`moto reset failed: HTTP ${res.status}`)
    }
  }
}
