import {
  DescribeOrganizationCommand,
  paginateListAccounts,
  paginateListAWSServiceAccessForOrganization,
  paginateListDelegatedAdministrators,
  type Account
} from '@aws-sdk/client-organizations'
import { paginateListRoles } from '@aws-sdk/client-iam'
import type { Clients } from '../aws/clients.js'
import { CLOUDTRAIL_PRINCIPAL, SERVICE_LINKED_ROLES, type ServiceLinkedRole } from '../aws/cloudtrail.js'
import { read } from './read.js'
import type { Organization, Read } from './types.js'

export function readOrganization(clients: Clients): Promise<Read<Organization | null>> {
  return read(
    'organizations:DescribeOrganization',
    async () => {
      const { Organization: org } = await clients.organizations().send(new DescribeOrganizationCommand({}))
      return {
        id: org?.Id ?? '',
        featureSet: org?.FeatureSet ?? 'ALL',
        managementAccountId: org?.MasterAccountId ?? ''
      }
    },
    { AWSOrganizationsNotInUseException: null }
  )
}

export function readTrustedAccess(clients: Clients): Promise<Read<boolean>> {
  return read('organizations:ListAWSServiceAccessForOrganization', async () => {
    for await (const page of paginateListAWSServiceAccessForOrganization({ client: clients.organizations() }, {})) {
      if (page.EnabledServicePrincipals?.some((p) => p.ServicePrincipal === CLOUDTRAIL_PRINCIPAL)) return true
    }
    return false
  })
}

export function readDelegatedAdministrator(clients: Clients, accountId: string): Promise<Read<boolean>> {
  return read('organizations:ListDelegatedAdministrators', async () => {
    const pages = paginateListDelegatedAdministrators(
      { client: clients.organizations() },
      { ServicePrincipal: CLOUDTRAIL_PRINCIPAL }
    )
    for await (const page of pages) {
      if (page.DelegatedAdministrators?.some((admin) => admin.Id === accountId)) return true
    }
    return false
  })
}

/**
 * Whether the service-linked role exists, found by the path AWS gives every service-linked role
 * (/aws-service-role/<service>/) rather than by a role name that differs between implementations.
 */
export function readServiceLinkedRole(clients: Clients, role: ServiceLinkedRole): Promise<Read<boolean>> {
  const { service } = SERVICE_LINKED_ROLES[role]
  return read('iam:ListRoles', async () => {
    for await (const page of paginateListRoles(
      { client: clients.iam() },
      { PathPrefix: `/aws-service-role/${service}/` }
    )) {
      if ((page.Roles ?? []).length > 0) return true
    }
    return false
  })
}

/** ACTIVE accounts only: a suspended or closing account has no one to ask, and records nothing. */
function isActive(account: Account): boolean {
  const state = (account as Account & { State?: string }).State
  return (state ?? account.Status) === 'ACTIVE'
}

/** The organization's active accounts, the management account among them, page by page. */
export async function* activeAccounts(clients: Clients): AsyncGenerator<Account> {
  for await (const page of paginateListAccounts({ client: clients.organizations() }, {})) {
    for (const account of page.Accounts ?? []) if (account.Id && isActive(account)) yield account
  }
}

/** How many active accounts the organization has, the management account included. */
export function readActiveAccountCount(clients: Clients): Promise<Read<number>> {
  return read('organizations:ListAccounts', async () => {
    let count = 0
    for await (const account of activeAccounts(clients)) if (account.Id) count++
    return count
  })
}
