// The inventory's inputs, its IAM actions, and the blocks of docs/inventory.md generated from them.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { actionsFor, inventoryActionsFor } from '../../src/aws/actions.js'
import { parseSettings } from '../../src/settings/parse.js'
import { readBlock as block } from '../support/docs.js'
import { rawInputs } from '../support/fixtures.js'

const ROOT = join(import.meta.dirname, '..', '..')
const script = (...args: string[]) =>
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'iam-policy.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' })

describe('member-role-name and member-concurrency', () => {
  it('is off by default', () => {
    const parsed = parseSettings(rawInputs(), { GITHUB_RUN_ID: '42' })
    expect(parsed.ok && parsed.settings.members).toBeNull()
  })

  it('takes a role name, the concurrency, and the run-traceable session name', () => {
    const parsed = parseSettings(rawInputs({ 'member-role-name': 'org-trail-inventory', 'member-concurrency': '8' }), {
      GITHUB_RUN_ID: '42'
    })
    expect(parsed.ok && parsed.settings.members).toEqual({
      roleName: 'org-trail-inventory',
      concurrency: 8,
      sessionName: 'org-trail-42'
    })
  })

  it.each([
    ['member-role-name', 'arn:aws:iam::111111111111:role/x', /must be a role name/],
    ['member-role-name', 'a/b', /must be a role name/],
    ['member-role-name', 'x'.repeat(65), /must be a role name/],
    ['member-concurrency', '0', /from 1 to 64/],
    ['member-concurrency', '65', /from 1 to 64/],
    ['member-concurrency', 'many', /from 1 to 64/]
  ])('refuses %s %s', (input, value, message) => {
    const parsed = parseSettings(rawInputs({ 'member-role-name': 'ok', [input]: value }), {})
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.problems.find((p) => p.input === input)?.message).toMatch(message)
  })
})

describe('the inventory policies', () => {
  it('the management role adds AssumeRole on the member role name only (ListTrails and ListAccounts it has)', () => {
    expect(inventoryActionsFor('management')).toEqual(['sts:AssumeRole'])
    const policy = JSON.parse(script('inventory', 'Reader')) as {
      Statement: { Sid: string; Action: string[]; Resource: string }[]
    }
    const assume = policy.Statement.filter((s) => s.Action.includes('sts:AssumeRole'))
    // Every partition: the same policy works in GovCloud and China.
    expect(assume).toEqual([
      expect.objectContaining({ Action: ['sts:AssumeRole'], Resource: 'arn:*:iam::*:role/Reader' })
    ])
    const sids = [...policy.Statement, ...(JSON.parse(script('check')) as typeof policy).Statement].map((s) => s.Sid)
    expect(new Set(sids).size).toBe(sids.length)
  })

  it('the member role reads trails only', () => {
    expect(inventoryActionsFor('member')).toEqual([
      'cloudtrail:DescribeTrails',
      'cloudtrail:GetEventSelectors',
      'cloudtrail:ListTrails'
    ])
  })

  it('neither check nor apply policy grants what only the inventory uses', () => {
    for (const mode of ['check', 'apply'] as const) {
      expect(actionsFor(mode)).not.toContain('sts:AssumeRole')
    }
  })

  it.each(['inventory', 'member-role'])(
    'the %s block of docs/inventory.md is what scripts/iam-policy.mjs generates',
    (name) => {
      expect(block(`iam-policy:${name}`)).toBe(`\`\`\`json\n${script(name).trim()}\n\`\`\``)
    }
  )

  it('the StackSet template of docs/inventory.md is generated and grants the member role actions', () => {
    const template = script('member-role-template').trim()
    expect(block('member-role-template')).toBe(`\`\`\`yaml\n${template}\n\`\`\``)
    for (const action of inventoryActionsFor('member')) expect(template).toContain(`- ${action}`)
  })
})
