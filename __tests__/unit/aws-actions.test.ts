// The IAM actions each mode needs: what the documented policies (docs/permissions.md) grant.
import { actionsFor, logArchiveActionsFor, logArchiveAdditionActions } from '../../src/aws/actions.js'

/** Read by name, independently of the table: verbs that change something. */
const WRITE_VERB =
  /^(Create|Update|Put|Start|Stop|Enable|Disable|Delete|Add|Remove|Register|Deregister|Attach|Detach|Tag|Untag|Pass)/
const verb = (action: string) => action.split(':')[1] ?? ''

describe('actionsFor', () => {
  it('check mode lists read actions only, never a write', () => {
    const writes = actionsFor('check').filter((a) => WRITE_VERB.test(verb(a)))
    expect(writes).toEqual([])
  })

  it('check mode has every read the plan needs', () => {
    expect(actionsFor('check')).toEqual(
      expect.arrayContaining([
        'organizations:DescribeOrganization',
        'organizations:ListAWSServiceAccessForOrganization',
        'iam:ListRoles',
        's3:GetBucketLocation',
        's3:GetBucketPolicy',
        's3:GetBucketRequestPayment',
        'cloudtrail:DescribeTrails',
        'cloudtrail:GetTrailStatus',
        'cloudtrail:GetEventSelectors'
      ])
    )
  })

  it('apply mode adds the writes that converge the trail', () => {
    const apply = actionsFor('apply')
    expect(apply).toEqual(expect.arrayContaining(actionsFor('check')))
    expect(apply).toEqual(
      expect.arrayContaining([
        'organizations:EnableAWSServiceAccess',
        'iam:CreateServiceLinkedRole',
        's3:PutBucketPolicy',
        'cloudtrail:CreateTrail',
        'cloudtrail:UpdateTrail',
        'cloudtrail:StartLogging'
      ])
    )
  })

  it.each(['check', 'apply'] as const)('%s mode never grants stopping logging or deleting a trail', (mode) => {
    expect(actionsFor(mode)).not.toContain('cloudtrail:StopLogging')
    expect(actionsFor(mode)).not.toContain('cloudtrail:DeleteTrail')
  })

  it.each(['check', 'apply'] as const)('%s mode leaves out what the trust policy grants', (mode) => {
    expect(actionsFor(mode)).not.toContain('sts:AssumeRoleWithWebIdentity')
  })

  it.each(['check', 'apply'] as const)('%s mode lists each action once, sorted', (mode) => {
    const actions = actionsFor(mode)
    expect(new Set(actions).size).toBe(actions.length)
    expect([...actions].sort()).toEqual(actions)
  })
})

describe('the Log Archive role (log-archive-role-arn)', () => {
  it("holds the bucket's and the key's actions only, check mode reads only", () => {
    expect(logArchiveActionsFor('apply').every((a) => /^(s3|kms):/.test(a))).toBe(true)
    expect(logArchiveActionsFor('apply')).toEqual(
      expect.arrayContaining(['s3:GetBucketPolicy', 's3:PutBucketPolicy', 's3:CreateBucket', 'kms:PutKeyPolicy'])
    )
    expect(logArchiveActionsFor('check').filter((a) => WRITE_VERB.test(verb(a)))).toEqual([])
    expect(logArchiveActionsFor('check')).toEqual(expect.arrayContaining(['s3:GetBucketPolicy', 'kms:DescribeKey']))
  })

  it('adds sts:AssumeRole to the management role, and nothing else', () => {
    expect(logArchiveAdditionActions()).toEqual(['sts:AssumeRole'])
    expect(actionsFor('apply')).not.toContain('sts:AssumeRole')
  })
})
