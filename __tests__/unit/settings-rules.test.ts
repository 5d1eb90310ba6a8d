// The naming rules AWS enforces, checked before any AWS call (DESIGN.md "Rules of the domain", FACTS.md).
import {
  bucketNameProblems,
  keyPrefixProblems,
  regionProblems,
  roleArnProblems,
  sessionNameProblems,
  trailNameProblems
} from '../../src/settings/rules.js'

describe('trail names (3–128 of [A-Za-z0-9._-], letter or digit at both ends, no adjacent . _ -, not an IP)', () => {
  it.each(['abc', 'org-trail', 'My_Trail.2024', 'a.b_c-d', '123', '1.2.3', 'a'.repeat(128)])('accepts %j', (name) => {
    expect(trailNameProblems(name)).toEqual([])
  })

  it.each([
    ['ab', /3 to 128 characters.*\(it has 2\)/],
    ['a'.repeat(129), /3 to 128 characters.*\(it has 129\)/]
  ])('rejects the length of %j', (name, message) => {
    expect(trailNameProblems(name)).toEqual([expect.stringMatching(message)])
  })

  it.each(['my trail', 'trail/1', 'tráil', 'trail:1', 'trail+1', 'trail@x'])('rejects the character in %j', (name) => {
    expect(trailNameProblems(name)).toEqual([expect.stringMatching(/only letters, digits/)])
  })

  it.each(['-trail', '.trail', '_trail'])('rejects %j, which does not start with a letter or digit', (name) => {
    expect(trailNameProblems(name)).toEqual([expect.stringMatching(/must start with a letter or digit/)])
  })

  it.each(['trail-', 'trail.', 'trail_'])('rejects %j, which does not end with a letter or digit', (name) => {
    expect(trailNameProblems(name)).toEqual([expect.stringMatching(/must end with a letter or digit/)])
  })

  it.each(['my..trail', 'my-_trail', 'my_.trail', 'a--b', 'a__b', 'a.-b'])(
    'rejects two adjacent separators in %j',
    (name) => {
      expect(trailNameProblems(name)).toEqual([expect.stringMatching(/two adjacent/)])
    }
  )

  it.each(['192.168.5.4', '10.0.0.1', '999.1.1.1'])('rejects the IP-shaped %j', (name) => {
    expect(trailNameProblems(name)).toEqual([expect.stringMatching(/IP address/)])
  })

  it('lists every broken rule at once', () => {
    // Too short, starts with "-", ends with ".", and "-." are two adjacent separators.
    const problems = trailNameProblems('-.')
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/3 to 128/),
        expect.stringMatching(/must start with/),
        expect.stringMatching(/must end with/),
        expect.stringMatching(/two adjacent/)
      ])
    )
    expect(problems).toHaveLength(4)
  })
})

describe('bucket names (S3 general purpose bucket rules)', () => {
  it.each(['org-trail-logs', 'a.b.c', '123', 'logs-111111111111', 'a'.repeat(63)])('accepts %j', (name) => {
    expect(bucketNameProblems(name)).toEqual([])
  })

  it.each([
    ['ab', /3 to 63/],
    ['a'.repeat(64), /3 to 63/],
    ['Org-Trail-Logs', /only lowercase letters/],
    ['my_bucket', /only lowercase letters/],
    ['-logs', /must start with/],
    ['logs-', /must end with/],
    ['my..logs', /two adjacent periods/],
    ['192.168.5.4', /IP address/],
    ['xn--logs', /reserved prefix "xn--"/],
    ['sthree-logs', /reserved prefix "sthree-"/],
    ['amzn-s3-demo-logs', /reserved prefix "amzn-s3-demo-"/],
    ['logs-s3alias', /reserved suffix "-s3alias"/],
    ['logs--ol-s3', /reserved suffix "--ol-s3"/],
    ['logs.mrap', /reserved suffix ".mrap"/],
    ['logs--x-s3', /reserved suffix "--x-s3"/],
    ['logs--table-s3', /reserved suffix "--table-s3"/]
  ])('rejects %j', (name, message) => {
    expect(bucketNameProblems(name)).toEqual(expect.arrayContaining([expect.stringMatching(message)]))
  })
})

describe('S3 key prefix', () => {
  it.each(['logs', 'org/cloudtrail', 'a'.repeat(200)])('accepts %j', (prefix) => {
    expect(keyPrefixProblems(prefix)).toEqual([])
  })

  it('rejects more than 200 characters, saying how many there are', () => {
    expect(keyPrefixProblems('a'.repeat(201))).toEqual([expect.stringMatching(/at most 200 characters \(it has 201\)/)])
  })

  it.each(['/logs', 'logs/', '/'])('rejects a slash at either end of %j (CloudTrail adds the separator)', (prefix) => {
    expect(keyPrefixProblems(prefix)).toEqual(
      expect.arrayContaining([expect.stringMatching(/must not start or end with "\/"/)])
    )
  })

  it('rejects an empty path segment', () => {
    expect(keyPrefixProblems('a//b')).toEqual([expect.stringMatching(/"\/\/"/)])
  })

  it.each(['a\u0000b', 'a\tb', 'a\u007fb'])('rejects the control character in %j', (prefix) => {
    expect(keyPrefixProblems(prefix)).toEqual([expect.stringMatching(/control characters/)])
  })
})

describe('region', () => {
  it.each([
    'us-east-1',
    'eu-west-3',
    'ap-southeast-2',
    'il-central-1',
    'us-gov-west-1',
    'cn-north-1',
    'us-iso-east-1',
    'us-isob-east-1'
  ])('accepts %j', (region) => {
    expect(regionProblems(region)).toEqual([])
  })

  it.each(['US-EAST-1', 'us-east', 'useast1', 'us-east-1a', 'us_east_1', 'us-east-1 ', 'Virginia'])(
    'rejects %j with an example',
    (region) => {
      expect(regionProblems(region)).toEqual([expect.stringContaining('"us-east-1"')])
    }
  )
})

describe('role ARN', () => {
  it.each([
    'arn:aws:iam::123456789012:role/org-trail',
    'arn:aws:iam::123456789012:role/ci/github/org-trail',
    'arn:aws-cn:iam::123456789012:role/org-trail',
    'arn:aws-us-gov:iam::123456789012:role/org-trail'
  ])('accepts %j', (arn) => {
    expect(roleArnProblems(arn)).toEqual([])
  })

  it('rejects a bare role name with an example of the right shape', () => {
    expect(roleArnProblems('org-trail')).toEqual([expect.stringContaining('arn:aws:iam::123456789012:role/org-trail')])
  })

  it('names a wrong partition', () => {
    expect(roleArnProblems('arn:gcp:iam::123456789012:role/org-trail')).toEqual([
      expect.stringContaining('partition "gcp"')
    ])
  })

  it('names a wrong service, and that an assumed-role ARN names no role', () => {
    const problems = roleArnProblems('arn:aws:sts::123456789012:assumed-role/org-trail/session')
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringContaining('"sts", not "iam"'), expect.stringContaining('role/NAME')])
    )
  })

  it('requires a 12-digit account id', () => {
    expect(roleArnProblems('arn:aws:iam::12345:role/org-trail')).toEqual([
      expect.stringContaining('12-digit account id')
    ])
  })

  it('rejects a user ARN', () => {
    expect(roleArnProblems('arn:aws:iam::123456789012:user/alice')).toEqual([
      expect.stringContaining('must name a role')
    ])
  })

  it('rejects an ARN that looks right but has a character IAM does not allow in a role name', () => {
    expect(roleArnProblems('arn:aws:iam::123456789012:role/org trail')).not.toEqual([])
  })
})

describe('role session name', () => {
  it.each(['ab', 'org-trail-42', 'a+b=c,d.e@f_g-h', 'x'.repeat(64)])('accepts %j', (name) => {
    expect(sessionNameProblems(name)).toEqual([])
  })

  it.each(['a', 'x'.repeat(65), 'has space', 'a/b', 'ümlaut'])('rejects %j', (name) => {
    expect(sessionNameProblems(name)).toEqual([expect.stringContaining('2 to 64 characters')])
  })
})
