// Each action.yml of this repository says what its one table says: the inputs (name, default, required,
// deprecation, description) and the outputs, written by `npm run docs` (scripts/action-metadata.mjs).
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { OUTPUTS } from '../../src/report/outputs.js'
import { SUMMARIZE_OUTPUTS } from '../../src/report/rollup.js'
import { INPUTS, type InputSpec } from '../../src/settings/inputs.js'
import { SUMMARIZE_INPUTS } from '../../src/settings/summarize.js'

interface ActionYml {
  name: string
  description: string
  author: string
  branding: { icon: string; color: string }
  inputs: Record<string, { default?: string; required?: boolean; description?: string; deprecationMessage?: string }>
  outputs: Record<string, { description?: string }>
  runs: { using: string; main: string }
}
const load = (file: string) => parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')) as ActionYml

const ACTIONS = [
  { file: 'action.yml', inputs: INPUTS as Record<string, InputSpec<unknown>>, outputs: OUTPUTS, main: 'dist/index.js' },
  {
    file: 'summarize/action.yml',
    inputs: SUMMARIZE_INPUTS as Record<string, InputSpec<unknown>>,
    outputs: SUMMARIZE_OUTPUTS,
    main: 'index.js'
  }
]

describe.each(ACTIONS)('$file and its tables agree', ({ file, inputs, outputs, main }) => {
  const action = load(file)
  const names = Object.keys(inputs)

  it('declares exactly the inputs of the table, in its order', () => {
    expect(Object.keys(action.inputs)).toEqual(names)
  })

  it('marks required what the table requires, with no default; every other input has the default of the table', () => {
    for (const name of names) {
      const spec = inputs[name] as InputSpec<unknown>
      const declared = action.inputs[name]
      expect([name, declared?.required, declared?.default]).toEqual(
        spec.required ? [name, true, undefined] : [name, false, spec.default]
      )
    }
  })

  it('describes every input, and every deprecation, in the words of the table', () => {
    for (const name of names) {
      const spec = inputs[name] as InputSpec<unknown>
      expect([name, action.inputs[name]?.description, action.inputs[name]?.deprecationMessage]).toEqual([
        name,
        spec.description,
        spec.deprecationMessage
      ])
    }
  })

  it('declares exactly the outputs of the table, in its words', () => {
    expect(Object.entries(action.outputs).map(([name, o]) => [name, o.description])).toEqual(
      Object.entries(outputs).map(([name, o]) => [name, o.description])
    )
  })

  it('runs on node24, from the committed bundle', () => {
    expect(action.runs).toEqual({ using: 'node24', main })
  })

  it('is ready for the Marketplace: a descriptive name, a real author, its branding', () => {
    expect(action.name).toMatch(/^AWS CloudTrail organization trail \(org-trail\)/)
    // The LICENSE's copyright holder: no company is invented.
    expect(readFileSync(new URL('../../LICENSE', import.meta.url), 'utf8')).toContain(action.author)
    expect(action.author).toBe('org-trail contributors')
    expect(action.branding).toEqual({ icon: 'shield', color: 'orange' })
    expect(action.description.length).toBeGreaterThan(40)
  })
})

describe('the two actions', () => {
  it('have distinct names (the Marketplace wants each unique)', () => {
    expect(load('action.yml').name).not.toBe(load('summarize/action.yml').name)
  })

  it('the main action requires the trail and the bucket, which the summarize action does not read', () => {
    const main = load('action.yml')
    expect(main.inputs['trail-name']?.required).toBe(true)
    expect(main.inputs['s3-bucket-name']?.required).toBe(true)
    expect(Object.keys(load('summarize/action.yml').inputs)).toEqual(['reports'])
  })

  it('the summarize entry starts the one bundle, told which action it is', () => {
    const entry = readFileSync(new URL('../../summarize/index.js', import.meta.url), 'utf8')
    expect(entry).toContain("process.env.ORG_TRAIL_ACTION = 'summarize'")
    expect(entry).toContain("await import('../dist/index.js')")
  })
})
