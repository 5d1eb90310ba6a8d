// The job summary: a pure rendering of the outcome that tells a person exactly where things stand.
import type { Outcome } from '../../src/outcome.js'
import { plan } from '../../src/plan/index.js'
import type { Finding } from '../../src/plan/types.js'
import { renderSummary } from '../../src/report/summary.js'
import {
  REGION,
  TRAIL,
  TRAIL_ARN,
  aFinding,
  bucket,
  identity,
  observed,
  observedTrail,
  ok,
  outcome,
  settings,
  trailConfig
} from '../support/fixtures.js'

const TRUSTED_ACCESS_COMMAND =
  'aws organizations enable-aws-service-access --service-principal cloudtrail.amazonaws.com'
const fixableTrustedAccess = aFinding({
  severity: 'fixable',
  detail: 'CloudTrail is not a trusted service of the organization.',
  remediation: TRUSTED_ACCESS_COMMAND
})
const requesterPays = aFinding({
  id: 's3.requester-pays',
  severity: 'blocker',
  title: 'Requester Pays is on',
  detail: 'CloudTrail cannot deliver.',
  remediation:
    'aws s3api put-bucket-request-payment --bucket org-trail-logs --request-payment-configuration Payer=BucketOwner'
})

/** The "## Section" (### heading) of the summary, up to the next heading; '' when absent. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`### ${heading}`)
  if (start === -1) return ''
  const next = markdown.indexOf('\n### ', start + 4)
  const footer = markdown.indexOf('\n<sub>', start)
  const ends = [next, footer].filter((i) => i !== -1)
  return markdown.slice(start, ends.length > 0 ? Math.min(...ends) : undefined)
}

/** The table row whose first cell (after the status icon column, if any) mentions `key`. */
function rowOf(markdown: string, key: string): string {
  const row = markdown.split('\n').find((line) => line.startsWith('|') && line.includes(key))
  if (row === undefined) throw new Error(`no table row mentions ${key}`)
  return row
}

/** Unescaped cell separators in a table row: a row of n cells has n + 1. */
const separators = (row: string) => row.replace(/\\./g, '').split('|').length - 1

describe('headline and verdict', () => {
  it.each<[Outcome['status'], Outcome['mode'], RegExp, RegExp]>([
    ['created', 'apply', /created/, /Created the trail and made 2 changes/],
    ['updated', 'apply', /updated/, /Made 2 changes to converge the trail/],
    ['unchanged', 'apply', /unchanged/, /no write was made/],
    ['blocked', 'apply', /blocked/, /Nothing was written: 1 blocker must be fixed first/],
    ['in-sync', 'check', /in sync/, /every prerequisite match the declaration\.$/],
    ['drift', 'check', /drift/, /apply would make 2 changes/],
    ['blocked', 'check', /blocked/, /Apply would write nothing: 1 blocker must be fixed first/]
  ])('%s (%s)', (status, mode, headline, verdict) => {
    const changes =
      status === 'unchanged' || status === 'in-sync'
        ? []
        : [
            { kind: 'enable-trusted-access' as const },
            { kind: 'start-logging' as const, arn: TRAIL_ARN, region: REGION }
          ]
    const findings = status === 'blocked' ? [requesterPays] : []
    const [first, , second] = renderSummary(outcome({ status, mode, changes, findings })).split('\n')
    // The trail is called org-trail, like the action: the heading does not say it twice.
    expect(first).toMatch(/^## org-trail · [🟢🟡🔴]/u)
    expect(first).toMatch(headline)
    expect(second).toMatch(new RegExp(`^\\*\\*${mode === 'check' ? 'Check' : 'Apply'}:\\*\\* `))
    expect(second).toMatch(verdict)
  })

  it('names the trail in the heading when it is not called org-trail', () => {
    const md = renderSummary(outcome({ trailName: 'audit' }))
    expect(md.split('\n')[0]).toBe('## org-trail · `audit` · 🟢 unchanged')
  })

  it('says when the trail was adopted from a run that created it meanwhile', () => {
    const md = renderSummary(
      outcome({
        status: 'updated',
        adopted: true,
        changes: [{ kind: 'start-logging', arn: TRAIL_ARN, region: REGION }]
      })
    )
    expect(md).toContain('Adopted the trail another run had just created')
    expect(md).toContain('made 1 change to converge')
  })

  it('shows why the step fails', () => {
    const md = renderSummary(
      outcome({
        status: 'blocked',
        findings: [requesterPays],
        failures: ['1 blocker: Requester Pays is on', 'Drift | x']
      })
    )
    expect(md).toContain('> [!CAUTION]')
    expect(md).toContain('1 blocker: Requester Pays is on')
    expect(md).toContain('Drift \\| x')
  })

  it('has no caution block when the step succeeds', () => {
    expect(renderSummary(outcome())).not.toContain('[!CAUTION]')
  })
})

describe('trail table', () => {
  it('shows the trail as AWS reports it', () => {
    const md = renderSummary(
      outcome({
        trail: trailConfig({ s3KeyPrefix: 'org', logFileValidationEnabled: false, isMultiRegionTrail: false }),
        trailStatus: { isLogging: false, latestDeliveryTime: new Date('2026-11-20T10:00:00Z') }
      })
    )
    const trail = section(md, 'Trail')
    expect(rowOf(trail, '| Name |')).toContain(`\`${TRAIL}\``)
    expect(rowOf(trail, '| ARN |')).toContain(`\`${TRAIL_ARN}\``)
    expect(rowOf(trail, '| Home region |')).toContain(`\`${REGION}\``)
    expect(rowOf(trail, '| Organization trail |')).toContain('yes')
    expect(rowOf(trail, '| Multi-region |')).toContain('no')
    expect(rowOf(trail, '| Log file validation |')).toContain('off')
    expect(rowOf(trail, '| Bucket and prefix |')).toContain('`s3://org-trail-logs/org/`')
    expect(rowOf(trail, '| Logging |')).toContain('stopped')
    expect(rowOf(trail, '| Latest delivery |')).toContain('2026-11-20T10:00:00.000Z')
    expect(rowOf(trail, '| Latest delivery error |')).toContain('none')
  })

  it('shows a delivery error inside its cell, whatever characters it has', () => {
    const md = renderSummary(
      outcome({ trailStatus: { isLogging: true, latestDeliveryError: 'Access | Denied\nretry' } })
    )
    const row = rowOf(md, '| Latest delivery error |')
    expect(row).toContain('Access \\| Denied<br>retry')
    expect(separators(row)).toBe(3)
  })

  it('shows the KMS key and log group only when the trail has them', () => {
    expect(renderSummary(outcome())).not.toContain('| KMS key |')
    const key = 'arn:aws:kms:us-east-1:111111111111:key/abcd'
    const md = renderSummary(outcome({ trail: trailConfig({ kmsKeyId: key }) }))
    expect(rowOf(md, '| KMS key |')).toContain(key)
  })

  it('says which ARN apply would create when the trail does not exist', () => {
    const md = renderSummary(outcome({ mode: 'check', status: 'drift', trail: null, trailStatus: null }))
    expect(section(md, 'Trail')).toContain(`does not exist; apply would create it as \`${TRAIL_ARN}\``)
  })
})

describe('changes', () => {
  const startLogging = { kind: 'start-logging' as const, arn: TRAIL_ARN, region: REGION }

  it('are "Changes made" after apply wrote them', () => {
    const md = renderSummary(outcome({ status: 'updated', changes: [startLogging] }))
    const changes = section(md, 'Changes made (1)')
    expect(changes).not.toBe('')
    expect(rowOf(changes, 'Logging of trail')).toBe('| Logging of trail org-trail | stopped | logging |')
  })

  it('are "Changes apply would make" in check mode and when apply was blocked', () => {
    expect(renderSummary(outcome({ mode: 'check', status: 'drift', changes: [startLogging] }))).toContain(
      '### Changes apply would make (1)'
    )
    const blocked = renderSummary(outcome({ status: 'blocked', findings: [requesterPays], changes: [startLogging] }))
    expect(blocked).toContain('### Changes apply will make once unblocked (1)')
    expect(blocked).not.toContain('Changes made')
  })

  it('have no section when there are none: the headline says no write was made, and no heading says "(0)"', () => {
    const md = renderSummary(outcome())
    expect(md).toContain('no write was made')
    expect(md).not.toContain('### Changes')
    expect(md).not.toMatch(/\(0\)|None/)
    const blocked = renderSummary(outcome({ status: 'blocked', findings: [requesterPays] }))
    expect(blocked).not.toContain('### Changes')
  })
})

describe('findings and how to fix them', () => {
  it('hide the fix of an item this apply run fixed, and leave it out of "How to fix"', () => {
    const md = renderSummary(
      outcome({ status: 'updated', findings: [fixableTrustedAccess], changes: [{ kind: 'enable-trusted-access' }] })
    )
    const row = rowOf(section(md, 'Prerequisites'), 'organization.trusted-access')
    expect(row).toContain('🔧 fixed')
    expect(row).not.toContain(TRUSTED_ACCESS_COMMAND)
    expect(md).not.toContain('### How to fix')
  })

  it('show the fix of an open item in check mode, in the table and in "How to fix"', () => {
    const md = renderSummary(
      outcome({
        mode: 'check',
        status: 'drift',
        findings: [fixableTrustedAccess],
        changes: [{ kind: 'enable-trusted-access' }]
      })
    )
    const row = rowOf(section(md, 'Prerequisites'), 'organization.trusted-access')
    expect(row).toContain('🔧 to fix')
    // Commands never sit in a table cell (they overflow the pane): each has its own code block.
    expect(row).not.toContain(TRUSTED_ACCESS_COMMAND)
    expect(section(md, 'How to fix')).toContain(`\`\`\`sh\n${TRUSTED_ACCESS_COMMAND}\n\`\`\``)
  })

  it('leave ok findings out of "How to fix"', () => {
    expect(
      renderSummary(outcome({ findings: [aFinding({ severity: 'ok', remediation: 'aws nothing' })] }))
    ).not.toContain('### How to fix')
  })

  it('put every blocker with its fix right under the headline, and the other fixes folded in "How to fix"', () => {
    const warning = aFinding({
      id: 'cloudtrail.home-region',
      severity: 'warning',
      title: 'Trail is homed in another region',
      remediation: 'Set aws-region: eu-west-1.'
    })
    const md = renderSummary(outcome({ status: 'blocked', findings: [warning, requesterPays] }))
    const blocker = section(md, '❌ Blocker')
    expect(md.indexOf('### ❌ Blocker')).toBeLessThan(md.indexOf('### Trail'))
    expect(blocker).toContain('**1. Requester Pays is on** (`s3.requester-pays`): CloudTrail cannot deliver.')
    expect(blocker).toContain(`\`\`\`sh\n${requesterPays.remediation}\n\`\`\``)
    const fix = section(md, 'How to fix')
    expect(fix).not.toContain('s3.requester-pays')
    expect(fix).toContain('<details><summary>⚠️ <b>Trail is homed in another region</b>')
  })

  it('fence each fix in the language of its content', () => {
    // Real findings: the bucket policy statements (JSON) when manage-bucket-policy is false, and commands.
    const p = plan(
      settings({ 'manage-bucket-policy': 'false' }),
      observed({ bucket: bucket({ policy: ok<string | null>(null), requesterPays: ok(true) }) })
    )
    const home = aFinding({
      id: 'cloudtrail.home-region',
      severity: 'warning',
      title: 'Homed elsewhere',
      remediation: 'Set aws-region: eu-west-1 to make the declaration match.'
    })
    const md = renderSummary(outcome({ status: 'blocked', findings: [...p.findings, home] }))
    const blockers = section(md, '❌ Blockers (2)')
    expect(blockers).toMatch(/```json\n\[\n {2}\{\n {4}"Sid": "OrgTrailAclCheck"/)
    expect(blockers).toContain('```sh\naws s3api put-bucket-request-payment --bucket org-trail-logs')
    const fix = section(md, 'How to fix')
    expect(fix).toContain('```sh\n# Set the inputs kms-key-id') // CloudTrail.2: a commented command
    // A one-line sentence stays a sentence.
    expect(fix).toContain('\n\nSet aws-region: eu-west-1 to make the declaration match.\n\n</details>')
  })

  it('show every open fix somewhere on the page: blockers on top, the rest in "How to fix"', () => {
    // Apply mode, blocked: nothing was written, so the fixable bucket policy is still open.
    const p = plan(
      settings(),
      observed({ bucket: bucket({ policy: ok<string | null>(null), requesterPays: ok(true) }) })
    )
    expect(p.blocked).toBe(true)
    const md = renderSummary(outcome({ status: 'blocked', findings: p.findings, changes: p.changes }))
    for (const f of p.findings.filter((x) => x.severity !== 'ok' && x.remediation !== '')) {
      const first = f.remediation.split('\n')[0] ?? ''
      expect({ id: f.id, shown: md.includes(first) }).toEqual({ id: f.id, shown: true })
    }
  })

  it('keep every finding in its own row, escaping pipes and line breaks', () => {
    const nasty: Finding = aFinding({
      id: 'x.y',
      severity: 'warning',
      title: 'a | b',
      detail: 'line one\nline two | more',
      remediation: 'run `a | b`'
    })
    const row = rowOf(renderSummary(outcome({ findings: [nasty] })), '`x.y`')
    expect(separators(row)).toBe(4)
    expect(row).toContain('a \\| b')
    expect(row).toContain('line one<br>line two \\| more')
  })

  it('list what needs attention in the table, blockers first, and fold the passed checks away', () => {
    const md = renderSummary(
      outcome({
        status: 'blocked',
        findings: [
          aFinding({ id: 'a.ok', severity: 'ok', title: 'Fine' }),
          aFinding({ id: 'b.warn', severity: 'warning', title: 'Hmm', remediation: 'aws x' }),
          aFinding({ id: 'c.block', severity: 'blocker', title: 'Stop', remediation: 'aws y' })
        ]
      })
    )
    const prerequisites = section(md, 'Prerequisites')
    expect(prerequisites.indexOf('`c.block`')).toBeLessThan(prerequisites.indexOf('`b.warn`'))
    expect(() => rowOf(prerequisites, '`a.ok`')).toThrow()
    expect(prerequisites).toMatch(/<details><summary>✅ 1 passed<\/summary>[\s\S]*<code>a\.ok<\/code> Fine/)
  })

  it('never lets the "*" of an ARN pattern turn into emphasis', () => {
    const f = aFinding({
      id: 'x.y',
      severity: 'warning',
      title: 't',
      detail: 'allow arn:aws:s3:::b/AWSLogs/1/*; and arn:aws:s3:::b/AWSLogs/o-x/*',
      remediation: 'aws x'
    })
    const md = renderSummary(outcome({ findings: [f] }))
    expect(rowOf(md, '`x.y`')).toContain('AWSLogs/1/\\*; and arn:aws:s3:::b/AWSLogs/o-x/\\*')
    expect(section(md, 'How to fix')).toContain('AWSLogs/1/\\*; and')
  })

  it('escape HTML in the titles and details of "How to fix"', () => {
    const f = aFinding({ id: 'x.y', severity: 'warning', title: 'Bad <script>', detail: 'a & b', remediation: 'aws x' })
    const fix = section(renderSummary(outcome({ status: 'blocked', findings: [f] })), 'How to fix')
    expect(fix).toContain('Bad &lt;script&gt;')
    expect(fix).toContain('a &amp; b')
    expect(fix).not.toContain('<script>')
  })

  it('show a Posture section only when there are posture findings', () => {
    expect(renderSummary(outcome({ findings: [fixableTrustedAccess] }))).not.toContain('### Posture')
    const posture = aFinding({
      id: 'CloudTrail.2',
      category: 'posture',
      severity: 'warning',
      title: 'Not encrypted with SSE-KMS'
    })
    expect(rowOf(section(renderSummary(outcome({ findings: [posture] })), 'Posture'), 'CloudTrail.2')).toContain('⚠️')
  })
})

describe('one truth on the page', () => {
  it('counts one change per row: the headline, the heading and the table agree', () => {
    const tags = {
      kind: 'add-tags' as const,
      arn: TRAIL_ARN,
      region: REGION,
      tags: { a: '1', b: '2' },
      before: { a: null, b: null }
    }
    const md = renderSummary(outcome({ status: 'updated', changes: [{ kind: 'enable-trusted-access' }, tags] }))
    const rows = section(md, 'Changes made')
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| What') && !l.startsWith('| ---'))
    expect(rows).toHaveLength(3)
    expect(md).toContain('Made 3 changes to converge the trail')
    expect(md).toContain('### Changes made (3)')
  })

  it('a drift run: the trail table and the posture row say the same of multi-region', () => {
    const p = plan(settings({ mode: 'check' }), observed({ trail: observedTrail({ isMultiRegionTrail: false }) }))
    const md = renderSummary(
      outcome({
        mode: 'check',
        status: 'drift',
        trail: trailConfig({ isMultiRegionTrail: false }),
        findings: p.findings,
        changes: p.changes
      })
    )
    expect(rowOf(md, '| Multi-region |')).toContain('❌ no')
    const row = rowOf(section(md, 'Posture'), '`CloudTrail.1`')
    expect(row).toContain('❌ now → ✅ after apply')
    expect(row).toContain('| 3.1 |')
  })

  it('no trail: the posture rows say so and none says "pass"', () => {
    const p = plan(settings(), observed({ trail: null, trails: ok([]) }))
    const md = renderSummary(outcome({ mode: 'check', status: 'drift', trail: null, findings: p.findings }))
    const posture = section(md, 'Posture')
    for (const id of ['CloudTrail.1', 'CloudTrail.4'])
      expect(rowOf(posture, `\`${id}\``)).toMatch(/^\| ➖ no trail → ✅ after apply/)
  })

  it('after apply: fixed findings in the past tense, and the merged statements shown', () => {
    const p = plan(settings(), observed({ bucket: bucket({ policy: ok<string | null>(null) }) }))
    const md = renderSummary(outcome({ status: 'updated', findings: p.findings, changes: p.changes }))
    const row = rowOf(section(md, 'Prerequisites'), '`s3.bucket-policy`')
    expect(row).toContain('Before this run: Bucket policy does not let CloudTrail write. **Fixed** (see Changes made).')
    expect(row).not.toMatch(/apply merges|below/)
    expect(section(md, 'Changes made')).toMatch(
      /<summary>Statements merged into the policy of bucket org-trail-logs<\/summary>\n\n```json\n\[\n {2}\{\n {4}"Sid": "OrgTrailAclCheck"/
    )
  })
})

it('ends with who ran it, where, and in which mode', () => {
  const md = renderSummary(outcome({ mode: 'check', status: 'in-sync' }))
  expect(md.trimEnd().split('\n').at(-1)).toBe(
    `<sub>Run as \`${identity.arn}\` · home region \`${REGION}\` · mode \`check\`</sub>`
  )
})

it('never modifies the outcome it renders (findings are sorted for "How to fix" on a copy)', () => {
  const warning = aFinding({
    id: 'cloudtrail.home-region',
    severity: 'warning',
    remediation: 'Set aws-region: eu-west-1.'
  })
  const o = Object.freeze(
    outcome({ status: 'blocked', trail: observedTrail().config, findings: Object.freeze([warning, requesterPays]) })
  )
  expect(() => renderSummary(o)).not.toThrow()
  expect(o.findings.map((f) => f.id)).toEqual(['cloudtrail.home-region', 's3.requester-pays'])
})

describe('a trail another system manages', () => {
  it('says who manages it, and that org-trail only watches it', () => {
    const md = renderSummary(outcome({ managedBy: 'landing-zone-accelerator' }))
    expect(md).toContain(
      'managed by the Landing Zone Accelerator (LZA): org-trail watches it and writes nothing to it, its bucket or its key'
    )
    expect(renderSummary(outcome())).not.toContain('managed by')
  })
})
