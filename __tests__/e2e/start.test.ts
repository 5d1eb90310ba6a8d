// The bundle's start path (src/start.ts) requests the OIDC token itself, except behind a proxy, where
// main.ts asks @actions/core (which knows proxies). Either way the run must be the same.
import { TEST_TIMEOUT, expectExit, run, seed, useWorld, withoutMaskCommands } from '../support/harness.js'

const world = useWorld()

describe('the start of a run', () => {
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
      expect(withoutMaskCommands(proxied.stdout)).toBe(withoutMaskCommands(direct.stdout))
      // Both register the token as a secret, as @actions/core's getIDToken does, before STS is asked.
      expect(proxied.masks.length).toBe(direct.masks.length)
      expect(direct.stdout).toMatch(
        /^::debug::ID token url is http:\/\/127\.0\.0\.1:\d+\/token\?api-version=2\.0&audience=sts\.amazonaws\.com$/m
      )
    },
    TEST_TIMEOUT
  )
})
