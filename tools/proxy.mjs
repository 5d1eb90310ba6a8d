// A recording, fault-injecting HTTP proxy in front of moto: counts AWS calls by operation.
import http from 'node:http'
import { randomBytes } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { URLSearchParams } from 'node:url'
import { listen, close, sleep } from './util.mjs'
import { awsLayer } from './aws/index.mjs'
import { requestContext } from './aws/context.mjs'

/**
 * @typedef {'throttle' | '500' | '503' | 'drop'} FaultKind
 * @typedef {{ kind: FaultKind }} Fault
 * @typedef {{ service: string, operation: string, write: boolean }} Classified
 * @typedef {Classified & { method: string, path: string, headers: http.IncomingHttpHeaders, body: Buffer,
 *   protocol: 'json' | 'query' | 's3' | 'moto', attempt: number }} ProxyRequest   what a fault function sees
 * @typedef {Classified & { method: string, path: string, start: number, end?: number,
 *   status?: number | null, fault?: FaultKind, attempt: number, answeredBy?: string, account?: string,
 *   region?: string }} RecordedRequest
 *   start/end are performance.now() milliseconds; status is null when the socket was dropped;
 *   answeredBy names the AWS-layer behaviour that answered instead of moto; account and region are where the
 *   request acted (its credentials' account, its SigV4 scope's region), set once it was answered.
 * @typedef {(req: ProxyRequest) => Fault | null | undefined} FaultFn
 */

const READ = /^(Get|List|Describe|Head|Lookup)/
/** @param {string} service @param {string} operation */
// AssumeRole* only issue credentials: they change nothing in any account.
export const isWrite = (service, operation) =>
  service !== 'moto' && !READ.test(operation) && !/^AssumeRole/.test(operation)

/** @param {string} s */
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1)

/** Service from a SigV4 credential scope: Credential=AKID/date/region/SERVICE/aws4_request. */
function scopeService(/** @type {string | undefined} */ auth) {
  return auth?.match(/Credential=[^/]+\/[^/]+\/[^/]+\/([^/]+)\/aws4_request/)?.[1]
}

// S3 subresources whose operation name does not follow Verb + "Bucket" + Subresource.
/** @type {Record<string, string>} */
const S3_BUCKET_NAMES = {
  'GET publicAccessBlock': 'GetPublicAccessBlock',
  'PUT publicAccessBlock': 'PutPublicAccessBlock',
  'DELETE publicAccessBlock': 'DeletePublicAccessBlock',
  'GET lifecycle': 'GetBucketLifecycleConfiguration',
  'PUT lifecycle': 'PutBucketLifecycleConfiguration',
  'GET notification': 'GetBucketNotificationConfiguration',
  'PUT notification': 'PutBucketNotificationConfiguration',
  'GET object-lock': 'GetObjectLockConfiguration',
  'PUT object-lock': 'PutObjectLockConfiguration',
  'GET uploads': 'ListMultipartUploads',
  'GET versions': 'ListObjectVersions',
  'POST delete': 'DeleteObjects'
}
const S3_SUBRESOURCES = new Set([
  'acl',
  'policy',
  'policyStatus',
  'location',
  'requestPayment',
  'publicAccessBlock',
  'encryption',
  'logging',
  'versioning',
  'ownershipControls',
  'tagging',
  'lifecycle',
  'cors',
  'website',
  'notification',
  'object-lock',
  'accelerate',
  'replication',
  'intelligent-tiering',
  'analytics',
  'metrics',
  'inventory',
  'uploads',
  'versions',
  'delete',
  'list-type',
  'uploadId',
  'retention',
  'legal-hold',
  'attributes',
  'restore',
  'select'
])
const S3_VERB = /** @type {Record<string, string>} */ ({
  GET: 'Get',
  PUT: 'Put',
  DELETE: 'Delete',
  HEAD: 'Head',
  POST: 'Post'
})

/** @param {string} method @param {URL} url @param {http.IncomingHttpHeaders} headers */
function s3Operation(method, url, headers) {
  // Path-style (what the SDK uses with an IP endpoint); also accept bucket.localhost virtual hosts.
  const vhost = String(headers.host ?? '').match(/^(.+)\.localhost(:\d+)?$/)?.[1]
  const parts = url.pathname.split('/').filter(Boolean)
  const bucket = vhost ?? parts[0]
  const key = vhost ? parts.join('/') : parts.slice(1).join('/')
  // The SDK names some operations itself in ?x-id=…; otherwise the subresource key decides.
  const named = url.searchParams.get('x-id')
  if (named) return named
  const sub = [...url.searchParams.keys()].find((k) => S3_SUBRESOURCES.has(k))
  const verb = S3_VERB[method] ?? cap(method.toLowerCase())
  if (!bucket) return method === 'GET' ? 'ListBuckets' : `${verb}Service`
  if (!key) {
    if (sub === 'list-type') return 'ListObjectsV2'
    if (sub) return S3_BUCKET_NAMES[`${method} ${sub}`] ?? `${verb}Bucket${cap(sub)}`
    return (
      { GET: 'ListObjects', PUT: 'CreateBucket', HEAD: 'HeadBucket', DELETE: 'DeleteBucket' }[method] ?? `${verb}Bucket`
    )
  }
  if (sub === 'uploads' && method === 'POST') return 'CreateMultipartUpload'
  if (sub === 'uploadId')
    return (
      { PUT: 'UploadPart', POST: 'CompleteMultipartUpload', DELETE: 'AbortMultipartUpload', GET: 'ListParts' }[
        method
      ] ?? `${verb}Object`
    )
  if (sub) return `${verb}Object${cap(sub)}`
  if (method === 'PUT' && headers['x-amz-copy-source']) return 'CopyObject'
  return `${verb}Object`
}

/**
 * Names the AWS operation of a raw request from its wire format.
 * @param {string} method @param {string} rawPath @param {http.IncomingHttpHeaders} headers @param {Buffer} body
 * @returns {Classified & { protocol: ProxyRequest['protocol'] }}
 */
export function classify(method, rawPath, headers, body) {
  const url = new URL(rawPath, 'http://127.0.0.1')
  const auth = typeof headers.authorization === 'string' ? headers.authorization : undefined
  const done = (
    /** @type {string} */ service,
    /** @type {string} */ operation,
    /** @type {ProxyRequest['protocol']} */ protocol
  ) => ({ service, operation, write: isWrite(service, operation), protocol })

  if (url.pathname.startsWith('/moto-api'))
    return done('moto', url.pathname.replace(/^\/moto-api\/?/, '') || 'index', 'moto')

  // JSON 1.0/1.1 protocols: X-Amz-Target = <ServicePrefix>.<Operation>.
  const target = headers['x-amz-target']
  if (typeof target === 'string') {
    const dot = target.lastIndexOf('.')
    const prefix = target.slice(0, dot)
    const service =
      scopeService(auth) ??
      (/cloudtrail/i.test(prefix)
        ? 'cloudtrail'
        : /organizations/i.test(prefix)
          ? 'organizations'
          : prefix.toLowerCase())
    return done(service, target.slice(dot + 1), 'json')
  }

  // Query protocols (STS, IAM, SNS…): Action= in a form body or in the query string.
  const type = String(headers['content-type'] ?? '')
  const form = type.includes('application/x-www-form-urlencoded') ? new URLSearchParams(body.toString()) : null
  const action = form?.get('Action') ?? url.searchParams.get('Action')
  if (action) {
    // STS web-identity and SAML calls are sent unsigned, so there is no credential scope.
    const service = scopeService(auth) ?? (action.startsWith('AssumeRoleWith') ? 'sts' : 'unknown')
    return done(service, action, 'query')
  }

  // REST-JSON services whose operation is the path (Account Management: POST /listRegions).
  const signed = scopeService(auth)
  if (signed === 'account') {
    const name = url.pathname.split('/').filter(Boolean)[0] ?? ''
    return done(signed, name.charAt(0).toUpperCase() + name.slice(1), 'json')
  }

  return done(signed ?? 's3', s3Operation(method, url, headers), 's3')
}

/**
 * An error response in the wire format of the request's protocol, so the SDK classifies it
 * exactly as it would a real one (throttling vs. transient server error).
 * @param {ProxyRequest['protocol']} protocol @param {Exclude<FaultKind, 'drop'>} kind
 * @returns {{ status: number, headers: Record<string, string>, body: string }}
 */
export function faultResponse(protocol, kind) {
  const requestId = randomBytes(16).toString('hex')
  const s3 = protocol === 's3'
  /** @type {Record<Exclude<FaultKind, 'drop'>, [number, string, string]>} */
  const table = {
    throttle: s3
      ? [503, 'SlowDown', 'Please reduce your request rate.']
      : [400, protocol === 'query' ? 'Throttling' : 'ThrottlingException', 'Rate exceeded'],
    500: [500, s3 ? 'InternalError' : 'InternalFailure', 'We encountered an internal error. Please try again.'],
    503: [503, 'ServiceUnavailable', 'Service is unavailable. Please try again.']
  }
  const [status, code, message] = table[kind]
  if (protocol === 'json') {
    return {
      status,
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amzn-errortype': String(code),
        'x-amzn-requestid': requestId
      },
      body: JSON.stringify({ __type: code, message })
    }
  }
  if (protocol === 'query') {
    const type = status >= 500 ? 'Receiver' : 'Sender'
    return {
      status,
      headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
      body: `<ErrorResponse><Error><Type>${type}</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`
    }
  }
  return {
    status,
    headers: { 'content-type': 'application/xml', 'x-amz-request-id': requestId },
    body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>${requestId}</RequestId><HostId>${requestId}</HostId></Error>`
  }
}

/** Deterministic PRNG (mulberry32): same seed, same sequence. @param {number} seed */
export function seededRandom(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A fault function that faults a fraction `rate` of AWS requests with kinds drawn from `kinds`.
 * maxAttempt: only attempts up to this number of one SDK call may fault (read from the
 * amz-sdk-request header), so a call with more SDK attempts always succeeds eventually.
 * @param {{ seed?: number, rate?: number, kinds?: FaultKind[], maxAttempt?: number,
 *   match?: (req: ProxyRequest) => boolean }} [options]
 * @returns {FaultFn}
 */
export function faultPlan({
  seed = 1,
  rate = 0.2,
  kinds = ['throttle', '500', '503', 'drop'],
  maxAttempt = Infinity,
  match = () => true
} = {}) {
  const random = seededRandom(seed)
  return (req) => {
    if (req.service === 'moto' || req.path.startsWith('/moto-api')) return null
    if (req.attempt > maxAttempt || !match(req)) return null
    if (random() >= rate) return null
    const kind = kinds[Math.floor(random() * kinds.length)]
    return kind ? { kind } : null
  }
}

/**
 * Longest chain of requests each starting after the previous one ended: the number of
 * round trips a run could not overlap. O(n^2).
 * @param {RecordedRequest[]} requests
 * @returns {RecordedRequest[]}
 */
export function criticalPath(requests) {
  /** @typedef {{ r: RecordedRequest, len: number, prev: Node | null }} Node */
  const done = requests.filter((r) => r.service !== 'moto' && r.end !== undefined).sort((a, b) => a.start - b.start)
  /** @type {Node[]} */
  const nodes = []
  /** @type {Node | null} */
  let best = null
  for (const r of done) {
    /** @type {Node} */
    const node = { r, len: 1, prev: null }
    for (const p of nodes) {
      if ((p.r.end ?? Infinity) <= r.start && p.len + 1 > node.len) {
        node.len = p.len + 1
        node.prev = p
      }
    }
    nodes.push(node)
    if (!best || node.len > best.len) best = node
  }
  const chain = []
  for (let n = best; n; n = n.prev) chain.unshift(n.r)
  return chain
}

const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer']
/** @param {http.IncomingHttpHeaders} headers */
const endToEnd = (headers) => Object.fromEntries(Object.entries(headers).filter(([k]) => !HOP_BY_HOP.includes(k)))

/**
 * One request of an AWS-layer behaviour's own to moto, read whole.
 * @param {URL} upstream
 * @param {{ method: string, path: string, headers: Record<string, string>, body: Buffer }} request
 * @returns {Promise<import('./aws/context.mjs').Answer>}
 */
function ask(upstream, { method, path, headers, body }) {
  return new Promise((resolve, reject) => {
    const out = http.request(
      { host: upstream.hostname, port: upstream.port, method, path, headers: endToEnd(headers) },
      async (up) => {
        const parts = []
        for await (const part of up) parts.push(part)
        resolve({
          status: up.statusCode ?? 502,
          headers: /** @type {Record<string, string>} */ (endToEnd(up.headers)),
          body: Buffer.concat(parts)
        })
      }
    )
    out.on('error', reject)
    out.end(body)
  })
}

/**
 * @typedef {object} Stats
 * @property {number} total   AWS requests (moto-api excluded), faulted attempts included
 * @property {number} writes
 * @property {Record<string, number>} byOperation   keyed by operation name
 * @property {Record<string, number>} acceptedByOperation   the same, counting only 2xx answers: what AWS
 *   accepted, without the attempts it refused (faults, the AWS layer's refusals) or that failed
 * @property {number} faults
 * @property {Record<string, number>} faultsByKind
 * @property {number} criticalPath   length of the longest sequential chain
 */

/**
 * layer: the AWS behaviours moto lacks (tools/aws/), on by default; `null` forwards to moto as it is.
 * @param {{ target: string, latencyMs?: number, fault?: FaultFn | null,
 *   layer?: ReturnType<typeof awsLayer> | null }} options
 */
export async function startProxy({ target, latencyMs = 0, fault = null, layer = awsLayer({ target }) }) {
  const behaviours = layer?.behaviours ?? []
  const accountOf = layer?.accountOf ?? (() => '123456789012')
  const upstream = new URL(target)
  /** @type {RecordedRequest[]} */
  const requests = []
  let closed = false

  /** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
  async function handle(req, res) {
    const chunks = []
    for await (const chunk of req) chunks.push(chunk)
    const body = Buffer.concat(chunks)
    const method = req.method ?? 'GET'
    const rawPath = req.url ?? '/'
    const { protocol, ...kind } = classify(method, rawPath, req.headers, body)
    const attempt = Number(String(req.headers['amz-sdk-request'] ?? '').match(/attempt=(\d+)/)?.[1] ?? 1)
    /** @type {RecordedRequest} */
    const record = { ...kind, method, path: rawPath, start: performance.now(), attempt }
    requests.push(record)
    const finish = (/** @type {number | null} */ status) => {
      record.status = status
      record.end = performance.now()
    }

    if (latencyMs > 0 && protocol !== 'moto') await sleep(latencyMs)
    if (closed) return void req.socket.destroy()

    const injected = fault?.({ ...kind, protocol, method, path: rawPath, headers: req.headers, body, attempt }) ?? null
    if (injected) {
      record.fault = injected.kind
      if (injected.kind === 'drop') {
        finish(null)
        return void req.socket.destroy()
      }
      const r = faultResponse(protocol === 'moto' ? 'json' : protocol, injected.kind)
      finish(r.status)
      return void res.writeHead(r.status, { ...r.headers, 'content-length': Buffer.byteLength(r.body) }).end(r.body)
    }

    const ctx = requestContext(
      { ...kind, protocol, method, path: rawPath, headers: req.headers, body, attempt },
      accountOf,
      (request) => ask(upstream, request)
    )
    // Every request the behaviours saw ends in their `done`, answered or not (a failed upstream, a client
    // that hung up), so that none stays "in progress" for them.
    let ended = false
    const end = (/** @type {number | null} */ status) => {
      if (ended) return
      ended = true
      // Where the request acted, once the behaviours have learnt its credentials' account.
      record.account = ctx.account
      record.region = ctx.region
      for (const b of behaviours) b.done?.(ctx, status)
    }
    res.on('close', () => end(null))
    /** @param {import('./aws/context.mjs').Answer} answer */
    const send = (answer) => {
      const payload = Buffer.isBuffer(answer.body) ? answer.body : Buffer.from(answer.body)
      res.writeHead(answer.status, { ...answer.headers, 'content-length': String(payload.length) }).end(payload)
      finish(answer.status)
      end(answer.status)
    }
    for (const b of behaviours) {
      const answer = protocol === 'moto' ? undefined : await b.request?.(ctx)
      if (answer) {
        record.answeredBy = b.name
        return send(answer)
      }
    }

    const headers = { ...endToEnd(req.headers), 'content-length': String(body.length) }
    const out = http.request(
      { host: upstream.hostname, port: upstream.port, method, path: rawPath, headers },
      (up) =>
        // Nobody awaits this callback: a behaviour that fails (moto refusing its own look-up under load)
        // answers this request with a 502, as a broken upstream would, instead of crashing the proxy.
        void (async () => {
          // The whole answer is read so that a behaviour can look at it or replace it.
          const parts = []
          for await (const part of up) parts.push(part)
          const upHeaders = /** @type {Record<string, string>} */ (endToEnd(up.headers))
          delete upHeaders['content-length']
          /** @type {import('./aws/context.mjs').Answer} */
          let answer = { status: up.statusCode ?? 502, headers: upHeaders, body: Buffer.concat(parts) }
          for (const b of behaviours) {
            if (protocol === 'moto' || !b.response) continue
            answer = (await b.response(ctx, answer)) ?? answer
          }
          send(answer)
        })().catch((err) =>
          send({
            status: 502,
            headers: { 'content-type': 'text/plain' },
            body: `proxy: AWS layer error: ${err instanceof Error ? err.message : String(err)}`
          })
        )
    )
    out.on('error', (err) => {
      finish(502)
      if (!res.headersSent)
        res.writeHead(502, { 'content-type': 'text/plain' }).end(`proxy: upstream error: ${err.message}`)
      else res.destroy()
    })
    out.end(body)
  }
  // A client that hangs up mid-request must not become an unhandled rejection.
  const server = http.createServer((req, res) => void handle(req, res).catch(() => res.destroy()))
  const port = await listen(server)

  const aws = () => requests.filter((r) => r.service !== 'moto')
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    /** every request, moto-api ones included (service 'moto'); cleared in place by reset() */
    requests,
    /** AWS requests only */
    aws,
    /** @param {FaultFn | null} fn */
    setFault(fn) {
      fault = fn
    },
    /** @param {number} ms */
    setLatency(ms) {
      latencyMs = ms
    },
    reset() {
      requests.length = 0
    },
    /** the AWS layer's behaviours, by name, for tests that tune one */
    layer,
    criticalPath: () => criticalPath(requests),
    /** @returns {Stats} */
    stats() {
      const list = aws()
      /** @type {Record<string, number>} */ const byOperation = {}
      /** @type {Record<string, number>} */ const faultsByKind = {}
      /** @type {Record<string, number>} */ const acceptedByOperation = {}
      for (const r of list) {
        byOperation[r.operation] = (byOperation[r.operation] ?? 0) + 1
        if (r.status && r.status >= 200 && r.status < 300)
          acceptedByOperation[r.operation] = (acceptedByOperation[r.operation] ?? 0) + 1
        if (r.fault) faultsByKind[r.fault] = (faultsByKind[r.fault] ?? 0) + 1
      }
      return {
        total: list.length,
        writes: list.filter((r) => r.write).length,
        byOperation,
        acceptedByOperation,
        faults: list.filter((r) => r.fault).length,
        faultsByKind,
        criticalPath: criticalPath(list).length
      }
    },
    async stop() {
      closed = true
      await close(server)
    }
  }
}
