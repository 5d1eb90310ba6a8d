import {
  AssumeRoleWithWebIdentityCommand,
  ExpiredTokenException,
  GetCallerIdentityCommand,
  InvalidIdentityTokenException,
  STSServiceException
} from '@aws-sdk/client-sts'
import { ActionError } from '../../src/aws/errors.js'
import { openSession, type SessionDeps } from '../../src/aws/session.js'
import type { Auth } from '../../src/settings/types.js'
import { settings } from '../support/fixtures.js'
import { useAwsMocks } from '../support/mock-aws.js'

const aws = useAwsMocks()

const ROLE = 'arn:aws:iam::123456789012:role/org-trail'
const CLAIMS = {
  sub: 'repo:octo-org/infra:ref:refs/heads/main',
  aud: 'sts.amazonaws.com',
  repository: 'octo-org/infra',
  ref: 'refs/heads/main',
  job_workflow_ref: 'octo-org/infra/.github/workflows/trail.yml@refs/heads/main',
  iss: 'https://token.actions.githubusercontent.com'
}
const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
/** Shaped like GitHub's token: header, claims, signature. Never verified by org-trail, only read. */
const TOKEN = `${b64url({ alg: 'RS256', typ: 'JWT', kid: 'example' })}.${b64url(CLAIMS)}.c2lnbmF0dXJl`
const RUNNER_ENV = {
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/request',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runner-request-token'
}

const oidc = (): Auth => settings({ 'role-to-assume': ROLE }).auth
const defaultChain = (): Auth => settings({ 'role-to-assume': '' }).auth

function runner(
  env: Record<string, string | undefined> = RUNNER_ENV,
  issue: () => Promise<string> = async () => TOKEN
) {
  const order: string[] = []
  const secrets: string[] = []
  /** The audiences a token was asked for. */
  const audiences: string[] = []
  const deps: SessionDeps = {
    getIDToken: async (audience) => {
      order.push('getIDToken')
      audiences.push(audience)
      return issue()
    },
    setSecret: (secret) => {
      order.push('setSecret')
      secrets.push(secret)
    },
    env
  }
  return { deps, order, secrets, audiences }
}

async function actionError(promise: Promise<unknown>): Promise<ActionError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(ActionError)
  return error as ActionError
}

describe('openSession with role-to-assume (GitHub OIDC)', () => {
  it.each(['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'])(
    'without %s (no "id-token: write"): an error naming the permission, before any request',
    async (missing) => {
      const { deps, audiences } = runner({ ...RUNNER_ENV, [missing]: undefined })
      const error = await actionError(openSession(oidc(), 'us-east-1', deps))
      expect(error.message).toContain('id-token: write')
      expect(audiences).toEqual([])
      expect(aws.current.sts.calls()).toHaveLength(0)
    }
  )

  it('exchanges the token for credentials, masks the token and every credential part, and knows the account', async () => {
    const { deps, secrets, order, audiences } = runner()
    aws.current.sts.on(AssumeRoleWithWebIdentityCommand).callsFake(() => {
      order.push('AssumeRoleWithWebIdentity')
      return {
        Credentials: {
          AccessKeyId: 'ASIAEXAMPLE',
          SecretAccessKey: 'secret-key',
          SessionToken: 'session-token',
          Expiration: new Date('2030-01-01T00:00:00Z')
        },
        AssumedRoleUser: {
          Arn: 'arn:aws:sts::123456789012:assumed-role/org-trail/org-trail-42',
          AssumedRoleId: 'AROAEXAMPLE:org-trail-42'
        }
      }
    })

    const session = await openSession(oidc(), 'us-east-1', deps)

    expect(audiences).toEqual(['sts.amazonaws.com'])
    expect(secrets).toEqual(expect.arrayContaining([TOKEN, 'ASIAEXAMPLE', 'secret-key', 'session-token']))
    // The token is masked as soon as it exists, before it is sent anywhere.
    expect(order.slice(0, 3)).toEqual(['getIDToken', 'setSecret', 'AssumeRoleWithWebIdentity'])
    expect(session.identity).toEqual({
      accountId: '123456789012',
      partition: 'aws',
      arn: 'arn:aws:sts::123456789012:assumed-role/org-trail/org-trail-42'
    })
    expect(session.credentials).toMatchObject({
      accessKeyId: 'ASIAEXAMPLE',
      secretAccessKey: 'secret-key',
      sessionToken: 'session-token'
    })
    expect(aws.current.sts.commandCalls(AssumeRoleWithWebIdentityCommand).map((c) => c.args[0].input)).toEqual([
      { RoleArn: ROLE, RoleSessionName: 'org-trail-42', WebIdentityToken: TOKEN, DurationSeconds: 900 }
    ])
  })

  it('takes the partition from the assumed-role ARN (GovCloud)', async () => {
    const gov = 'arn:aws-us-gov:iam::123456789012:role/org-trail'
    aws.current.sts.on(AssumeRoleWithWebIdentityCommand).resolves({
      Credentials: {
        AccessKeyId: 'ASIAEXAMPLE',
        SecretAccessKey: 'secret-key',
        SessionToken: 'session-token',
        Expiration: new Date('2030-01-01T00:00:00Z')
      },
      AssumedRoleUser: {
        Arn: 'arn:aws-us-gov:sts::123456789012:assumed-role/org-trail/org-trail-42',
        AssumedRoleId: 'AROAEXAMPLE:org-trail-42'
      }
    })
    const session = await openSession(
      settings({ 'role-to-assume': gov, 'aws-region': 'us-gov-west-1' }).auth,
      'us-gov-west-1',
      runner().deps
    )
    expect(session.identity).toMatchObject({ partition: 'aws-us-gov', accountId: '123456789012' })
  })

  const refusals: [string, () => Error][] = [
    [
      'AccessDenied (the trust policy does not match the token)',
      () =>
        new STSServiceException({
          name: 'AccessDenied',
          $fault: 'client',
          message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
          $metadata: { httpStatusCode: 403, requestId: 'req-1' }
        })
    ],
    [
      'InvalidIdentityToken (no OIDC provider, or the wrong audience)',
      () =>
        new InvalidIdentityTokenException({
          message: 'No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com',
          $metadata: { httpStatusCode: 400, requestId: 'req-2' }
        })
    ]
  ]

  it.each(refusals)(
    'STS refuses with %s: the error shows the role and every claim a trust policy matches',
    async (_name, refusal) => {
      aws.current.sts.on(AssumeRoleWithWebIdentityCommand).rejects(refusal())
      const error = await actionError(openSession(oidc(), 'us-east-1', runner().deps))
      expect(error.title).toBe('Cannot assume the role')
      expect(error.message).toContain(ROLE)
      for (const claim of ['sub', 'aud', 'repository', 'ref', 'job_workflow_ref'] as const) {
        expect(error.message).toContain(`${claim}="${CLAIMS[claim]}"`)
      }
      expect(error.message).not.toContain(TOKEN)
      // For the failure summary: the claims as a table, and the trust policy condition this token matches.
      expect(error.help.facts).toEqual({
        sub: CLAIMS.sub,
        aud: CLAIMS.aud,
        repository: CLAIMS.repository,
        ref: CLAIMS.ref,
        job_workflow_ref: CLAIMS.job_workflow_ref
      })
      expect(JSON.parse(error.help.fix ?? '')).toEqual({
        Condition: {
          StringEquals: {
            'token.actions.githubusercontent.com:aud': CLAIMS.aud,
            'token.actions.githubusercontent.com:sub': CLAIMS.sub
          }
        }
      })
    }
  )

  it('an unrelated STS failure is reported with its code, without pretending the trust policy is at fault', async () => {
    aws.current.sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(new ExpiredTokenException({ message: 'Token expired', $metadata: {} }))
    const error = await actionError(openSession(oidc(), 'us-east-1', runner().deps))
    expect(error.message).toContain(ROLE)
    expect(error.message).toContain('ExpiredTokenException')
    expect(error.message).not.toContain('trust policy')
  })

  it('GitHub refusing the token is reported as such, and STS is not asked', async () => {
    const { deps } = runner(RUNNER_ENV, () => Promise.reject(new Error('Failed to get ID Token. Error Code : 403')))
    const error = await actionError(openSession(oidc(), 'us-east-1', deps))
    expect(error.message).toContain('sts.amazonaws.com')
    expect(error.message).toContain('403')
    expect(aws.current.sts.calls()).toHaveLength(0)
  })
})

describe('openSession without role-to-assume (the default credential chain)', () => {
  it('uses whoever GetCallerIdentity says the credentials are, without any OIDC token', async () => {
    aws.current.sts.on(GetCallerIdentityCommand).resolves({
      Account: '123456789012',
      Arn: 'arn:aws:sts::123456789012:assumed-role/deploy/session',
      UserId: 'AROAEXAMPLE:session'
    })
    const { deps, audiences } = runner({})
    const session = await openSession(defaultChain(), 'us-east-1', deps)
    expect(session.identity).toEqual({
      accountId: '123456789012',
      partition: 'aws',
      arn: 'arn:aws:sts::123456789012:assumed-role/deploy/session'
    })
    expect(session.credentials).toBeUndefined()
    expect(audiences).toEqual([])
  })

  it.each([
    [
      'no credentials at all',
      () =>
        Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' })
    ],
    [
      'expired credentials',
      () =>
        new ExpiredTokenException({ message: 'The security token included in the request is expired', $metadata: {} })
    ]
  ])('GetCallerIdentity fails (%s): an error that tells to set role-to-assume', async (_name, failure) => {
    aws.current.sts.on(GetCallerIdentityCommand).rejects(failure())
    const error = await actionError(openSession(defaultChain(), 'us-east-1', runner({}).deps))
    expect(error.title).toBe('No AWS credentials')
    expect(error.message).toContain('Set "role-to-assume"')
    expect(error.message).toContain(failure().name)
  })
})
