export const id = 201;
export const ids = [201];
export const modules = {

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BUSY_RESOURCE_ERRORS: () => (/* binding */ BUSY_RESOURCE_ERRORS),
/* harmony export */   BusyResourceRetryStrategy: () => (/* binding */ BusyResourceRetryStrategy),
/* harmony export */   Clients: () => (/* binding */ Clients),
/* harmony export */   MAX_ATTEMPTS: () => (/* binding */ MAX_ATTEMPTS),
/* harmony export */   expectBucketOwner: () => (/* binding */ expectBucketOwner)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7392);
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6764);
/* harmony import */ var _aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2503);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3711);
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1695);
/* harmony import */ var _smithy_core_retry__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3609);
/* harmony import */ var _user_agent_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5290);







/**
 * Transient errors (throttling, 5xx, resets) are the SDK's job: adaptive mode also slows down when
 * CloudTrail's ~1 request/second write limit pushes back. Bounded so a dead endpoint fails the run.
 */
const MAX_ATTEMPTS = 6;
/**
 * AWS's answers for "this resource is busy with another write: wait, then send it again": S3's
 * OperationAborted (overlapping configuration writes on one bucket) and CloudTrail's ConflictException
 * (overlapping writes on one trail, or a trail still loading after CreateTrail). The SDK classifies both
 * as client errors and does not retry them.
 */
const BUSY_RESOURCE_ERRORS = new Set(['OperationAborted', 'ConflictException']);
/**
 * The SDK's adaptive strategy, which also retries a busy resource's refusal, as it retries throttling:
 * the same bounded attempts, exponential backoff from a 1 s base with jitter, and a lower send rate
 * meanwhile. (The SDK decides retryability from the error type it passes in, so that is what is changed.)
 */
class BusyResourceRetryStrategy extends _smithy_core_retry__WEBPACK_IMPORTED_MODULE_0__.AdaptiveRetryStrategy {
    refreshRetryTokenForRetry(token, errorInfo) {
        const busy = errorInfo.error !== undefined && BUSY_RESOURCE_ERRORS.has(errorInfo.error.name);
        return super.refreshRetryTokenForRetry(token, busy ? { ...errorInfo, errorType: 'THROTTLING' } : errorInfo);
    }
}
/**
 * Adds ExpectedBucketOwner to every S3 command's input. A command without that member (CreateBucket:
 * S3 does not support the condition there) is serialized without it.
 */
function expectBucketOwner(s3, accountId) {
    s3.middlewareStack.add((next) => (args) => next({ ...args, input: { ...args.input, ExpectedBucketOwner: accountId } }), { step: 'initialize', name: 'orgTrailExpectedBucketOwner' });
}
function common(region, credentials) {
    return {
        region,
        // The strategy is the SDK's adaptive one (retryMode: 'adaptive'), extended; one per client, as the
        // SDK makes it, so that its send rate is that client's. maxAttempts still names the bound in each
        // request's amz-sdk-request header.
        maxAttempts: MAX_ATTEMPTS,
        retryStrategy: new BusyResourceRetryStrategy(MAX_ATTEMPTS),
        customUserAgent: `org-trail/${_user_agent_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x}`,
        ...(credentials ? { credentials } : {})
    };
}
/**
 * One factory for every client: region, credentials, retries and user agent are set here only.
 * Endpoints come from the SDK's standard configuration (AWS_ENDPOINT_URL), never from code.
 */
class Clients {
    options;
    trails = new Map();
    regional = new Map();
    org;
    iamClient;
    s3Client;
    stsClient;
    constructor(options) {
        this.options = options;
    }
    get region() {
        return this.options.region;
    }
    /** CloudTrail in the given region: a trail's writes must go to its home region. */
    cloudtrail(region = this.options.region) {
        let client = this.trails.get(region);
        if (!client) {
            const { requestHandler } = this.options;
            client = new _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_2__/* .CloudTrailClient */ .Vsm({
                ...common(region, this.options.credentials),
                ...(requestHandler ? { requestHandler } : {})
            });
            this.trails.set(region, client);
        }
        return client;
    }
    /**
     * KMS, CloudWatch Logs and SNS live where the key, group or topic is. Their SDK packages load only when
     * a run declares one of them, which keeps every other run's start fast.
     */
    kms(region = this.options.region) {
        return this.regionalClient(`kms:${region}`, async () => new (await __webpack_require__.e(/* import() */ 632).then(__webpack_require__.t.bind(__webpack_require__, 2632, 19))).KMSClient(common(region, this.options.credentials)));
    }
    logs(region = this.options.region) {
        return this.regionalClient(`logs:${region}`, async () => new (await __webpack_require__.e(/* import() */ 303).then(__webpack_require__.t.bind(__webpack_require__, 2684, 19))).CloudWatchLogsClient(common(region, this.options.credentials)));
    }
    sns(region = this.options.region) {
        return this.regionalClient(`sns:${region}`, async () => new (await __webpack_require__.e(/* import() */ 797).then(__webpack_require__.t.bind(__webpack_require__, 8797, 19))).SNSClient(common(region, this.options.credentials)));
    }
    /** Account Management (the account's enabled regions): its package loads only for log verification. */
    account() {
        return this.regionalClient('account', async () => new (await __webpack_require__.e(/* import() */ 990).then(__webpack_require__.t.bind(__webpack_require__, 2990, 19))).AccountClient(common(this.options.region, this.options.credentials)));
    }
    regionalClient(key, make) {
        let client = this.regional.get(key);
        if (!client) {
            client = make();
            this.regional.set(key, client);
        }
        return client;
    }
    organizations() {
        this.org ??= new _aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_3__/* .OrganizationsClient */ .gnq(common(this.options.region, this.options.credentials));
        return this.org;
    }
    iam() {
        this.iamClient ??= new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_4__/* .IAMClient */ .h8v(common(this.options.region, this.options.credentials));
        return this.iamClient;
    }
    s3() {
        if (!this.s3Client) {
            // The log bucket may live in another region than the trail.
            this.s3Client = new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .S3Client */ .YxF({
                ...common(this.options.region, this.options.credentials),
                followRegionRedirects: true
            });
            if (this.options.expectedBucketOwner)
                expectBucketOwner(this.s3Client, this.options.expectedBucketOwner);
        }
        return this.s3Client;
    }
    /** The account every S3 request of this factory's session expects to own the bucket; undefined: none. */
    get expectedBucketOwner() {
        return this.options.expectedBucketOwner;
    }
    /**
     * The same factory for another session (a member account's): its CloudTrail clients share this one's
     * connections, so inspecting a thousand accounts does not open a thousand connection pools.
     */
    withCredentials(credentials, extra = {}) {
        // Another session: this one's ExpectedBucketOwner is not carried over.
        return new Clients({
            region: this.options.region,
            credentials,
            requestHandler: this.cloudtrail().config.requestHandler,
            ...extra
        });
    }
    /** STS with this session's credentials: the member inventory assumes member roles from it. */
    sts() {
        this.stsClient ??= Clients.sts(this.options.region, this.options.credentials);
        return this.stsClient;
    }
    static sts(region, credentials) {
        return new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_6__/* .STSClient */ .iM(common(region, credentials));
    }
}


/***/ })

};

//# sourceMappingURL=201.index.js.map