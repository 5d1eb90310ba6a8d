import {
  AccessDeniedException,
  GetEventSelectorsCommand,
  GetInsightSelectorsCommand,
  GetTrailCommand,
  GetTrailStatusCommand,
  ListTagsCommand
} from '@aws-sdk/client-cloudtrail'
import { AwsCallError } from '../../src/aws/errors.js'
import { explain } from '../../src/aws/explain.js'
import { reread } from '../../src/observe/reread.js'
import { ACCOUNT, TRAIL, trailConfig } from '../support/fixtures.js'
import { apiTrail } from '../support/fake-account.js'
import { newClients, sentTo, useAwsMocks } from '../support/mock-aws.js'

const aws = useAwsMocks()
const EU_ARN = `arn:aws:cloudtrail:eu-west-1:${ACCOUNT}:trail/${TRAIL}`

describe('reread: the trail as AWS reports it after the writes', () => {
  it("asks GetTrail and GetTrailStatus at the trail's ARN, in its home region", async () => {
    const delivered = new Date('2025-06-01T12:00:00Z')
    aws.current.cloudtrail.on(GetTrailCommand).resolves({ Trail: apiTrail({ arn: EU_ARN, homeRegion: 'eu-west-1' }) })
    const started = new Date('2025-06-01T11:55:00Z')
    aws.current.cloudtrail
      .on(GetTrailStatusCommand)
      .resolves({ IsLogging: true, StartLoggingTime: started, LatestDeliveryTime: delivered, LatestDeliveryError: '' })
    const selectors = [{ ReadWriteType: 'All' as const, IncludeManagementEvents: true }]
    aws.current.cloudtrail.on(GetEventSelectorsCommand).resolves({ EventSelectors: selectors })

    // The clients' default region is us-east-1: the reads must still go to eu-west-1.
    const result = await reread(newClients('us-east-1'), EU_ARN, 'eu-west-1')

    expect(result.trail).toMatchObject(trailConfig({ arn: EU_ARN, homeRegion: 'eu-west-1' }))
    // What GetTrailStatus says, an empty error being none.
    expect(result.status).toEqual({ isLogging: true, startLoggingTime: started, latestDeliveryTime: delivered })
    expect(result).toMatchObject({ selectors: { event: selectors, advanced: [] }, insightSelectors: null, tags: null })
    // Insight selectors and tags are not declared: not read.
    expect(aws.current.cloudtrail.commandCalls(GetInsightSelectorsCommand)).toEqual([])
    expect(aws.current.cloudtrail.commandCalls(ListTagsCommand)).toEqual([])
    expect(await sentTo(aws.current.cloudtrail.commandCalls(GetTrailCommand))).toEqual([
      ['eu-west-1', { Name: EU_ARN }]
    ])
    expect(await sentTo(aws.current.cloudtrail.commandCalls(GetTrailStatusCommand))).toEqual([
      ['eu-west-1', { Name: EU_ARN }]
    ])
  })

  it('reads the insight selectors and tags again when they are declared', async () => {
    aws.current.cloudtrail.on(GetTrailCommand).resolves({ Trail: apiTrail({ arn: EU_ARN, homeRegion: 'eu-west-1' }) })
    aws.current.cloudtrail.on(GetTrailStatusCommand).resolves({ IsLogging: true })
    aws.current.cloudtrail.on(GetEventSelectorsCommand).resolves({ EventSelectors: [] })
    aws.current.cloudtrail
      .on(GetInsightSelectorsCommand)
      .resolves({ InsightSelectors: [{ InsightType: 'ApiCallRateInsight' }] })
    aws.current.cloudtrail
      .on(ListTagsCommand)
      .resolves({ ResourceTagList: [{ ResourceId: EU_ARN, TagsList: [{ Key: 'team', Value: 'security' }] }] })

    const result = await reread(newClients(), EU_ARN, 'eu-west-1', { insights: true, tags: true })

    expect(result).toMatchObject({
      insightSelectors: [{ InsightType: 'ApiCallRateInsight' }],
      tags: { team: 'security' }
    })
  })

  it('a denied re-read is an error naming the IAM action', async () => {
    aws.current.cloudtrail.on(GetTrailCommand).resolves({ Trail: apiTrail({ arn: EU_ARN, homeRegion: 'eu-west-1' }) })
    aws.current.cloudtrail.on(GetEventSelectorsCommand).resolves({ EventSelectors: [] })
    aws.current.cloudtrail
      .on(GetTrailStatusCommand)
      .rejects(new AccessDeniedException({ message: 'not authorized', $metadata: {} }))

    const error = await reread(newClients(), EU_ARN, 'eu-west-1').then(
      () => undefined,
      (e: unknown) => e
    )

    expect(error).toBeInstanceOf(AwsCallError)
    expect(explain(error).title).toContain('cloudtrail:GetTrailStatus')
  })
})
