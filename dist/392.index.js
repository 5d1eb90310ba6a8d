export const id = 392;
export const ids = [392,11,76];
export const modules = {

/***/ 6076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Clients: () => (/* binding */ Clients),
  MAX_ATTEMPTS: () => (/* binding */ MAX_ATTEMPTS)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudtrail/dist-cjs/index.js
var dist_cjs = __webpack_require__(7392);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var client_iam_dist_cjs = __webpack_require__(6764);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-organizations/dist-cjs/index.js
var client_organizations_dist_cjs = __webpack_require__(2503);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
;// CONCATENATED MODULE: ./src/version.ts
/** Sent in the user agent of every AWS request, so CloudTrail itself shows which tool made a change. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/aws/clients.ts






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
        customUserAgent: `org-trail/${VERSION}`,
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
            client = new dist_cjs/* CloudTrailClient */.Vsm(common(region, this.options.credentials));
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
        this.org ??= new client_organizations_dist_cjs/* OrganizationsClient */.gnq(common(this.options.region, this.options.credentials));
        return this.org;
    }
    iam() {
        this.iamClient ??= new client_iam_dist_cjs/* IAMClient */.h8v(common(this.options.region, this.options.credentials));
        return this.iamClient;
    }
    s3() {
        // The log bucket may live in another region than the trail.
        this.s3Client ??= new client_s3_dist_cjs/* S3Client */.YxF({
            ...common(this.options.region, this.options.credentials),
            followRegionRedirects: true
        });
        return this.s3Client;
    }
    static sts(region, credentials) {
        return new client_sts_dist_cjs/* STSClient */.iM(common(region, credentials));
    }
}


/***/ }),

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   T1: () => (/* binding */ call),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   iQ: () => (/* binding */ AwsCallError),
/* harmony export */   lZ: () => (/* binding */ ActionError),
/* harmony export */   w7: () => (/* binding */ isAccessDenied)
/* harmony export */ });
/** An AWS call that failed, with the IAM action it needed: enough to say what to grant or fix. */
class AwsCallError extends Error {
    action;
    code;
    requestId;
    attempts;
    constructor(action, cause) {
        const code = errorCode(cause);
        super(`${action} failed: ${code}: ${errorMessage(cause)}`, { cause });
        this.name = 'AwsCallError';
        this.action = action;
        this.code = code;
        const metadata = cause?.$metadata;
        this.requestId = metadata?.requestId;
        this.attempts = metadata?.attempts;
    }
    /** The message AWS gave, without our prefix. */
    get awsMessage() {
        return errorMessage(this.cause);
    }
}
/** A failure the user must act on, already explained: a title and what to do. */
class ActionError extends Error {
    title;
    constructor(title, message) {
        super(message);
        this.name = 'ActionError';
        this.title = title;
    }
}
function errorCode(error) {
    if (error instanceof AwsCallError)
        return error.code;
    const e = error;
    if (e && typeof e.name === 'string' && e.name !== 'Error')
        return e.name;
    if (e && typeof e.Code === 'string')
        return e.Code;
    if (e && typeof e.code === 'string')
        return e.code;
    return 'UnknownError';
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}
const ACCESS_DENIED = new Set([
    'AccessDenied',
    'AccessDeniedException',
    'UnauthorizedOperation',
    'AuthorizationError',
    'AccessDeniedForDependencyException'
]);
function isAccessDenied(code) {
    return ACCESS_DENIED.has(code);
}
/** Runs one AWS call; any failure comes back as an AwsCallError naming the IAM action. */
async function call(action, send) {
    try {
        return await send();
    }
    catch (error) {
        throw error instanceof AwsCallError ? error : new AwsCallError(action, error);
    }
}


/***/ }),

/***/ 11:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  identityFromArn: () => (/* binding */ identityFromArn),
  openSession: () => (/* binding */ openSession)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(6076);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/aws/token.ts
const SHOWN = ['sub', 'aud', 'repository', 'ref', 'job_workflow_ref'];
/** Reads the payload of a JWT without verifying it: only to explain a refusal, never to trust it. */
function decodeClaims(token) {
    const payload = token.split('.')[1];
    if (!payload)
        return {};
    try {
        const parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        const claims = {};
        for (const key of SHOWN) {
            const value = parsed[key];
            if (typeof value === 'string')
                claims[key] = value;
            else if (Array.isArray(value))
                claims[key] = value.join(',');
        }
        return claims;
    }
    catch {
        return {};
    }
}
function describeClaims(claims) {
    const parts = SHOWN.filter((key) => claims[key] !== undefined).map((key) => `${key}="${claims[key]}"`);
    return parts.length > 0 ? parts.join(', ') : '(the token carried no readable claims)';
}

;// CONCATENATED MODULE: ./src/aws/session.ts




function identityFromArn(arn) {
    const [, partition = 'aws', , , accountId = ''] = arn.split(':');
    return { arn, partition, accountId };
}
/** Credentials for every later call: GitHub OIDC and STS, or the SDK's default chain. */
async function openSession(auth, region, deps) {
    if (auth.kind === 'default-chain') {
        const caller = await (0,errors/* call */.T1)('sts:GetCallerIdentity', () => clients.Clients.sts(region).send(new dist_cjs/* GetCallerIdentityCommand */.zI({}))).catch((error) => {
            throw new errors/* ActionError */.lZ('No AWS credentials', `"role-to-assume" is empty, so org-trail used the default credential chain, and it found no usable credentials (${(0,errors/* errorCode */.CA)(error)}). ` +
                'Set "role-to-assume" to a role in the management account, or configure credentials in an earlier step.');
        });
        return { identity: identityFromArn(caller.Arn ?? '') };
    }
    if (!deps.env.ACTIONS_ID_TOKEN_REQUEST_URL || !deps.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        throw new errors/* ActionError */.lZ('GitHub OIDC token unavailable', 'The job cannot request a GitHub OIDC token: add "permissions: id-token: write" to the workflow or job ' +
            '(with "contents: read"). Pull requests from forks never receive one; use "pull_request_target" with care or run check mode on push.');
    }
    let token;
    try {
        token = await deps.getIDToken(auth.audience);
    }
    catch (error) {
        throw new errors/* ActionError */.lZ('GitHub OIDC token request failed', `GitHub did not issue an OIDC token for audience "${auth.audience}": ${String(error)}`);
    }
    deps.setSecret(token);
    const claims = decodeClaims(token);
    const sts = clients.Clients.sts(region);
    const assumed = await (0,errors/* call */.T1)('sts:AssumeRoleWithWebIdentity', () => sts.send(new dist_cjs/* AssumeRoleWithWebIdentityCommand */.WH({
        RoleArn: auth.roleArn,
        RoleSessionName: auth.sessionName,
        WebIdentityToken: token,
        DurationSeconds: auth.durationSeconds
    }))).catch((error) => {
        throw explainAssumeRoleFailure(error, auth.roleArn, claims);
    });
    const c = assumed.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken) {
        throw new errors/* ActionError */.lZ('No credentials from STS', `AssumeRoleWithWebIdentity for ${auth.roleArn} returned no credentials.`);
    }
    for (const secret of [c.AccessKeyId, c.SecretAccessKey, c.SessionToken])
        deps.setSecret(secret);
    return {
        credentials: {
            accessKeyId: c.AccessKeyId,
            secretAccessKey: c.SecretAccessKey,
            sessionToken: c.SessionToken,
            ...(c.Expiration ? { expiration: c.Expiration } : {})
        },
        identity: identityFromArn(assumed.AssumedRoleUser?.Arn ?? auth.roleArn)
    };
}
function explainAssumeRoleFailure(error, roleArn, claims) {
    const code = error instanceof errors/* AwsCallError */.iQ ? error.code : (0,errors/* errorCode */.CA)(error);
    if ((0,errors/* isAccessDenied */.w7)(code) || code === 'InvalidIdentityToken' || code === 'InvalidIdentityTokenException') {
        return new errors/* ActionError */.lZ('Cannot assume the role', `STS refused AssumeRoleWithWebIdentity for ${roleArn} (${code}). The role's trust policy must allow ` +
            `"sts:AssumeRoleWithWebIdentity" for the federated principal token.actions.githubusercontent.com and match this token: ` +
            `${describeClaims(claims)}. Compare its "token.actions.githubusercontent.com:sub" and ":aud" conditions with these values.`);
    }
    const message = error instanceof errors/* AwsCallError */.iQ ? error.awsMessage : error instanceof Error ? error.message : String(error);
    return new errors/* ActionError */.lZ('Cannot assume the role', `AssumeRoleWithWebIdentity for ${roleArn} failed: ${code}: ${message}`);
}


/***/ })

};

//# sourceMappingURL=392.index.js.map