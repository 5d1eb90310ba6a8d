// moto server lifecycle: a project-local venv and one server per caller on 127.0.0.1.
import { spawn } from 'node:child_process'
import { freePort, sleep } from './util.mjs'
import { ensureVenvTool } from './venv.mjs'

/**
 * Path of moto_server in .venv, installed from tools/requirements.txt (the pinned moto) when missing or
 * when that file has changed since.
 * @param {{ quiet?: boolean }} [options]
 * @returns {Promise<string>}
 */
export function ensureMoto({ quiet = false } = {}) {
  return ensureVenvTool({ dir: '.venv', requirements: 'requirements.txt', bin: 'moto_server', label: 'moto', quiet })
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
