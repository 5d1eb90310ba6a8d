import {
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  paginateListAttachedRolePolicies,
  paginateListRolePolicies
} from '@aws-sdk/client-iam'
import { logGroupOf } from '../aws/arn.js'
import type { Clients } from '../aws/clients.js'
import { call } from '../aws/errors.js'
import { read } from './read.js'
import type { CloudWatchRole, Read } from './types.js'

export function readLogGroup(clients: Clients, arn: string): Promise<Read<boolean>> {
  const { region, name } = logGroupOf(arn)
  return read('logs:DescribeLogGroups', async () => {
    const [logs, { DescribeLogGroupsCommand }] = await Promise.all([
      clients.logs(region),
      import('@aws-sdk/client-cloudwatch-logs')
    ])
    const out = await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: name }))
    return (out.logGroups ?? []).some((g) => g.logGroupName === name)
  })
}

const decode = (document: string | undefined): string | null => (document ? decodeURIComponent(document) : null)

/** The role's trust policy and every permission policy it has, inline and attached; null when missing. */
export function readCloudWatchRole(clients: Clients, roleArn: string): Promise<Read<CloudWatchRole | null>> {
  const iam = clients.iam()
  const RoleName = roleArn.split('/').pop() ?? roleArn
  return read(
    'iam:GetRole',
    async () => {
      // The role, its inline policies and its attached policies are independent: read them together.
      // Each call names its own IAM action, so a denial says exactly what to grant.
      const inline = call('iam:ListRolePolicies', async () => {
        const names: string[] = []
        for await (const page of paginateListRolePolicies({ client: iam }, { RoleName }))
          names.push(...(page.PolicyNames ?? []))
        const outs = await Promise.all(
          names.map((PolicyName) =>
            call('iam:GetRolePolicy', () => iam.send(new GetRolePolicyCommand({ RoleName, PolicyName })))
          )
        )
        return outs.map((out) => decode(out.PolicyDocument))
      })
      const attached = call('iam:ListAttachedRolePolicies', async () => {
        const arns: string[] = []
        for await (const page of paginateListAttachedRolePolicies({ client: iam }, { RoleName })) {
          arns.push(...(page.AttachedPolicies ?? []).flatMap((p) => (p.PolicyArn ? [p.PolicyArn] : [])))
        }
        return Promise.all(
          arns.map(async (PolicyArn) => {
            const meta = await call('iam:GetPolicy', () => iam.send(new GetPolicyCommand({ PolicyArn })))
            const version = await call('iam:GetPolicyVersion', () =>
              iam.send(new GetPolicyVersionCommand({ PolicyArn, VersionId: meta.Policy?.DefaultVersionId }))
            )
            return decode(version.PolicyVersion?.Document)
          })
        )
      })
      const [role, inlineDocs, attachedDocs] = await Promise.all([
        iam.send(new GetRoleCommand({ RoleName })),
        inline,
        attached
      ])
      const policies = [...inlineDocs, ...attachedDocs].filter((doc): doc is string => doc !== null)
      return { arn: role.Role?.Arn ?? roleArn, trustPolicy: decode(role.Role?.AssumeRolePolicyDocument), policies }
    },
    { NoSuchEntity: null, NoSuchEntityException: null }
  )
}
