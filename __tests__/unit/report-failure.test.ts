// The summary of a run that failed: every failure says what failed, the fix, and what was done.
import type { Change } from '../../src/plan/types.js'
import { renderFailure, renderInvalidInputs } from '../../src/report/failure.js'
import { BUCKET, REGION, TRAIL, TRAIL_ARN } from '../support/fixtures.js'

describe('renderInvalidInputs', () => {
  it('names every invalid input with its problem, and says no AWS request was made', () => {
    const md = renderInvalidInputs([
      { input: 'trail-name', message: 'must be 3 to 128 characters' },
      { input: 'mode', message: 'must be apply or check' }
    ])
    expect(md).toContain('## org-trail · 🔴 failed')
    expect(md).toContain('**2 inputs are invalid**; no AWS request was made.')
    expect(md).toContain('| `trail-name` | must be 3 to 128 characters |')
    expect(md).toContain('| `mode` | must be apply or check |')
  })
})

describe('renderFailure', () => {
  it('shows the fix in a code block, and the token claims to compare', () => {
    const md = renderFailure({
      trailName: TRAIL,
      title: 'Cannot assume the role',
      message: 'STS refused AssumeRoleWithWebIdentity.',
      fix: '{\n  "Condition": {}\n}',
      facts: { sub: 'repo:octo-org/octo-repo:ref:refs/heads/main', aud: 'sts.amazonaws.com' }
    })
    expect(md).toContain('**Cannot assume the role.** STS refused AssumeRoleWithWebIdentity.')
    expect(md).toContain('```json\n{\n  "Condition": {}\n}\n```')
    expect(md).toContain('| `sub` | `repo:octo-org/octo-repo:ref:refs/heads/main` |')
  })

  it('a fix the message carries (for the plain-text annotation) is shown once, in its block', () => {
    const statements = '// key arn:aws:kms:us-east-1:222222222222:key/k\n{\n  "Statement": []\n}'
    const md = renderFailure({
      trailName: TRAIL,
      title: 'Key policy in another account does not let CloudTrail encrypt',
      message: `CloudTrail refused the trail. Add these statements there, then run again:\n${statements}`,
      fix: statements
    })
    expect(md).toContain('CloudTrail refused the trail. Add these statements there, then run again:\n')
    expect(md.split('"Statement": []')).toHaveLength(2)
    expect(md).toContain(`\`\`\`json\n${statements}\n\`\`\``)
  })

  it('part-way through apply: what was done, what was not, and what the next run does', () => {
    const trusted: Change = { kind: 'enable-trusted-access' }
    const create: Change = {
      kind: 'create-trail',
      region: REGION,
      trail: {
        name: TRAIL,
        s3BucketName: BUCKET,
        s3KeyPrefix: '',
        isOrganizationTrail: true,
        isMultiRegionTrail: true,
        includeGlobalServiceEvents: true,
        enableLogFileValidation: true,
        kmsKeyId: '',
        cloudWatchLogsLogGroupArn: '',
        cloudWatchLogsRoleArn: '',
        snsTopicName: ''
      }
    }
    const start: Change = { kind: 'start-logging', arn: TRAIL_ARN, region: REGION }
    const md = renderFailure({
      trailName: TRAIL,
      title: 'cloudtrail:CreateTrail failed',
      message: 'It failed.',
      partWay: { planned: [trusted, create, start], done: [trusted] }
    })
    const done = md.slice(md.indexOf('### Done before the failure (1)'), md.indexOf('### Not done'))
    expect(done).toContain('| Trusted access for cloudtrail.amazonaws.com | disabled | enabled |')
    const notDone = md.slice(md.indexOf('### Not done (2)'))
    expect(notDone).toContain(`| Trail ${TRAIL} in ${REGION} | absent |`)
    expect(notDone).toContain(`| Logging of trail ${TRAIL} | stopped | logging |`)
    expect(md).toContain('the 2 changes not done are planned again')

    // Failed at the first write: one sentence for what was done, no heading that says "(0)".
    const first = renderFailure({
      trailName: TRAIL,
      title: 'organizations:EnableAWSServiceAccess failed',
      message: 'It failed.',
      partWay: { planned: [trusted, create, start], done: [] }
    })
    expect(first).toContain('Nothing was written before the failure.')
    expect(first).not.toMatch(/\(0\)/)
    expect(first).toContain('### Not done (3)')
  })
})
