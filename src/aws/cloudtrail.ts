// Names and limits fixed by AWS.

export const CLOUDTRAIL_PRINCIPAL = 'cloudtrail.amazonaws.com'

export const SERVICE_LINKED_ROLES = {
  organizations: { roleName: 'AWSServiceRoleForOrganizations', service: 'organizations.amazonaws.com' },
  cloudtrail: { roleName: 'AWSServiceRoleForCloudTrail', service: 'cloudtrail.amazonaws.com' }
} as const

export type ServiceLinkedRole = keyof typeof SERVICE_LINKED_ROLES

/** Trails per region per account; cannot be raised. */
export const MAX_TRAILS_PER_REGION = 5

/** S3 bucket policies are limited to 20 KB. */
export const MAX_BUCKET_POLICY_BYTES = 20 * 1024

/**
 * The account whose id the trail's ARN carries: the organization's management account for an
 * organization trail (whoever creates it, a delegated administrator too), the caller's own for an account
 * trail, and the caller's while the organization is unknown (not readable, or none). The one rule: the
 * plan decides with it, and observe uses it only to know where to read.
 */
export function managementAccountOf(
  isOrganizationTrail: boolean,
  organization: { readonly managementAccountId: string } | null,
  callerAccountId: string
): string {
  return (isOrganizationTrail && organization?.managementAccountId) || callerAccountId
}
