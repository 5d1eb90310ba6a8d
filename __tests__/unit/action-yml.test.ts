import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { INPUT_NAMES, INPUTS } from '../../src/settings/inputs.js'

const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, { default?: string; required?: boolean; description?: string }>
  runs: { using: string; main: string }
}

describe('action.yml and the settings parser agree', () => {
  it('declares exactly the inputs the parser reads', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort())
  })

  it('has the same default for every input as the parser falls back to', () => {
    for (const name of INPUT_NAMES)
      expect([name, action.inputs[name]?.default ?? '']).toEqual([name, INPUTS[name].default])
  })

  // action.yml's inputs are written from the table by `npm run docs` (scripts/action-inputs.mjs).
  it('lists the inputs in the order of the table', () => {
    expect(Object.keys(action.inputs)).toEqual(INPUT_NAMES)
  })

  it('describes every input in the words of the table', () => {
    for (const name of INPUT_NAMES)
      expect([name, action.inputs[name]?.description]).toEqual([name, INPUTS[name].description])
  })

  it('declares a default for every input and requires none (summarize mode reads only reports)', () => {
    for (const name of INPUT_NAMES)
      expect([name, action.inputs[name]?.required, action.inputs[name]?.default]).toEqual([
        name,
        false,
        INPUTS[name].default
      ])
  })

  it('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })
})
