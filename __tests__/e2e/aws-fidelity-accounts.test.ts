// Issue 21, items 2 and 10: who may do what across accounts and identities, as AWS answers it
// (tools/aws/cross-account-s3.mjs, tools/aws/web-identity.mjs). These tests say what the action should do;
// they fail until it does. Every propagation window is closed here, so that each fails for its own reason.
import { startTokenServer, type TokenServer } from '../../tools/oidc.mjs'
import { seedBucket, seedOrganization, seedRole } from '../../tools/seed.mjs'
import {
  BUCKET,
  REGION,
  TEST_TIMEOUT,
  explainRun,
  expectExit,
  findingsOf,
  run,
  useWorld,
  type Run
} from '../support/harness.js'
import { setPropagationWindows, expectStatus } from '../support/fidelity.js'
import { archiveInputs, logArchiveWorld, managementTrail } from '../support/log-archive.js'

const world = useWorld()
beforeEach(() => setPropagationWindows(world(), 0))

describe('issue 21 item 2: a Log Archive bucket that grants the management account nothing answers 403, not 405', () => {
  it(
    'apply without log-archive-role-arn: not a blocker; the finding tells "another account" from "not allowed" or says both, with both fixes; CloudTrail accepts the owner\'s policy',
    async () => {
      // The Log Archive's bucket policy lets CloudTrail deliver and grants the management account nothing,
      // as a Control Tower log bucket: S3 answers its GetBucketPolicy with 403 there.
      const { seeded, archive } = await logArchiveWorld(world())
      const r = await run(world(), seeded, archiveInputs(archive))
      expectExit(r, 0)
      expectStatus(r, 'created')
      const findings = findingsOf(r)
      expect(findings.filter((f) => f.severity === 'blocker')).toEqual([])
      const owner = findings.find(
        (f) =>
          /another account/.test(`${f.title} ${f.detail}`) && /s3:GetBucketPolicy/.test(`${f.detail} ${f.remediation}`)
      )
      if (!owner) throw new Error(`no finding names both "another account" and s3:GetBucketPolicy\n${explainRun(r)}`)
      expect(owner.severity).toBe('warning')
      expect(owner.remediation).toContain('log-archive-role-arn')
      const { trail, isLogging } = await managementTrail(world())
      expect(trail).toMatchObject({ S3BucketName: archive.bucket, IsOrganizationTrail: true })
      expect(isLogging).toBe(true)
    },
    TEST_TIMEOUT
  )
})

describe("issue 21 item 10: GitHub's immutable OIDC subject (repo:OWNER@OWNER_ID/REPO@REPO_ID:…) in the assume-role failure", () => {
  let tokens: TokenServer | undefined
  afterEach(async () => {
    await tokens?.stop()
    tokens = undefined
  })

  /** A run whose OIDC token carries `claims`, against a role whose trust condition on sub is `trusted`. */
  async function assumeWith(claims: Record<string, string>, trusted: string): Promise<Run> {
    const w = world()
    const { orgId, managementAccountId } = await seedOrganization({ endpoint: w.moto.url, region: REGION })
    await seedBucket({ endpoint: w.moto.url, region: REGION, bucket: BUCKET })
    const roleArn = await seedRole({ endpoint: w.moto.url, region: REGION, sub: trusted })
    tokens = await startTokenServer({ claims })
    return run(
      w,
      { orgId, managementAccountId, roleArn },
      {},
      { env: { ACTIONS_ID_TOKEN_REQUEST_URL: tokens.requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: tokens.requestToken } }
    )
  }

  /** The assume-role failure: its annotation and the page's text together (the fix is shown in its block). */
  function assumeRoleFailure(r: Run): { message: string; page: string } {
    expectExit(r, 1)
    const error = r.annotations.find((a) => a.level === 'error' && a.title === 'Cannot assume the role')
    if (!error) throw new Error(`no "Cannot assume the role" error\n${explainRun(r)}`)
    return { message: error.message, page: `${error.message}\n${r.summary}` }
  }

  it(
    'an immutable-id sub against a trust policy written for repo:OWNER/REPO: the explanation recognizes the form and writes the matching condition',
    async () => {
      const r = await assumeWith(
        {
          sub: 'repo:octo-org@1001/octo-repo@2002:ref:refs/heads/main',
          repository_owner_id: '1001',
          repository_id: '2002'
        },
        'repo:octo-org/octo-repo:*'
      )
      const { message, page } = assumeRoleFailure(r)
      expect(message).toContain('repo:octo-org@1001/octo-repo@2002:ref:refs/heads/main')
      expect(message).toMatch(/immutable/i)
      expect(page).toContain('"token.actions.githubusercontent.com:sub": "repo:octo-org@1001/octo-repo@2002:*"')
    },
    TEST_TIMEOUT
  )

  it(
    'a repo:OWNER/REPO sub against a trust policy written for immutable ids: the explanation says which form the token has and writes that condition',
    async () => {
      const r = await assumeWith({}, 'repo:octo-org@1001/octo-repo@2002:*')
      const { message, page } = assumeRoleFailure(r)
      expect(message).toContain('repo:octo-org/octo-repo:ref:refs/heads/main')
      expect(message).toMatch(/immutable/i)
      expect(page).toContain('"token.actions.githubusercontent.com:sub": "repo:octo-org/octo-repo:*"')
    },
    TEST_TIMEOUT
  )
})
