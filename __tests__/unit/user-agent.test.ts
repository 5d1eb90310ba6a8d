// The version sent in every user agent is the released one.
import { readFileSync } from 'node:fs'
import { VERSION } from '../../src/aws/user-agent.js'

it('VERSION equals the version in package.json', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
  expect(VERSION).toBe(pkg.version)
})
