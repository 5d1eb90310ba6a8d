// ARNs, parsed and built in one place: every partition, colons inside the resource, nothing that is not an ARN.
import fc from 'fast-check'
import {
  accountOf,
  formatArn,
  logGroupOf,
  parseArn,
  regionOf,
  roleArn,
  topicArn,
  topicNameOf,
  trailArn
} from '../../src/aws/arn.js'

describe('parseArn', () => {
  it.each([
    ['arn:aws:cloudtrail:us-east-1:111111111111:trail/org', 'aws', 'us-east-1'],
    ['arn:aws-cn:cloudtrail:cn-north-1:111111111111:trail/org', 'aws-cn', 'cn-north-1'],
    ['arn:aws-us-gov:cloudtrail:us-gov-west-1:111111111111:trail/org', 'aws-us-gov', 'us-gov-west-1']
  ])('reads the partition, region and account of %s', (text, partition, region) => {
    expect(parseArn(text)).toEqual({
      partition,
      service: 'cloudtrail',
      region,
      account: '111111111111',
      resource: 'trail/org'
    })
  })

  it('keeps the colons of the resource', () => {
    expect(parseArn('arn:aws:logs:eu-west-1:111111111111:log-group:CloudTrail/org:*')?.resource).toBe(
      'log-group:CloudTrail/org:*'
    )
  })

  it.each(['', 'org-trail', 'alias/logs', '1234abcd-12ab-34cd-56ef-1234567890ab', 'arn:aws:iam::111111111111'])(
    'is null for %j, which is not an ARN',
    (text) => {
      expect(parseArn(text)).toBeNull()
      expect(accountOf(text)).toBe('')
      expect(regionOf(text)).toBe('')
    }
  )

  it('gives back the text it read', () => {
    const field = fc.string({ unit: fc.constantFrom('a', '1', '-', '/', '*', '.') })
    fc.assert(
      fc.property(fc.array(field, { minLength: 5, maxLength: 8 }), (fields) => {
        const text = ['arn', ...fields].join(':')
        const arn = parseArn(text)
        expect(arn).not.toBeNull()
        if (arn) expect(formatArn(arn)).toBe(text)
      })
    )
  })
})

describe('the ARNs org-trail builds carry the partition they are given', () => {
  it('a trail, and the pattern of every trail of an account', () => {
    expect(trailArn('aws-cn', 'cn-north-1', '111111111111', 'org')).toBe(
      'arn:aws-cn:cloudtrail:cn-north-1:111111111111:trail/org'
    )
    expect(trailArn('aws', '*', '111111111111', '*')).toBe('arn:aws:cloudtrail:*:111111111111:trail/*')
  })

  it('a role, with neither region nor path', () => {
    expect(roleArn('aws-us-gov', '222222222222', 'audit')).toBe('arn:aws-us-gov:iam::222222222222:role/audit')
  })

  it('a topic: a name in the region and account, an ARN as it is; its name either way', () => {
    const arn = 'arn:aws:sns:eu-west-1:111111111111:notes'
    expect(topicArn('notes', 'aws', 'eu-west-1', '111111111111')).toBe(arn)
    expect(topicArn(arn, 'aws-cn', 'cn-north-1', '222222222222')).toBe(arn)
    expect(topicNameOf(arn)).toBe('notes')
    expect(topicNameOf('notes')).toBe('notes')
  })
})

describe('logGroupOf', () => {
  it('names the group with or without the trailing ":*", and its region', () => {
    for (const text of [
      'arn:aws:logs:eu-west-1:111111111111:log-group:CloudTrail/org:*',
      'arn:aws:logs:eu-west-1:111111111111:log-group:CloudTrail/org'
    ])
      expect(logGroupOf(text)).toEqual({ region: 'eu-west-1', name: 'CloudTrail/org' })
  })
})
