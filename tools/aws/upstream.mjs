// Requests a behaviour sends to moto itself: the request as the SDK sent it but acting in another
// account or region (moto reads both from the SigV4 credential scope and checks no signature), or a
// CloudTrail JSON call of the layer's own, to learn what moto holds.
import http from 'node:http'

export const CLOUDTRAIL_TARGET = 'com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101'

/**
 * @param {string} target  moto's URL
 * @param {{ method: string, path: string, headers: Record<string, string | string[] | undefined>, body: Buffer | string }} request
 * @returns {Promise<import('./context.mjs').Answer>}
 */
export function send(target, request) {
  const upstream = new URL(target)
  const body = Buffer.isBuffer(request.body) ? request.body : Buffer.from(request.body)
  const headers = { ...request.headers, host: upstream.host, 'content-length': String(body.length) }
  for (const hop of ['connection', 'keep-alive', 'transfer-encoding']) delete headers[hop]
  return new Promise((resolve, reject) => {
    const out = http.request(
      { host: upstream.hostname, port: upstream.port, method: request.method, path: request.path, headers },
      async (res) => {
        const parts = []
        for await (const part of res) parts.push(part)
        /** @type {Record<string, string>} */
        const answerHeaders = {}
        for (const [k, v] of Object.entries(res.headers)) {
          if (v !== undefined && k !== 'content-length' && k !== 'transfer-encoding' && k !== 'connection')
            answerHeaders[k] = String(v)
        }
        resolve({ status: res.statusCode ?? 502, headers: answerHeaders, body: Buffer.concat(parts) })
      }
    )
    out.on('error', reject)
    out.end(body)
  })
}

/** An Authorization header with another access key and/or region in its credential scope. */
export function rescope(
  /** @type {string | undefined} */ auth,
  /** @type {{ accessKeyId?: string, region?: string }} */ to
) {
  if (!auth) return auth
  return auth.replace(
    /Credential=([^/]+)\/([^/]+)\/([^/]+)\//,
    (_, key, date, region) => `Credential=${to.accessKeyId ?? key}/${date}/${to.region ?? region}/`
  )
}

/**
 * The request of `ctx`, sent to moto as it is but acting as `accessKeyId` (another account) or in `region`.
 * @param {string} target @param {import('./context.mjs').RequestContext} ctx
 * @param {{ accessKeyId?: string, region?: string }} to
 */
export function forward(target, ctx, to) {
  const headers = { ...ctx.headers }
  const auth = typeof headers.authorization === 'string' ? headers.authorization : undefined
  headers.authorization = rescope(auth, to)
  return send(target, { method: ctx.method, path: ctx.path, headers, body: ctx.body })
}

/** The JSON protocols the layer calls itself, by SigV4 signing name: their X-Amz-Target prefix. */
const JSON_TARGETS = {
  kms: 'TrentService',
  cloudtrail: CLOUDTRAIL_TARGET,
  organizations: 'AWSOrganizationsV20161128'
}

/** @param {keyof typeof JSON_TARGETS} service @param {string} operation */
const jsonHeaders = (service, operation) => ({
  'content-type': 'application/x-amz-json-1.1',
  'x-amz-target': `${JSON_TARGETS[service]}.${operation}`
})

/** A JSON-protocol answer's status and parsed body ({} when it has none or is not JSON). */
function jsonOf(/** @type {import('./context.mjs').Answer} */ answer) {
  let json = {}
  try {
    json = JSON.parse(answer.body.toString() || '{}')
  } catch {
    json = {}
  }
  return { status: answer.status, json }
}

/**
 * One call of the layer's own to moto, acting as `accessKeyId` in `region`; its JSON answer.
 * @param {string} target @param {keyof typeof JSON_TARGETS} service @param {string} operation @param {object} input
 * @param {{ accessKeyId: string, region: string }} as
 * @returns {Promise<{ status: number, json: any }>}
 */
export async function callMoto(target, service, operation, input, as) {
  const answer = await send(target, {
    method: 'POST',
    path: '/',
    headers: {
      ...jsonHeaders(service, operation),
      authorization: `AWS4-HMAC-SHA256 Credential=${as.accessKeyId}/20260101/${as.region}/${service}/aws4_request, SignedHeaders=host, Signature=0`
    },
    body: JSON.stringify(input)
  })
  return jsonOf(answer)
}

/** A JSON-protocol success answer. @param {unknown} value @returns {import('./context.mjs').Answer} */
export function jsonAnswer(value) {
  return { status: 200, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: JSON.stringify(value) }
}

/**
 * A look-up of the layer's own in one account, through moto's x-moto-account-id header (moto checks no
 * signature while its IAM enforcement is off; with it on, the look-up is refused and the caller should
 * stand aside). `service` is the SigV4 signing name moto routes on.
 * @param {string} target
 * @param {{ account: string, region?: string, service: string, method?: string, path?: string,
 *   headers?: Record<string, string>, body?: string }} request
 * @returns {Promise<import('./context.mjs').Answer>}
 */
export function askAs(
  target,
  { account, region = 'us-east-1', service, method = 'GET', path = '/', headers = {}, body = '' }
) {
  return send(target, {
    method,
    path,
    headers: {
      ...headers,
      'x-moto-account-id': account,
      authorization: `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/${region}/${service}/aws4_request, SignedHeaders=host, Signature=0`
    },
    body
  })
}

/**
 * A JSON-protocol look-up in one account (askAs); its status and parsed answer.
 * @param {string} target @param {keyof typeof JSON_TARGETS} service @param {string} operation
 * @param {object} input @param {{ account: string, region?: string }} as
 * @returns {Promise<{ status: number, json: any }>}
 */
export async function askJson(target, service, operation, input, as) {
  const answer = await askAs(target, {
    ...as,
    service,
    method: 'POST',
    headers: jsonHeaders(service, operation),
    body: JSON.stringify(input)
  })
  return jsonOf(answer)
}
