import { CreateServiceLinkedRoleCommand } from '@aws-sdk/client-iam'
import { EnableAWSServiceAccessCommand } from '@aws-sdk/client-organizations'
import type { Clients } from '../aws/clients.js'
import { call, errorCode } from '../aws/errors.js'
import { CLOUDTRAIL_PRINCIPAL, SERVICE_LINKED_ROLES, type ServiceLinkedRole } from '../aws/cloudtrail.js'

interface OrganizationDeps {
  readonly clients: Clients
  readonly log: (message: string) => void
}

export async function enableTrustedAccess({ clients, log }: OrganizationDeps): Promise<void> {
  log(`Enabling trusted access for ${CLOUDTRAIL_PRINCIPAL} in AWS Organizations`)
  await call('organizations:EnableAWSServiceAccess', () =>
    clients.organizations().send(new EnableAWSServiceAccessCommand({ ServicePrincipal: CLOUDTRAIL_PRINCIPAL }))
  )
}

export async function createServiceLinkedRole(
  { clients, log }: OrganizationDeps,
  role: ServiceLinkedRole
): Promise<void> {
  const { roleName, service } = SERVICE_LINKED_ROLES[role]
  log(`Creating the service-linked role ${roleName}`)
  try {
    await call('iam:CreateServiceLinkedRole', () =>
      clients.iam().send(new CreateServiceLinkedRoleCommand({ AWSServiceName: service }))
    )
  } catch (error) {
    // Another run created it in between: the goal is met.
    const code = errorCode(error)
    const taken =
      (code === 'InvalidInputException' || code === 'InvalidInput') && /taken/i.test(String((error as Error).message))
    if (!taken && code !== 'EntityAlreadyExistsException') throw error
  }
}
