// Properties of the bucket policy merge over generated policies: it never loses or reorders a statement
// it does not own, always ends up granting, is idempotent, and keeps every other trail of a shared bucket.
import fc from 'fast-check'
import {
  bucketPolicyDenies,
  logPaths,
  mergePolicy,
  missingPermissions,
  parsePolicy,
  type CloudTrailGrant
} from '../../src/policy/bucket.js'
import { policyText, type PolicyDocument, type Statement } from '../../src/policy/document.js'
import { ACCOUNT, BUCKET, ORG_ID } from '../support/fixtures.js'

const BUCKET_ARN = `arn:aws:s3:::${BUCKET}`
const OWN_SID = /^OrgTrail/

const arnOf = (region: string, name: string) => `arn:aws:cloudtrail:${region}:${ACCOUNT}:trail/${name}`
const grantFor = (trailArn: string, prefix: string): CloudTrailGrant => ({
  partition: 'aws',
  bucket: BUCKET,
  prefix,
  trailArn,
  accountId: ACCOUNT,
  organizationId: ORG_ID
})

// ---- generators ----

const stringOrList = <T extends string>(values: fc.Arbitrary<T>) =>
  fc.oneof(values, fc.array(values, { minLength: 1, maxLength: 3 }))

const principal = fc.oneof(
  fc.constant('*'),
  fc.record({
    AWS: stringOrList(fc.constantFrom('*', `arn:aws:iam::${ACCOUNT}:root`, 'arn:aws:iam::333333333333:role/auditor'))
  }),
  fc.record({
    Service: stringOrList(
      fc.constantFrom(
        'cloudtrail.amazonaws.com',
        'config.amazonaws.com',
        'logging.s3.amazonaws.com',
        'delivery.logs.amazonaws.com'
      )
    )
  }),
  fc.record({ CanonicalUser: fc.stringMatching(/^[0-9a-f]{64}$/) })
)

const action = stringOrList(
  fc.constantFrom(
    's3:*',
    's3:GetObject',
    's3:PutObject',
    's3:GetBucketAcl',
    's3:ListBucket',
    's3:Get*',
    's3:DeleteObject',
    '*'
  )
)

const resource = stringOrList(
  fc.constantFrom(
    BUCKET_ARN,
    `${BUCKET_ARN}/*`,
    `${BUCKET_ARN}/AWSLogs/*`,
    `${BUCKET_ARN}/AWSLogs/${ACCOUNT}/*`,
    `${BUCKET_ARN}/reports/*`,
    'arn:aws:s3:::another-bucket/*',
    '*'
  )
)

const conditionValue = fc.oneof(
  fc.constantFrom(
    arnOf('us-east-1', 'org-trail'),
    'arn:aws:cloudtrail:*:111111111111:trail/*',
    ACCOUNT,
    'bucket-owner-full-control',
    'true',
    'false',
    '10.0.0.0/8',
    ORG_ID
  ),
  fc.string({ maxLength: 20 })
)

const condition = fc.dictionary(
  fc.constantFrom(
    'StringEquals',
    'StringLike',
    'ArnLike',
    'ArnEquals',
    'Bool',
    'IpAddress',
    'StringNotEquals',
    'ForAnyValue:StringEquals',
    'Null'
  ),
  fc.dictionary(
    fc.constantFrom(
      'aws:SourceArn',
      'aws:SourceAccount',
      's3:x-amz-acl',
      'aws:SecureTransport',
      'aws:SourceIp',
      'aws:PrincipalOrgID',
      'aws:SourceOrgID'
    ),
    fc.oneof(conditionValue, fc.array(conditionValue, { minLength: 1, maxLength: 3 })),
    { minKeys: 1, maxKeys: 2 }
  ),
  { minKeys: 1, maxKeys: 2 }
)

/** A statement someone else wrote: any effect, principal, action, resource and condition, or their Not* forms. */
const foreignBody = fc
  .record(
    {
      Effect: fc.constantFrom('Allow', 'Deny'),
      Principal: principal,
      Action: action,
      Resource: resource,
      Condition: condition
    },
    { requiredKeys: ['Effect', 'Principal'] }
  )
  .chain((s) =>
    fc
      .constantFrom<'plain' | 'NotAction' | 'NotResource'>('plain', 'NotAction', 'NotResource')
      .map((form): Statement => {
        const statement: Statement = { ...s }
        if (form === 'NotAction') {
          statement.NotAction = statement.Action ?? 's3:DeleteBucket'
          delete statement.Action
        } else if (form === 'NotResource') {
          statement.NotResource = statement.Resource ?? 'arn:aws:s3:::another-bucket/*'
          delete statement.Resource
        }
        return statement
      })
  )

/** Foreign statements with unique Sids that are not ours (or no Sid at all). */
const foreignStatements = fc
  .tuple(
    fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,12}$/).filter((sid) => !OWN_SID.test(sid)),
    fc.array(fc.tuple(foreignBody, fc.boolean()), { maxLength: 6 })
  )
  .map(([sidBase, bodies]) =>
    bodies.map(([body, hasSid], i): Statement => (hasSid ? { Sid: `${sidBase}${i}`, ...body } : body))
  )

const trailName = fc.stringMatching(/^[a-z][a-z0-9-]{2,12}[a-z0-9]$/).filter((n) => !n.includes('--'))
const prefix = fc.constantFrom('', 'logs', 'org/cloudtrail', 'security')
const region = fc.constantFrom('us-east-1', 'eu-west-1', 'ap-northeast-1')

const ours = grantFor(arnOf('us-east-1', 'org-trail'), '')

const scenario = fc
  .record({
    foreign: foreignStatements,
    version: fc.option(fc.constantFrom('2012-10-17', '2008-10-17'), { nil: undefined }),
    id: fc.option(fc.stringMatching(/^[A-Za-z0-9-]{1,20}$/), { nil: undefined }),
    others: fc.uniqueArray(fc.record({ name: trailName, region, prefix }), {
      maxLength: 3,
      selector: (t) => `${t.region}/${t.name}`
    }),
    ourPrefix: prefix,
    positions: fc.array(fc.nat(), { maxLength: 12 })
  })
  .map(({ foreign, version, id, others, ourPrefix, positions }) => {
    const otherGrants = others
      .map((t) => grantFor(arnOf(t.region, t.name), t.prefix))
      .filter((g) => g.trailArn !== ours.trailArn)
    // Earlier org-trail runs for the other trails wrote their own statements into the bucket policy…
    let start: PolicyDocument = {
      ...(version ? { Version: version } : {}),
      ...(id ? { Id: id } : {}),
      Statement: [...foreign]
    }
    for (const g of otherGrants) start = mergePolicy(start, g).policy
    // …and people since moved statements around: scatter the own ones among the foreign ones.
    const own = start.Statement.filter((s) => s.Sid !== undefined && OWN_SID.test(s.Sid))
    const statements = [...foreign]
    own.forEach((s, i) => statements.splice((positions[i] ?? 0) % (statements.length + 1), 0, s))
    return {
      policy: { ...start, Statement: statements } as PolicyDocument,
      foreign,
      otherGrants,
      grant: { ...ours, prefix: ourPrefix }
    }
  })

const isForeign = (s: Statement) => !(s.Sid !== undefined && OWN_SID.test(s.Sid))

// ---- properties ----

describe('mergePolicy over generated policies', () => {
  it('keeps every foreign statement deep-equal and in the same relative order', () => {
    fc.assert(
      fc.property(scenario, ({ policy, foreign, grant }) => {
        const expected = structuredClone(foreign)
        const { policy: merged } = mergePolicy(policy, grant)
        expect(merged.Statement.filter(isForeign)).toEqual(expected)
      }),
      { numRuns: 300 }
    )
  })

  it('never removes a statement', () => {
    fc.assert(
      fc.property(scenario, ({ policy, grant }) => {
        expect(mergePolicy(policy, grant).policy.Statement.length).toBeGreaterThanOrEqual(policy.Statement.length)
      })
    )
  })

  it('always ends up granting CloudTrail everything the trail needs, unless a foreign Deny forbids it', () => {
    fc.assert(
      fc.property(scenario, ({ policy, grant }) => {
        const missing = missingPermissions(mergePolicy(policy, grant).policy, grant)
        // An explicit Deny wins over any Allow (as in AWS); the merge never edits it, the plan reports it.
        if (bucketPolicyDenies(policy, grant).denying.length > 0) expect(missing.length).toBeGreaterThan(0)
        else expect(missing).toEqual([])
      }),
      { numRuns: 300 }
    )
  })

  it('is idempotent: merging the result again changes nothing, also after a round trip through S3 as text', () => {
    fc.assert(
      fc.property(scenario, ({ policy, grant }) => {
        const once = mergePolicy(policy, grant).policy
        const twice = mergePolicy(once, grant)
        expect(twice.changedSids).toEqual([])
        expect(twice.policy).toEqual(once)
        const fromText = parsePolicy(policyText(once))
        expect(mergePolicy(fromText, grant).changedSids).toEqual([])
      }),
      { numRuns: 200 }
    )
  })

  it('reports no change exactly when the policy is returned as it was', () => {
    fc.assert(
      fc.property(scenario, ({ policy, grant }) => {
        const result = mergePolicy(policy, grant)
        expect(result.changedSids.length === 0).toBe(JSON.stringify(result.policy) === JSON.stringify(policy))
      })
    )
  })

  it('keeps every other trail of a shared bucket: its ARNs in aws:SourceArn, its paths, and its grant', () => {
    const arnsAndResources = (p: PolicyDocument) => {
      const own = p.Statement.filter((s) => !isForeign(s))
      return {
        arns: own.flatMap((s) => [s.Condition?.StringEquals?.['aws:SourceArn'] ?? []].flat()),
        resources: own.flatMap((s) => [s.Resource ?? []].flat())
      }
    }
    fc.assert(
      fc.property(
        scenario.filter((s) => s.otherGrants.length > 0),
        ({ policy, otherGrants, grant }) => {
          fc.pre([grant, ...otherGrants].every((g) => bucketPolicyDenies(policy, g).denying.length === 0))
          const before = arnsAndResources(policy)
          const merged = mergePolicy(policy, grant).policy
          const after = arnsAndResources(merged)
          // Own statements are only ever extended: no trail ARN and no path is dropped…
          expect(after.arns).toEqual(expect.arrayContaining(before.arns))
          expect(after.resources).toEqual(expect.arrayContaining(before.resources))
          // …so CloudTrail can still deliver for every other trail (the earlier runs made sure it could).
          for (const other of otherGrants) expect(missingPermissions(merged, other)).toEqual([])
        }
      ),
      { numRuns: 300 }
    )
  })

  it('writes the other trails ARNs and paths into its own statements when it had to add them', () => {
    // Without foreign statements, the earlier runs for the other trails must have written own statements.
    fc.assert(
      fc.property(
        scenario.filter((s) => s.otherGrants.length > 0 && s.foreign.length === 0),
        ({ policy, otherGrants, grant }) => {
          const own = mergePolicy(policy, grant).policy.Statement.filter((s) => !isForeign(s))
          const arns = own.flatMap((s) => [s.Condition?.StringEquals?.['aws:SourceArn'] ?? []].flat())
          const resources = own.flatMap((s) => [s.Resource ?? []].flat())
          for (const other of otherGrants) {
            expect(arns).toContain(other.trailArn)
            for (const path of logPaths(other)) expect(resources).toContain(path)
          }
        }
      ),
      { numRuns: 100 }
    )
  })

  it('keeps Version and Id', () => {
    fc.assert(
      fc.property(scenario, ({ policy, grant }) => {
        const result = mergePolicy(policy, grant)
        const merged = result.policy
        if (policy.Version !== undefined) expect(merged.Version).toBe(policy.Version)
        // A policy that already grants everything is returned as it was (nothing is written).
        else if (result.changedSids.length === 0) expect(merged).toBe(policy)
        else expect(merged.Version).toBe('2012-10-17')
        expect(merged.Id).toBe(policy.Id)
      })
    )
  })

  it('keeps Sids unique', () => {
    fc.assert(
      fc.property(scenario, ({ policy, grant }) => {
        const sids = mergePolicy(policy, grant).policy.Statement.flatMap((s) => (s.Sid === undefined ? [] : [s.Sid]))
        expect(new Set(sids).size).toBe(sids.length)
      })
    )
  })

  it('does not modify the policy it is given', () => {
    fc.assert(
      fc.property(scenario, ({ policy, grant }) => {
        const before = JSON.stringify(policy)
        mergePolicy(policy, grant)
        expect(JSON.stringify(policy)).toBe(before)
      })
    )
  })
})
