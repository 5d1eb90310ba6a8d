export const id = 201;
export const ids = [201];
export const modules = {

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Clients: () => (/* binding */ Clients),
/* harmony export */   MAX_ATTEMPTS: () => (/* binding */ MAX_ATTEMPTS)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7392);
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6764);
/* harmony import */ var _aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2503);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3711);
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1695);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(311);






/**
 * Transient errors (throttling, 5xx, resets) are the SDK's job: adaptive mode also slows down when
 * CloudTrail's ~1 request/second write limit pushes back. Bounded so a dead endpoint fails the run.
 */
const MAX_ATTEMPTS = 6;
function common(region, credentials) {
    return {
        region,
        retryMode: 'adaptive',
        maxAttempts: MAX_ATTEMPTS,
        customUserAgent: `org-trail/${_version_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION */ .x}`,
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
            client = new _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_1__/* .CloudTrailClient */ .Vsm({
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
    regionalClient(key, make) {
        let client = this.regional.get(key);
        if (!client) {
            client = make();
            this.regional.set(key, client);
        }
        return client;
    }
    organizations() {
        this.org ??= new _aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_2__/* .OrganizationsClient */ .gnq(common(this.options.region, this.options.credentials));
        return this.org;
    }
    iam() {
        this.iamClient ??= new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__/* .IAMClient */ .h8v(common(this.options.region, this.options.credentials));
        return this.iamClient;
    }
    s3() {
        // The log bucket may live in another region than the trail.
        this.s3Client ??= new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__/* .S3Client */ .YxF({
            ...common(this.options.region, this.options.credentials),
            followRegionRedirects: true
        });
        return this.s3Client;
    }
    /**
     * The same factory for another session (a member account's): its CloudTrail clients share this one's
     * connections, so inspecting a thousand accounts does not open a thousand connection pools.
     */
    withCredentials(credentials) {
        return new Clients({ ...this.options, credentials, requestHandler: this.cloudtrail().config.requestHandler });
    }
    /** STS with this session's credentials: the member inventory assumes member roles from it. */
    sts() {
        this.stsClient ??= Clients.sts(this.options.region, this.options.credentials);
        return this.stsClient;
    }
    static sts(region, credentials) {
        return new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_5__/* .STSClient */ .iM(common(region, credentials));
    }
}


/***/ })

};

//# sourceMappingURL=201.index.js.map