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

/** An organization trail's ARN always carries the management account id. */
export function trailArn(partition: string, region: string, accountId: string, name: string): string {
  return `arn:${partition}:cloudtrail:${region}:${accountId}:trail/${name}`
}

/**
 * How an account becomes CloudTrail's delegated administrator (run in the management account). Registering
 * through Organizations (register-delegated-administrator) does not create the service-linked role
 * CloudTrail needs, so this is the one command to give.
 */
export function registerDelegatedAdministratorCommand(memberAccountId: string): string {
  return `aws cloudtrail register-organization-delegated-admin --member-account-id ${memberAccountId}`
}
