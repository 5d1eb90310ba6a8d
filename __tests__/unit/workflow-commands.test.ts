// The start path's workflow commands must be the very bytes @actions/core writes: the runner parses them.
import * as core from '@actions/core'
import { jest } from '@jest/globals'
import fc from 'fast-check'
import * as runner from '../../src/workflow-commands.js'

/** What `act` writes to stdout, and the exit code it sets. */
function written(act: () => void): { out: string; exitCode: typeof process.exitCode } {
  const chunks: string[] = []
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    chunks.push(String(chunk))
    return true
  })
  const before = process.exitCode
  process.exitCode = undefined
  try {
    act()
    return { out: chunks.join(''), exitCode: process.exitCode }
  } finally {
    spy.mockRestore()
    process.exitCode = before
  }
}

// Everything escaping touches: %, CR, LF, and in properties ':' and ','.
const text = fc.string({
  unit: fc.constantFrom('%', '\r', '\n', ':', ',', '::', ' ', 'a', 'é', '0A', '%25'),
  maxLength: 20
})

describe('the start path writes what @actions/core writes', () => {
  it('error annotations, with and without a title', () => {
    fc.assert(
      fc.property(text, fc.option(text, { nil: undefined }), (message, title) => {
        const props = title === undefined ? {} : { title }
        expect(written(() => runner.error(message, props))).toEqual(written(() => core.error(message, props)))
        expect(written(() => runner.error(message))).toEqual(written(() => core.error(message)))
      })
    )
  })

  it('the failure, with its exit code', () => {
    fc.assert(
      fc.property(text, (message) => {
        const ours = written(() => runner.setFailed(message))
        expect(ours).toEqual(written(() => core.setFailed(message)))
        expect(ours.exitCode).toBe(1)
      })
    )
  })

  it('masks and debug lines', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(written(() => runner.setSecret(value))).toEqual(written(() => core.setSecret(value)))
        expect(written(() => runner.debug(value))).toEqual(written(() => core.debug(value)))
      })
    )
  })

  it('reads inputs as getInput does: INPUT_<NAME>, spaces as "_", trimmed, empty when unset', () => {
    const env = { 'INPUT_TRAIL-NAME': '  org-trail \n', INPUT_A_B: 'x', INPUT_EMPTY: '' }
    const saved = { ...process.env }
    Object.assign(process.env, env)
    try {
      for (const name of ['trail-name', 'a b', 'empty', 'unset-input', 'Trail-Name'])
        expect(runner.getInput(name)).toBe(core.getInput(name))
      expect(runner.getInput('trail-name')).toBe('org-trail')
    } finally {
      for (const key of Object.keys(env)) if (!(key in saved)) delete process.env[key]
    }
  })
})
