import { CreateServiceLinkedRoleCommand } from '@aws-sdk/client-iam'
import { EnableAWSServiceAccessCommand } from '@aws-sdk/client-organizations'
import type { Clients } from '../aws/clients.js'
import { errorCode } from '../aws/errors.js'
import { CLOUDTRAIL_PRINCIPAL, SERVICE_LINKED_ROLES } from '../aws/cloudtrail.js'
import type { ChangeOf } from '../plan/writes.js'
import { writeRequest } from './run.js'

interface OrganizationDeps {
  readonly clients: Clients
  readonly log: (message: string) => void
}

export async function enableTrustedAccess(
  { clients, log }: OrganizationDeps,
  change: ChangeOf<'enable-trusted-access'>
): Promise<void> {
  log(`Enabling trusted access for ${CLOUDTRAIL_PRINCIPAL} in AWS Organizations`)
  await writeRequest(change, () =>
    clients.organizations().send(new EnableAWSServiceAccessCommand({ ServicePrincipal: CLOUDTRAIL_PRINCIPAL }))
  )
}

export async function createServiceLinkedRole(
  { clients, log }: OrganizationDeps,
  change: ChangeOf<'create-service-linked-role'>
): Promise<void> {
  const { roleName, service } = SERVICE_LINKED_ROLES[change.role]
  log(`Creating the service-linked role ${roleName}`)
  try {
    await writeRequest(change, () =>
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
