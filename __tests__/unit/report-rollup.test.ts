// summarize mode's page: one row per organization, what needs attention with its fix, nothing hidden.
import { reportOf } from '../../src/report/record.js'
import { runContextOf } from '../../src/report/run-context.js'
import { renderRollup } from '../../src/report/rollup.js'
import { aFinding, outcome, trailConfig } from '../support/fixtures.js'

const run = runContextOf({ GITHUB_REPOSITORY: 'acme/trails', GITHUB_RUN_ID: '77' }, '0.1.0', new Date(0))
const at = new Date(1000)
const production = reportOf(
  outcome({ organizationId: 'o-prod11111', homeRegion: 'eu-west-1', trail: trailConfig({ homeRegion: 'eu-west-1' }) }),
  run,
  at
)
const sandbox = reportOf(outcome({ organizationId: 'o-sand22222', status: 'updated' }), run, at)
const blockerFix = 'aws organizations enable-all-features'
const govcloud = reportOf(
  outcome({
    organizationId: 'o-gov333333',
    status: 'blocked',
    trail: null,
    trailStatus: null,
    findings: [
      aFinding({
        id: 'organization.all-features',
        severity: 'blocker',
        title: 'Consolidated billing only',
        remediation: blockerFix
      })
    ],
    failures: ['1 blocker: Consolidated billing only']
  }),
  run,
  at
)

describe('renderRollup', () => {
  it('has one row per organization with status, logging, blockers and changes', () => {
    const { markdown, failed } = renderRollup([
      { source: 'a.json', report: production },
      { source: 'b.json', report: sandbox }
    ])
    expect(failed).toBe(false)
    expect(markdown).toContain('## org-trail · 2 organizations · 🟢 every run passed')
    expect(markdown).toContain('| `o-prod11111` | eu-west-1 | `org-trail` | 🟢 unchanged | yes | 0 | 0 |')
    expect(markdown).toContain('| `o-sand22222` | us-east-1 | `org-trail` | 🟢 updated | yes | 0 | 0 |')
  })

  it('fails when one run failed, and shows its blocker with the exact fix', () => {
    const { markdown, failed, failures } = renderRollup([
      { source: 'a.json', report: production },
      { source: 'c.json', report: govcloud }
    ])
    expect(failed).toBe(true)
    expect(failures).toEqual(['o-gov333333 (us-east-1): blocked'])
    expect(markdown).toContain('| `o-gov333333` | us-east-1 | `org-trail` | 🔴 blocked | — | 1 | 0 |')
    expect(markdown).toContain(`\`\`\`sh\n${blockerFix}\n\`\`\``)
    expect(markdown).toContain('From acme/trails run 77')
  })

  it('fails on a report it could not read, naming the file and why', () => {
    const { markdown, failed, failures } = renderRollup([
      { source: 'a.json', report: production },
      { source: 'reports/broken.json', problem: 'not JSON (Unexpected end of JSON input)' }
    ])
    expect(failed).toBe(true)
    expect(failures).toEqual(['reports/broken.json: not JSON (Unexpected end of JSON input)'])
    expect(markdown).toContain('- `reports/broken.json`: not JSON (Unexpected end of JSON input)')
  })

  it('says every report it shows matched its SHA-256', () => {
    const { markdown } = renderRollup([
      { source: 'a.json', report: production },
      { source: 'b.json', report: sandbox }
    ])
    expect(markdown).toContain('Each of the 2 reports above matches the SHA-256 its run wrote next to it')
  })

  it('fails on a report that does not match its SHA-256, or has none, and shows neither as a run', () => {
    const rollup = renderRollup([
      { source: 'a.json', report: production },
      {
        source: 'b.json',
        problem: 'does not match its SHA-256 (…): it changed after the run wrote it',
        digest: 'altered'
      },
      { source: 'c.json', problem: 'cannot be verified: no c.json.sha256 next to it', digest: 'missing' }
    ])
    expect(rollup.failed).toBe(true)
    expect(rollup.altered).toEqual(['b.json'])
    expect(rollup.unverified).toEqual(['c.json'])
    expect(rollup.failures).toEqual([
      'b.json: does not match its SHA-256 (…): it changed after the run wrote it',
      'c.json: cannot be verified: no c.json.sha256 next to it'
    ])
    expect(rollup.markdown).toContain('## org-trail · 1 organization · 🔴 2 need attention')
    expect(rollup.markdown).toContain('### ❌ Reports that do not match their SHA-256')
    expect(rollup.markdown).toContain('- `b.json`: does not match its SHA-256')
    expect(rollup.markdown).toContain('### Reports that could not be used\n\n- `c.json`: cannot be verified')
    expect(rollup.markdown.split('\n').filter((l) => l.startsWith('| `'))).toHaveLength(1)
  })

  it('escapes what it shows as the job summary does: a pipe stays in its code span, emphasis stays text', () => {
    const { markdown } = renderRollup([{ source: 'reports/a|b.json', problem: 'not JSON (token * in _x_ <y>)' }])
    expect(markdown).toContain('- `reports/a\\|b.json`: not JSON (token \\* in \\_x\\_ &lt;y&gt;)')
  })
})
