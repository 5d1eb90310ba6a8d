// Helpers shared by the harness modules.
import net from 'node:net'
import { fileURLToPath } from 'node:url'

/** The repository root (tools/ lives directly under it). */
export const repoRoot = fileURLToPath(new URL('..', import.meta.url))

/** @param {number} ms */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** A port that was free a moment ago on 127.0.0.1 (for child processes that need a number up front). */
export async function freePort() {
  const server = net.createServer()
  const port = await listen(server)
  await new Promise((resolve) => server.close(resolve))
  return port
}

/**
 * Listens on 127.0.0.1 on a port the OS picks; resolves with that port.
 * @param {net.Server} server
 * @returns {Promise<number>}
 */
export function listen(server) {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve(/** @type {net.AddressInfo} */ (server.address()).port)
    })
  })
}

/**
 * Closes an HTTP server, dropping idle keep-alive connections so close() does not wait on them.
 * @param {import('node:http').Server} server
 * @returns {Promise<void>}
 */
export function close(server) {
  return new Promise((resolve) => {
    server.close(() => resolve())
    server.closeAllConnections()
  })
}
