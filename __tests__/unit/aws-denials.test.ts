// AccessDenied messages classified by what AWS names in them (IAM user guide, "Troubleshoot access denied
// error messages"; S3 user guide, 403 troubleshooting; AWS Security Blog, policy ARNs in access-denied
// messages), and explained: the kind, the account it governs, who can fix it, and "add the action to the
// role" only when the denial is the role's own.
import { denialOf, type PolicyKind } from '../../src/aws/denials.js'
import { explainDenial } from '../../src/aws/explain.js'

const ROLE_SESSION = 'arn:aws:sts::222222222222:assumed-role/org-trail-log-archive/org-trail-4242'
const ROLE = 'arn:aws:iam::222222222222:role/org-trail-log-archive'
const BUCKET = 'arn:aws:s3:::aws-controltower-logs-222222222222-us-east-1'
const KEY = 'arn:aws:kms:us-east-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab'
const SCP_ARN = 'arn:aws:organizations::111111111111:policy/o-exampleorgid/service_control_policy/p-2kgnabcd'

/** AWS's sentence, as S3 (quoted resource) or a JSON service words it. */
const said = (action: string, resource: string, why: string, quote = false) =>
  `User: ${ROLE_SESSION} is not authorized to perform: ${action} on resource: ${quote ? `"${resource}"` : resource} ${why}`

/** The advice to add the action to the role, as a finding or an annotation gives it. */
const ADD_TO_ROLE = /(Add|Allow) "[a-z0-9-]+:\w+" (to|in) the permission policy of the role/

describe('denialOf', () => {
  const kinds: [PolicyKind, string, string][] = [
    ['service-control-policy', 'a service control policy', 'service control policy'],
    ['resource-control-policy', 'a resource control policy', 'resource control policy'],
    ['permissions-boundary', 'a permissions boundary', 'permissions boundary'],
    ['session-policy', 'a session policy', 'session policy'],
    ['identity-based-policy', 'an identity-based policy', 'identity-based policy'],
    ['resource-based-policy', 'a resource-based policy', 'resource-based policy'],
    ['vpc-endpoint-policy', 'a VPC endpoint policy', 'VPC endpoint policy']
  ]

  it.each(kinds)('reads an explicit deny in %s', (kind, withArticle) => {
    expect(denialOf(said('s3:PutBucketPolicy', BUCKET, `with an explicit deny in ${withArticle}`, true))).toEqual({
      kind,
      explicit: true,
      principal: ROLE_SESSION,
      resource: BUCKET,
      policyArn: null
    })
  })

  it.each(kinds)('reads an implicit denial by %s', (kind, _, bare) => {
    const denial = denialOf(said('kms:PutKeyPolicy', KEY, `because no ${bare} allows the kms:PutKeyPolicy action`))
    expect(denial).toMatchObject({ kind, explicit: false, resource: KEY })
  })

  it('reads the denying policy ARN that follows the kind', () => {
    const denial = denialOf(
      said('s3:PutBucketPolicy', BUCKET, `with an explicit deny in a service control policy: ${SCP_ARN}`)
    )
    expect(denial).toMatchObject({ kind: 'service-control-policy', explicit: true, policyArn: SCP_ARN })
  })

  it('reads the IAM guide\'s "a sessions policy" as a session policy', () => {
    expect(denialOf(said('cloudtrail:CreateTrail', '*', 'with an explicit deny in a sessions policy')).kind).toBe(
      'session-policy'
    )
  })

  it('names no kind when AWS names none, and tells an unattributed explicit deny from no deny', () => {
    expect(denialOf('Access Denied')).toEqual({
      kind: null,
      explicit: false,
      principal: null,
      resource: null,
      policyArn: null
    })
    expect(denialOf(said('ec2:RunInstances', '*', 'with an explicit deny'))).toMatchObject({
      kind: null,
      explicit: true
    })
  })
})

describe('explainDenial', () => {
  it('an SCP: named, in the account of the role refused, for the management account to change, never "add to the role"', () => {
    const e = explainDenial(
      's3:PutBucketPolicy',
      said('s3:PutBucketPolicy', BUCKET, 'with an explicit deny in a service control policy', true)
    )
    expect(e.named).toBe('a service control policy (SCP)')
    expect(e.roleOwn).toBe(false)
    expect(e.why).toContain('account 222222222222')
    expect(e.why).toContain(ROLE)
    expect(e.fix).toMatch(/management account's Organizations administrators/)
    expect(e.fix).toContain('aws organizations list-policies-for-target --target-id 222222222222')
    expect(`${e.why} ${e.fix}`).not.toMatch(ADD_TO_ROLE)
  })

  it('an SCP that AWS names by its ARN: the command reads that policy', () => {
    const e = explainDenial(
      'cloudtrail:CreateTrail',
      said('cloudtrail:CreateTrail', '*', `with an explicit deny in a service control policy: ${SCP_ARN}`)
    )
    expect(e.why).toContain(SCP_ARN)
    expect(e.fix).toContain('aws organizations describe-policy --policy-id p-2kgnabcd')
  })

  it("an implicit SCP denial is no more the role's own than an explicit one", () => {
    const e = explainDenial(
      'organizations:ListAWSServiceAccessForOrganization',
      said(
        'organizations:ListAWSServiceAccessForOrganization',
        '*',
        'because no service control policy allows the organizations:ListAWSServiceAccessForOrganization action'
      )
    )
    expect(e).toMatchObject({ named: 'a service control policy (SCP)', roleOwn: false })
    expect(e.why).toMatch(/No service control policy .* account 222222222222/)
  })

  it("an RCP: the account that owns the resource, changed by the management account's administrators", () => {
    const e = explainDenial(
      'kms:PutKeyPolicy',
      said('kms:PutKeyPolicy', KEY, 'with an explicit deny in a resource control policy')
    )
    expect(e.named).toBe('a resource control policy (RCP)')
    expect(e.why).toContain('(222222222222)')
    expect(e.fix).toContain('RESOURCE_CONTROL_POLICY')
  })

  it("a permissions boundary: the role's, for whoever administers the role", () => {
    const e = explainDenial(
      's3:PutBucketPolicy',
      said('s3:PutBucketPolicy', BUCKET, 'because no permissions boundary allows the s3:PutBucketPolicy action', true)
    )
    expect(e.named).toBe('a permissions boundary')
    expect(e.fix).toContain('aws iam get-role --role-name org-trail-log-archive')
    expect(e.fix).not.toMatch(ADD_TO_ROLE)
  })

  it('a session policy: set by whoever assumes the role', () => {
    const e = explainDenial(
      'cloudtrail:CreateTrail',
      said('cloudtrail:CreateTrail', '*', 'with an explicit deny in a session policy')
    )
    expect(e.named).toBe('a session policy')
    expect(e.fix).toMatch(/Whoever assumes the role/)
  })

  it("a resource-based policy: the bucket's own policy, for the bucket's owner", () => {
    const e = explainDenial(
      's3:PutBucketPolicy',
      said('s3:PutBucketPolicy', BUCKET, 'with an explicit deny in a resource-based policy', true)
    )
    expect(e.why).toContain('the bucket policy of aws-controltower-logs-222222222222-us-east-1')
    expect(e.fix).toMatch(/owner of the resource/)
  })

  it("an explicit deny of the role's own policies: remove the Deny, never add the action", () => {
    const e = explainDenial(
      'cloudtrail:StartLogging',
      said('cloudtrail:StartLogging', '*', 'with an explicit deny in an identity-based policy')
    )
    expect(e).toMatchObject({ named: 'an identity-based policy', roleOwn: false })
    expect(e.fix).not.toMatch(ADD_TO_ROLE)
  })

  it('an explicit deny AWS does not attribute: no kind named, and no advice to add the action', () => {
    const e = explainDenial('cloudtrail:StartLogging', said('cloudtrail:StartLogging', '*', 'with an explicit deny'))
    expect(e).toMatchObject({ named: null, roleOwn: false })
    expect(e.fix).not.toMatch(ADD_TO_ROLE)
  })

  it("the role's own: no allow in its identity-based policy, or no kind named at all, says to add the action to that role", () => {
    const own = explainDenial(
      'cloudtrail:CreateTrail',
      said('cloudtrail:CreateTrail', '*', 'because no identity-based policy allows the cloudtrail:CreateTrail action')
    )
    expect(own).toMatchObject({ named: null, roleOwn: true })
    expect(own.fix).toMatch(ADD_TO_ROLE)
    expect(own.fix).toContain(ROLE)
    const unnamed = explainDenial('s3:PutBucketPolicy', 'Access Denied')
    expect(unnamed.roleOwn).toBe(true)
    expect(unnamed.fix).toContain('Add "s3:PutBucketPolicy" to the permission policy of the role org-trail uses')
  })
})
