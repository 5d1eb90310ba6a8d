export const id = 11;
export const ids = [11,201];
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


/***/ }),

/***/ 6963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ credentialsOf)
/* harmony export */ });
/**
 * The credentials of an STS answer (AssumeRole, AssumeRoleWithWebIdentity) as the SDK's clients take
 * them, or undefined when the answer holds none: each caller says what that means for it.
 */
function credentialsOf(sts) {
    if (!sts?.AccessKeyId || !sts.SecretAccessKey || !sts.SessionToken)
        return undefined;
    return {
        accessKeyId: sts.AccessKeyId,
        secretAccessKey: sts.SecretAccessKey,
        sessionToken: sts.SessionToken,
        ...(sts.Expiration ? { expiration: sts.Expiration } : {})
    };
}


/***/ }),

/***/ 11:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHAINED_SESSION_MAX_SECONDS: () => (/* binding */ CHAINED_SESSION_MAX_SECONDS),
  identityFromArn: () => (/* binding */ identityFromArn),
  logArchiveDuration: () => (/* binding */ logArchiveDuration),
  logArchiveTrustStatement: () => (/* binding */ logArchiveTrustStatement),
  openLogArchiveSession: () => (/* binding */ openLogArchiveSession),
  openSession: () => (/* binding */ openSession),
  roleOfSession: () => (/* reexport */ aws_arn/* roleOfSession */.GC)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/aws/arn.ts
var aws_arn = __webpack_require__(1626);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/aws/credentials.ts
var aws_credentials = __webpack_require__(6963);
// EXTERNAL MODULE: ./src/aws/denials.ts
var denials = __webpack_require__(601);
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
/**
 * The repository part of a `repo:` subject and the form GitHub wrote it in: names alone
 * (`repo:OWNER/REPO:…`) or with immutable ids (`repo:OWNER@OWNER_ID/REPO@REPO_ID:…`, the default for
 * repositories created or renamed on or after 15 July 2026, GitHub's OIDC docs). A trust condition in
 * one form never matches a token in the other. Undefined for a subject of another shape (customized).
 */
function subjectForm(sub) {
    const [, owner, repo] = /^repo:([^/:]+)\/([^:]+):/.exec(sub ?? '') ?? [];
    if (owner === undefined || repo === undefined)
        return undefined;
    const withId = (name) => /^[^@]+@\d+$/.test(name);
    return { immutable: withId(owner) && withId(repo), repository: `${owner}/${repo}` };
}
/** One sentence on the subject's form, with the repository-wide condition in that form; '' for another shape. */
function describeSubjectForm(sub) {
    const form = subjectForm(sub);
    if (!form)
        return '';
    const condition = `"token.actions.githubusercontent.com:sub": "repo:${form.repository}:*"`;
    return form.immutable
        ? ` This token's sub uses GitHub's immutable ids (repo:OWNER@OWNER_ID/REPO@REPO_ID:…, the default for repositories created or renamed on or after 15 July 2026): a condition that names the repository without its ids does not match it. Every ref of this repository, in that form (StringLike): ${condition}.`
        : ` This token's sub names the repository without GitHub's immutable ids (repo:OWNER/REPO:…): a condition written with them (repo:OWNER@OWNER_ID/REPO@REPO_ID:…) does not match it. Every ref of this repository, in that form (StringLike): ${condition}.`;
}

;// CONCATENATED MODULE: ./src/aws/session.ts







// Parsed in arn.ts with every other ARN; named here too, where the Log Archive trust policy uses it.

function identityFromArn(arn) {
    return { arn, partition: (0,aws_arn/* parseArn */.Lw)(arn)?.partition ?? 'aws', accountId: (0,aws_arn/* accountOf */.XP)(arn) };
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
            '(with "contents: read"). Pull requests from forks never receive one; use "pull_request_target" with care or run check mode on push.', { fix: 'permissions:\n  id-token: write\n  contents: read' });
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
    const credentials = (0,aws_credentials/* credentialsOf */.Y)(assumed.Credentials);
    if (!credentials) {
        throw new errors/* ActionError */.lZ('No credentials from STS', `AssumeRoleWithWebIdentity for ${auth.roleArn} returned no credentials.`);
    }
    for (const secret of [credentials.accessKeyId, credentials.secretAccessKey, credentials.sessionToken])
        deps.setSecret(secret);
    return { credentials, identity: identityFromArn(assumed.AssumedRoleUser?.Arn ?? auth.roleArn) };
}
/** The trust policy condition that matches this very token: what the role's trust policy must say. */
function trustCondition(claims) {
    if (!claims.sub || !claims.aud)
        return '';
    const condition = {
        StringEquals: {
            'token.actions.githubusercontent.com:aud': claims.aud,
            'token.actions.githubusercontent.com:sub': claims.sub
        }
    };
    return JSON.stringify({ Condition: condition }, null, 2);
}
function explainAssumeRoleFailure(error, roleArn, claims) {
    const code = error instanceof errors/* AwsCallError */.iQ ? error.code : (0,errors/* errorCode */.CA)(error);
    if ((0,errors/* isAccessDenied */.w7)(code) || code === 'InvalidIdentityToken' || code === 'InvalidIdentityTokenException') {
        return new errors/* ActionError */.lZ('Cannot assume the role', `STS refused AssumeRoleWithWebIdentity for ${roleArn} (${code}). The role's trust policy must allow ` +
            `"sts:AssumeRoleWithWebIdentity" for the federated principal token.actions.githubusercontent.com and match this token: ` +
            `${describeClaims(claims)}. Compare its "token.actions.githubusercontent.com:sub" and ":aud" conditions with these values.` +
            describeSubjectForm(claims.sub), { facts: { ...claims }, fix: trustCondition(claims) });
    }
    const message = error instanceof errors/* AwsCallError */.iQ ? error.awsMessage : error instanceof Error ? error.message : String(error);
    return new errors/* ActionError */.lZ('Cannot assume the role', `AssumeRoleWithWebIdentity for ${roleArn} failed: ${code}: ${message}`);
}
/** AWS caps a chained session (AssumeRole with the credentials of an assumed role) at one hour. */
const CHAINED_SESSION_MAX_SECONDS = 3600;
/** How long the Log Archive session lasts: as long as the run's own, within what a chained session may. */
function logArchiveDuration(auth) {
    return auth.kind === 'oidc'
        ? Math.min(auth.durationSeconds, CHAINED_SESSION_MAX_SECONDS)
        : CHAINED_SESSION_MAX_SECONDS;
}
/** The trust policy statement that lets the management role assume the Log Archive role. */
function logArchiveTrustStatement(managementRoleArn) {
    return {
        Sid: 'OrgTrailManagementRole',
        Effect: 'Allow',
        Principal: { AWS: managementRoleArn },
        Action: 'sts:AssumeRole'
    };
}
/**
 * Assumes log-archive-role-arn from the management session (its credentials sign the request), named like
 * the run's own session so that the Log Archive account's CloudTrail traces every write to the run.
 */
async function openLogArchiveSession(management, caller, request, setSecret) {
    const { roleArn } = request;
    const assumed = await (0,errors/* call */.T1)('sts:AssumeRole', () => management.sts().send(new dist_cjs/* AssumeRoleCommand */.QL({
        RoleArn: roleArn,
        RoleSessionName: request.sessionName,
        DurationSeconds: request.durationSeconds
    }))).catch((error) => {
        const code = (0,errors/* errorCode */.CA)(error);
        const said = error instanceof errors/* AwsCallError */.iQ ? error.awsMessage : (0,errors/* errorMessage */.gJ)(error);
        const principal = (0,aws_arn/* roleOfSession */.GC)(caller.arn);
        // A refusal by a policy the message names other than these two roles' own (an SCP, an RCP, a boundary…) is
        // not fixed in the trust or permission policy: explained as that denial (explain.ts), like any other call's.
        const denial = (0,errors/* isAccessDenied */.w7)(code) ? (0,denials/* denialOf */.Z9)(said) : null;
        if (denial && !(0,denials/* isRolesOwn */.E2)(denial) && denial.kind !== 'resource-based-policy')
            throw error;
        throw new errors/* ActionError */.lZ('Cannot assume the Log Archive role', `STS refused sts:AssumeRole on ${roleArn} (log-archive-role-arn) from ${caller.arn} (${code}: ${said}). ` +
            `The role's trust policy must let ${principal} assume it, and the management role's permission policy must allow "sts:AssumeRole" on ${roleArn}.`, {
            fix: JSON.stringify(logArchiveTrustStatement(principal), null, 2),
            facts: { caller: caller.arn, role: roleArn }
        });
    });
    const credentials = (0,aws_credentials/* credentialsOf */.Y)(assumed.Credentials);
    if (!credentials) {
        throw new errors/* ActionError */.lZ('No credentials from STS', `AssumeRole for ${roleArn} returned no credentials.`);
    }
    for (const secret of [credentials.accessKeyId, credentials.secretAccessKey, credentials.sessionToken])
        setSecret(secret);
    const identity = identityFromArn(assumed.AssumedRoleUser?.Arn ?? roleArn);
    return {
        identity,
        roleArn,
        clients: management.withCredentials(credentials, { expectedBucketOwner: identity.accountId })
    };
}


/***/ })

};

//# sourceMappingURL=11.index.js.map