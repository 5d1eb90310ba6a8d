// What an AWS-behaviour sees of one request, and how it answers in the request's own wire format.
import { randomBytes } from 'node:crypto'
import { URLSearchParams } from 'node:url'

/** moto's account for requests signed with keys it did not issue (the SDK's static test credentials). */
export const DEFAULT_ACCOUNT = '123456789012'

/**
 * @typedef {'json' | 'query' | 's3' | 'moto'} Protocol
 * @typedef {{ status: number, headers: Record<string, string>, body: string | Buffer }} Answer
 * @typedef {object} RequestContext
 * @property {string} service          signing name: cloudtrail, s3, kms, sts, organizations…
 * @property {string} operation        CreateTrail, PutBucketPolicy…
 * @property {boolean} write
 * @property {Protocol} protocol
 * @property {string} method
 * @property {string} path
 * @property {import('node:http').IncomingHttpHeaders} headers
 * @property {Buffer} body
 * @property {number} attempt          the SDK's attempt number of this call (amz-sdk-request)
 * @property {string | undefined} region     from the SigV4 credential scope
 * @property {string | undefined} accessKeyId
 * @property {string} account          the account the credentials act in (as moto keys it)
 * @property {() => any} input         the JSON body (json protocol), else {}
 * @property {() => URLSearchParams} form   the form body (query protocol)
 * @property {string | undefined} bucket    S3: the bucket of the request
 * @property {string | undefined} key       S3: the object key
 * @property {URL} url
 * @property {(status: number, code: string, message: string) => Answer} error   an AWS error answer
 * @property {(request?: UpstreamRequest) => Promise<Answer>} upstream   asks moto itself, with this
 *   request's credentials: `headers` are merged into the request's own, `body` replaces it
 * @typedef {{ method?: string, path?: string, headers?: Record<string, string>, body?: string | Buffer }} UpstreamRequest
 */

/** @param {string | undefined} auth */
function credentialScope(auth) {
  const m = auth?.match(/Credential=([^/]+)\/[^/]+\/([^/]+)\/([^/]+)\/aws4_request/)
  return m ? { accessKeyId: m[1], region: m[2], service: m[3] } : {}
}

/**
 * An AWS error response in the protocol's wire format, so the SDK parses it as it parses a real one
 * (its code becomes the exception's name).
 * @param {Protocol} protocol @param {number} status @param {string} code @param {string} message
 * @returns {Answer}
 */
export function awsError(protocol, status, code, message) {
  const requestId = randomBytes(16).toString('hex')
  if (protocol === 'json' || protocol === 'moto') {
    return {
      status,
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amzn-errortype': code,
        'x-amzn-requestid': requestId
      },
      body: JSON.stringify({ __type: code, message, Message: message })
    }
  }
  const xmlMessage = message.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  if (protocol === 'query') {
    const type = status >= 500 ? 'Receiver' : 'Sender'
    return {
      status,
      headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
      body: `<ErrorResponse><Error><Type>${type}</Type><Code>${code}</Code><Message>${xmlMessage}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`
    }
  }
  return {
    status,
    headers: { 'content-type': 'application/xml', 'x-amz-request-id': requestId },
    body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${xmlMessage}</Message><RequestId>${requestId}</RequestId><HostId>${requestId}</HostId></Error>`
  }
}

/**
 * @param {{ service: string, operation: string, write: boolean, protocol: Protocol, method: string,
 *   path: string, headers: import('node:http').IncomingHttpHeaders, body: Buffer, attempt: number }} request
 * @param {(accessKeyId: string | undefined) => string} accountOf
 * @param {(request: { method: string, path: string, headers: Record<string, string>, body: Buffer }) => Promise<Answer>} [send]
 *   sends a request to moto
 * @returns {RequestContext}
 */
export function requestContext(request, accountOf, send = () => Promise.reject(new Error('no upstream'))) {
  const url = new URL(request.path, 'http://127.0.0.1')
  const auth = typeof request.headers.authorization === 'string' ? request.headers.authorization : undefined
  const scope = credentialScope(auth)
  const vhost = String(request.headers.host ?? '').match(/^(.+)\.localhost(:\d+)?$/)?.[1]
  const parts = url.pathname.split('/').filter(Boolean)
  let parsed
  return {
    ...request,
    url,
    region: scope.region,
    accessKeyId: scope.accessKeyId,
    account: accountOf(scope.accessKeyId),
    input() {
      if (parsed === undefined) {
        try {
          parsed = request.protocol === 'json' ? JSON.parse(request.body.toString() || '{}') : {}
        } catch {
          parsed = {}
        }
      }
      return parsed
    },
    form: () => new URLSearchParams(request.body.toString()),
    bucket: request.protocol === 's3' ? decodeURIComponent(vhost ?? parts[0] ?? '') || undefined : undefined,
    key:
      request.protocol === 's3'
        ? (vhost ? parts : parts.slice(1)).map(decodeURIComponent).join('/') || undefined
        : undefined,
    error: (status, code, message) => awsError(request.protocol, status, code, message),
    upstream({ method = request.method, path = request.path, headers = {}, body = request.body } = {}) {
      const payload = Buffer.isBuffer(body) ? body : Buffer.from(body)
      const merged = /** @type {Record<string, string>} */ ({ ...request.headers, ...headers })
      merged['content-length'] = String(payload.length)
      delete merged['transfer-encoding']
      return send({ method, path, headers: merged, body: payload })
    }
  }
}
