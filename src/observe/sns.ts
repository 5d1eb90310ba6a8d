import type { Clients } from '../aws/clients.js'
import { read } from './read.js'
import type { Read, SnsTopic } from './types.js'

export function snsTopicArn(nameOrArn: string, partition: string, region: string, accountId: string): string {
  return nameOrArn.startsWith('arn:') ? nameOrArn : `arn:${partition}:sns:${region}:${accountId}:${nameOrArn}`
}

export function readSnsTopic(clients: Clients, arn: string): Promise<Read<SnsTopic | null>> {
  return read(
    'sns:GetTopicAttributes',
    async () => {
      const [sns, { GetTopicAttributesCommand }] = await Promise.all([
        clients.sns(arn.split(':')[3] ?? clients.region),
        import('@aws-sdk/client-sns')
      ])
      const out = await sns.send(new GetTopicAttributesCommand({ TopicArn: arn }))
      return { arn, policy: out.Attributes?.Policy ?? null }
    },
    { NotFoundException: null, NotFound: null }
  )
}
