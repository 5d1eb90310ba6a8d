import { parseArn } from '../aws/arn.js'
import type { Clients } from '../aws/clients.js'
import { read } from './read.js'
import type { Read, SnsTopic } from './types.js'

export function readSnsTopic(clients: Clients, arn: string): Promise<Read<SnsTopic | null>> {
  return read(
    'sns:GetTopicAttributes',
    async () => {
      const [sns, { GetTopicAttributesCommand }] = await Promise.all([
        clients.sns(parseArn(arn)?.region ?? clients.region),
        import('@aws-sdk/client-sns')
      ])
      const out = await sns.send(new GetTopicAttributesCommand({ TopicArn: arn }))
      return { arn, policy: out.Attributes?.Policy ?? null }
    },
    { NotFoundException: null, NotFound: null }
  )
}
