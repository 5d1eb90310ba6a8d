// The planner's prerequisite checks: caller, organization, trusted access, service-linked roles.
import type { Observed } from '../../src/observe/types.js'
import { plan } from '../../src/plan/index.js'
import {
  ACCOUNT,
  MEMBER_ACCOUNT,
  ORG_ID,
  TRAIL,
  denied,
  findingOf,
  freshOrganization,
  memberIdentity,
  observed,
  ok,
  settings
} from '../support/fixtures.js'

/** Run from a member account of the organization, which the management account owns. */
const fromMember = (overrides: Partial<Observed> = {}) =>
  observed({ identity: memberIdentity, delegatedAdministrator: ok(false), ...overrides })

describe('caller.management-account', () => {
  it('is ok for the management account', () => {
    expect(findingOf(plan(settings(), observed()), 'caller.management-account')).toMatchObject({ severity: 'ok' })
  })

  it('blocks a caller that is neither the management account nor a delegated administrator, and says how to fix it', () => {
    const p = plan(settings(), fromMember())
    const f = findingOf(p, 'caller.management-account')
    expect(f.severity).toBe('blocker')
    expect(f.detail).toContain(MEMBER_ACCOUNT)
    expect(f.detail).toContain(ACCOUNT)
    expect(f.remediation).toContain(
      `aws cloudtrail register-organization-delegated-admin --member-account-id ${MEMBER_ACCOUNT}`
    )
    expect(f.remediation).toContain(ACCOUNT)
    expect(p.blocked).toBe(true)
  })

  it('is ok for a registered delegated administrator, and the trail ARN still carries the management account', () => {
    const p = plan(settings(), fromMember({ delegatedAdministrator: ok(true), trail: null, trails: ok([]) }))
    expect(findingOf(p, 'caller.management-account')).toMatchObject({ severity: 'ok' })
    expect(p.trailArn).toBe(`arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/${TRAIL}`)
    expect(p.changes).toContainEqual(expect.objectContaining({ kind: 'create-trail' }))
  })

  it('warns when it cannot tell whether the caller is a delegated administrator', () => {
    const f = findingOf(
      plan(settings(), fromMember({ delegatedAdministrator: denied('organizations:ListDelegatedAdministrators') })),
      'caller.management-account'
    )
    expect(f.severity).toBe('warning')
    expect(f.detail).toContain('AccessDeniedException')
    expect(f.remediation).toContain(`--member-account-id ${MEMBER_ACCOUNT}`)
  })

  it('does not apply to an account trail, which any account may create', () => {
    const p = plan(settings({ 'is-organization-trail': 'false' }), fromMember())
    expect(findingOf(p, 'caller.management-account').severity).toBe('ok')
  })
})

describe('organization.exists and organization.all-features', () => {
  it('are ok for an organization with all features', () => {
    const p = plan(settings(), observed())
    expect(findingOf(p, 'organization.exists').severity).toBe('ok')
    expect(findingOf(p, 'organization.all-features').severity).toBe('ok')
  })

  it('block an account that is in no organization, with the command that creates one', () => {
    const p = plan(settings(), observed({ organization: ok(null) }))
    const f = findingOf(p, 'organization.exists')
    expect(f.severity).toBe('blocker')
    expect(f.remediation).toContain('aws organizations create-organization --feature-set ALL')
    expect(f.remediation).toContain('is-organization-trail: false')
  })

  it('are not checked for an account trail', () => {
    const p = plan(
      settings({ 'is-organization-trail': 'false' }),
      observed({ organization: ok(null), trail: null, trails: ok([]) })
    )
    expect(p.findings.map((f) => f.id)).not.toContain('organization.exists')
    expect(p.findings.map((f) => f.id)).not.toContain('organization.all-features')
    expect(p.blocked).toBe(false)
  })

  it('block a consolidated-billing organization, name the handshake command, and never plan to start it', () => {
    const billingOnly = (o: Observed): Observed => ({
      ...o,
      organization: ok({ id: ORG_ID, featureSet: 'CONSOLIDATED_BILLING', managementAccountId: ACCOUNT })
    })
    const allFeatures = freshOrganization()
    const p = plan(settings(), billingOnly(allFeatures))
    const f = findingOf(p, 'organization.all-features')
    expect(f.severity).toBe('blocker')
    expect(f.remediation).toContain('aws organizations enable-all-features')
    expect(f.detail).toMatch(/handshake/)
    expect(p.blocked).toBe(true)
    // The finding contributes no write: the changes are those of the same account in ALL features mode.
    expect(p.changes).toEqual(plan(settings(), allFeatures).changes)
  })

  it('block when the organization cannot be read, naming the IAM action', () => {
    const f = findingOf(
      plan(settings(), observed({ organization: denied('organizations:DescribeOrganization') })),
      'organization.exists'
    )
    expect(f.severity).toBe('blocker')
    expect(f.detail).toContain('organizations:DescribeOrganization')
    expect(f.remediation).toContain('"organizations:DescribeOrganization"')
  })
})

describe('organization.trusted-access', () => {
  const COMMAND = 'aws organizations enable-aws-service-access --service-principal cloudtrail.amazonaws.com'

  it('is ok when CloudTrail is a trusted service', () => {
    expect(findingOf(plan(settings(), observed()), 'organization.trusted-access').severity).toBe('ok')
  })

  it('is fixable, with an enable-trusted-access change, when missing and allowed', () => {
    const p = plan(settings(), observed({ trustedAccess: ok(false) }))
    const f = findingOf(p, 'organization.trusted-access')
    expect(f.severity).toBe('fixable')
    expect(f.remediation).toBe(COMMAND)
    expect(p.changes).toEqual([{ kind: 'enable-trusted-access' }])
    expect(p.blocked).toBe(false)
  })

  it('blocks, with no change, when enable-trusted-access is false', () => {
    const p = plan(settings({ 'enable-trusted-access': 'false' }), observed({ trustedAccess: ok(false) }))
    const f = findingOf(p, 'organization.trusted-access')
    expect(f.severity).toBe('blocker')
    expect(f.remediation).toContain(COMMAND)
    expect(p.changes).toEqual([])
  })

  it('blocks for a delegated administrator, who cannot enable it', () => {
    const p = plan(settings(), fromMember({ delegatedAdministrator: ok(true), trustedAccess: ok(false) }))
    const f = findingOf(p, 'organization.trusted-access')
    expect(f.severity).toBe('blocker')
    expect(f.detail).toMatch(/management account/)
    expect(f.remediation).toContain(COMMAND)
    expect(p.changes.map((c) => c.kind)).not.toContain('enable-trusted-access')
  })

  it('blocks when it cannot be read, naming the IAM action', () => {
    const f = findingOf(
      plan(settings(), observed({ trustedAccess: denied('organizations:ListAWSServiceAccessForOrganization') })),
      'organization.trusted-access'
    )
    expect(f.severity).toBe('blocker')
    expect(f.remediation).toContain('organizations:ListAWSServiceAccessForOrganization')
  })

  it('blocks on a read that failed for another reason than permissions, saying what AWS answered', () => {
    const failed = {
      ok: false as const,
      failure: {
        action: 'organizations:ListAWSServiceAccessForOrganization' as const,
        code: 'ServiceException',
        message: 'Internal failure'
      }
    }
    const f = findingOf(plan(settings(), observed({ trustedAccess: failed })), 'organization.trusted-access')
    expect(f.severity).toBe('blocker')
    expect(f.detail).toContain('ServiceException: Internal failure')
    expect(f.remediation).toMatch(/Run again/)
  })
})

describe('iam.service-linked-role.*', () => {
  it.each([
    ['organizations', 'AWSServiceRoleForOrganizations', 'organizations.amazonaws.com'],
    ['cloudtrail', 'AWSServiceRoleForCloudTrail', 'cloudtrail.amazonaws.com']
  ] as const)('%s: a missing role is fixable with a create change and the CLI command', (role, roleName, service) => {
    const base = observed()
    const p = plan(settings(), observed({ serviceLinkedRoles: { ...base.serviceLinkedRoles, [role]: ok(false) } }))
    const f = findingOf(p, `iam.service-linked-role.${role}`)
    expect(f.severity).toBe('fixable')
    expect(f.title).toContain(roleName)
    expect(f.remediation).toBe(`aws iam create-service-linked-role --aws-service-name ${service}`)
    expect(p.changes).toEqual([{ kind: 'create-service-linked-role', role }])
  })

  it('is ok when both roles exist', () => {
    const p = plan(settings(), observed())
    expect(findingOf(p, 'iam.service-linked-role.organizations').severity).toBe('ok')
    expect(findingOf(p, 'iam.service-linked-role.cloudtrail').severity).toBe('ok')
  })

  it('blocks when the roles cannot be listed, naming iam:ListRoles', () => {
    const base = observed()
    const p = plan(
      settings(),
      observed({ serviceLinkedRoles: { ...base.serviceLinkedRoles, cloudtrail: denied('iam:ListRoles') } })
    )
    const f = findingOf(p, 'iam.service-linked-role.cloudtrail')
    expect(f.severity).toBe('blocker')
    expect(f.detail).toContain('iam:ListRoles')
  })

  it('only warns for a delegated administrator, who cannot see the management account roles, and creates nothing', () => {
    const p = plan(
      settings(),
      fromMember({
        delegatedAdministrator: ok(true),
        serviceLinkedRoles: { organizations: ok(false), cloudtrail: ok(false) }
      })
    )
    const f = findingOf(p, 'iam.service-linked-role.cloudtrail')
    expect(f.severity).toBe('warning')
    expect(f.remediation).toContain('aws iam create-service-linked-role --aws-service-name cloudtrail.amazonaws.com')
    expect(p.changes.map((c) => c.kind)).not.toContain('create-service-linked-role')
  })
})
