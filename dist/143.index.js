export const id = 143;
export const ids = [143];
export const modules = {

/***/ 2294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ ApplyError)
/* harmony export */ });
/** A failure part-way: what had been written already, so the report can say so. */
class ApplyError extends Error {
    cause;
    applied;
    constructor(cause, applied) {
        super(cause instanceof Error ? cause.message : String(cause));
        this.cause = cause;
        this.applied = applied;
        this.name = 'ApplyError';
    }
}


/***/ }),

/***/ 1966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kr: () => (/* binding */ IAM_ACTIONS),
/* harmony export */   Tz: () => (/* binding */ inventoryActionsFor)
/* harmony export */ });
/* unused harmony exports actionsFor, logArchiveActionsFor, logArchiveAdditionActions */
// Every IAM action org-trail can need, and why. The README's policies are generated from this table and a
// test checks that the code calls nothing outside it; keep it the single source of truth.
const IAM_ACTIONS = {
    'sts:AssumeRoleWithWebIdentity': {
        access: 'read',
        purpose: 'exchange the GitHub OIDC token for credentials (granted by the trust policy)',
        outsidePermissionPolicy: true
    },
    'sts:GetCallerIdentity': {
        access: 'read',
        purpose: 'who the default credential chain is (needs no permission)',
        outsidePermissionPolicy: true
    },
    'organizations:DescribeOrganization': {
        access: 'read',
        purpose: 'organization id, feature set and management account'
    },
    'organizations:ListAWSServiceAccessForOrganization': {
        access: 'read',
        purpose: 'whether CloudTrail has trusted access'
    },
    'organizations:ListDelegatedAdministrators': {
        access: 'read',
        purpose: 'whether a non-management caller is a delegated administrator'
    },
    'organizations:EnableAWSServiceAccess': {
        access: 'write',
        purpose: 'enable trusted access for cloudtrail.amazonaws.com'
    },
    'organizations:ListAccounts': {
        access: 'read',
        purpose: 'CloudTrail lists member accounts when it creates an organization trail; the member inventory lists the accounts to inspect',
        requiredByCloudTrail: true,
        applyOnly: true,
        inventory: ['management']
    },
    'sts:AssumeRole': {
        access: 'read',
        purpose: 'member inventory: assume member-role-name in each member account; log-archive-role-arn: assume the Log Archive role; both from the management session',
        inventory: ['management'],
        inventoryOnly: true,
        onMemberRole: true,
        onLogArchiveRole: true
    },
    'iam:ListRoles': { access: 'read', purpose: 'whether the service-linked roles exist' },
    'iam:GetRole': {
        access: 'read',
        purpose: 'the CloudWatch Logs role and its trust policy; CloudTrail also reads its service-linked role when it creates an organization trail',
        requiredByCloudTrail: true
    },
    'iam:ListRolePolicies': { access: 'read', purpose: 'inline policies of the CloudWatch Logs role' },
    'iam:GetRolePolicy': { access: 'read', purpose: 'inline policies of the CloudWatch Logs role' },
    'iam:ListAttachedRolePolicies': { access: 'read', purpose: 'managed policies of the CloudWatch Logs role' },
    'iam:GetPolicy': { access: 'read', purpose: 'managed policies of the CloudWatch Logs role' },
    'iam:GetPolicyVersion': { access: 'read', purpose: 'managed policies of the CloudWatch Logs role' },
    'iam:PassRole': {
        access: 'write',
        purpose: 'CloudTrail passes the CloudWatch Logs role when the trail is given one',
        requiredByCloudTrail: true
    },
    'kms:DescribeKey': {
        access: 'read',
        purpose: 'the KMS key exists, is enabled, symmetric and in the bucket region',
        logArchive: true
    },
    'kms:GetKeyPolicy': { access: 'read', purpose: 'the key policy lets CloudTrail encrypt', logArchive: true },
    'kms:GetKeyRotationStatus': {
        access: 'read',
        purpose: 'posture: rotation of the trail key (KMS.4, CIS 3.6)',
        logArchive: true
    },
    'kms:PutKeyPolicy': {
        access: 'write',
        purpose: 'merge the CloudTrail statements into the key policy (manage-kms-key-policy)',
        logArchive: true
    },
    'logs:DescribeLogGroups': { access: 'read', purpose: 'the CloudWatch Logs log group exists' },
    'sns:GetTopicAttributes': { access: 'read', purpose: 'the SNS topic exists and lets CloudTrail publish' },
    'iam:CreateServiceLinkedRole': { access: 'write', purpose: 'create a missing service-linked role' },
    's3:GetBucketLocation': { access: 'read', purpose: 'whether the bucket exists and where', logArchive: true },
    's3:GetBucketPolicy': {
        access: 'read',
        purpose: 'whether the bucket policy lets CloudTrail write',
        logArchive: true
    },
    's3:GetBucketRequestPayment': { access: 'read', purpose: 'Requester Pays must be off', logArchive: true },
    's3:GetBucketPublicAccessBlock': {
        access: 'read',
        purpose: 'posture: the log bucket is not public (CloudTrail.6)',
        logArchive: true
    },
    's3:GetBucketPolicyStatus': {
        access: 'read',
        purpose: 'posture: the log bucket is not public (CloudTrail.6)',
        logArchive: true
    },
    's3:GetBucketLogging': {
        access: 'read',
        purpose: 'posture: access logging on the log bucket (CloudTrail.7)',
        logArchive: true
    },
    's3:GetEncryptionConfiguration': {
        access: 'read',
        purpose: 'create-bucket: the bucket is still encrypted by default',
        logArchive: true
    },
    's3:GetBucketVersioning': {
        access: 'read',
        purpose: 'create-bucket: the bucket is still versioned',
        logArchive: true
    },
    's3:GetBucketOwnershipControls': {
        access: 'read',
        purpose: 'create-bucket: object ownership is still enforced on the bucket',
        logArchive: true
    },
    's3:PutBucketPolicy': {
        access: 'write',
        purpose: 'merge the CloudTrail statements into the bucket policy',
        logArchive: true
    },
    's3:CreateBucket': { access: 'write', purpose: 'create the bucket (create-bucket)', logArchive: true },
    's3:PutBucketPublicAccessBlock': {
        access: 'write',
        purpose: 'harden the bucket (create-bucket): Block Public Access',
        logArchive: true
    },
    's3:PutEncryptionConfiguration': {
        access: 'write',
        purpose: 'harden the bucket (create-bucket): default encryption',
        logArchive: true
    },
    's3:PutBucketVersioning': {
        access: 'write',
        purpose: 'harden the bucket (create-bucket): versioning',
        logArchive: true
    },
    's3:PutBucketOwnershipControls': {
        access: 'write',
        purpose: 'harden the bucket (create-bucket): object ownership enforced',
        logArchive: true
    },
    'cloudtrail:DescribeTrails': {
        access: 'read',
        purpose: 'the trail and the other trails in its home region; member inventory: whether each is multi-region',
        inventory: ['member']
    },
    'cloudtrail:ListTrails': {
        access: 'read',
        purpose: "find the trail in whichever region it is homed, so that no second trail of its name is created; member inventory: every trail of an account, with each one's home region",
        // The management role has it already (check and apply): only the member role adds it.
        inventory: ['member']
    },
    'cloudtrail:GetTrail': {
        access: 'read',
        purpose: 'read a trail found elsewhere (another home region, or the organization trail of a delegated administrator) by its ARN; re-read it after a change'
    },
    'cloudtrail:GetTrailStatus': { access: 'read', purpose: 'whether the trail is logging, and delivery errors' },
    'cloudtrail:GetEventSelectors': {
        access: 'read',
        purpose: 'event selectors, and posture: management events read and write (CloudTrail.1), S3 data events (S3.22, S3.23); member inventory: whether each trail records management events',
        inventory: ['member']
    },
    'cloudtrail:GetInsightSelectors': { access: 'read', purpose: 'insight selectors' },
    'cloudtrail:ListTags': { access: 'read', purpose: 'the trail tags' },
    'cloudtrail:CreateTrail': { access: 'write', purpose: 'create the trail' },
    'cloudtrail:UpdateTrail': { access: 'write', purpose: 'converge the trail settings' },
    'cloudtrail:StartLogging': { access: 'write', purpose: 'start logging' },
    'cloudtrail:PutEventSelectors': { access: 'write', purpose: 'converge event or advanced event selectors' },
    'cloudtrail:PutInsightSelectors': { access: 'write', purpose: 'converge insight selectors' },
    'cloudtrail:AddTags': { access: 'write', purpose: 'add or update declared tags' }
};
/** The actions a mode needs in the role's permission policy: check mode reads only. */
function actionsFor(mode) {
    return Object.keys(IAM_ACTIONS)
        .filter((action) => {
        const info = IAM_ACTIONS[action];
        return (!info.outsidePermissionPolicy &&
            !info.inventoryOnly &&
            (mode === 'apply' || (info.access === 'read' && !info.applyOnly)));
    })
        .sort();
}
/**
 * The Log Archive role's permission policy (log-archive-role-arn): the bucket's and its key's actions of
 * the mode, in the Log Archive account.
 */
function logArchiveActionsFor(mode) {
    const inMode = new Set(actionsFor(mode));
    return Object.keys(IAM_ACTIONS)
        .filter((action) => IAM_ACTIONS[action].logArchive === true && inMode.has(action))
        .sort();
}
/** What log-archive-role-arn adds to the management role's policy, granted on the Log Archive role's ARN. */
function logArchiveAdditionActions() {
    return Object.keys(IAM_ACTIONS)
        .filter((action) => IAM_ACTIONS[action].onLogArchiveRole === true)
        .sort();
}
/**
 * What the member-account inventory needs: 'management', the actions to add to the policy of the role
 * org-trail runs as (beyond what check mode already grants); 'member', the whole policy of the member role.
 */
function inventoryActionsFor(role) {
    const check = new Set(actionsFor('check'));
    return Object.keys(IAM_ACTIONS)
        .filter((action) => {
        const info = IAM_ACTIONS[action];
        if (!info.inventory?.includes(role))
            return false;
        return role === 'member' || !check.has(action);
    })
        .sort();
}


/***/ }),

/***/ 5290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Sent in the user agent of every AWS request, so CloudTrail itself shows which tool made a change. */
const VERSION = '0.1.0';


/***/ }),

/***/ 143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/apply/error.ts
var apply_error = __webpack_require__(2294);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/aws/cloudtrail.ts
var cloudtrail = __webpack_require__(5770);
// EXTERNAL MODULE: ./src/aws/actions.ts
var actions = __webpack_require__(1966);
;// CONCATENATED MODULE: ./src/aws/explain.ts



/**
 * AWS's message names "S3 bucket X or KMS key Y": either policy may be the one, and either may have been
 * written by org-trail (manage-bucket-policy, manage-kms-key-policy) or be left to the user, so the fix
 * points to the findings that say which, rather than to an input.
 */
function encryptionPolicyFix(awsMessage) {
    const named = awsMessage.match(/S3 bucket (\S+) or KMS key (\S+?)\.?$/);
    const both = named
        ? `the policy of bucket ${named[1]} and the policy of KMS key ${named[2]}`
        : 'the bucket policy and the KMS key policy';
    return `CloudTrail must be allowed by both ${both}. Run with mode: check: the s3.bucket-policy and kms.key-policy findings show what each lacks, with the statements to add where org-trail may not write them. If this run wrote them and waited for them to propagate, look for a Deny or condition in either policy that applies to cloudtrail.amazonaws.com.`;
}
/** CloudTrail's delegated administrators are registered with CloudTrail's own command, not Organizations'. */
const NOT_MANAGEMENT = {
    title: 'Not the management account',
    fix: `Assume a role in the management account, or register this account as CloudTrail's delegated administrator by running in the management account "${(0,cloudtrail/* registerDelegatedAdministratorCommand */.DK)('<this account id>')}" (registering through Organizations does not create the service-linked role CloudTrail needs). Converting between an organization trail and an account trail is for the management account only.`
};
/** What each permanent CloudTrail error means for this action, and what to do about it. */
const KNOWN = {
    OrganizationNotInAllFeaturesModeException: {
        title: 'Organization is not in ALL features mode',
        fix: 'From the management account run "aws organizations enable-all-features" and have every member account accept the handshake.'
    },
    CloudTrailAccessNotEnabledException: {
        title: 'CloudTrail has no trusted access',
        fix: 'Run "aws organizations enable-aws-service-access --service-principal cloudtrail.amazonaws.com" from the management account, or set enable-trusted-access: true.'
    },
    NoManagementAccountSLRExistsException: {
        title: 'Service-linked role missing',
        fix: 'Run "aws iam create-service-linked-role --aws-service-name cloudtrail.amazonaws.com" in the management account.'
    },
    NotOrganizationMasterAccountException: NOT_MANAGEMENT,
    NotOrganizationManagementAccountException: NOT_MANAGEMENT,
    OrganizationsNotInUseException: {
        title: 'No organization',
        fix: 'The account is in no organization: create one, or set is-organization-trail: false.'
    },
    InsufficientDependencyServiceAccessPermissionException: {
        title: 'Missing Organizations or IAM permissions',
        fix: "CloudTrail needs the caller to have iam:GetRole, iam:CreateServiceLinkedRole, organizations:EnableAWSServiceAccess, organizations:ListAWSServiceAccessForOrganization, organizations:DescribeOrganization and organizations:ListAccounts: add them to the role's policy."
    },
    InsufficientS3BucketPolicyException: {
        title: 'Bucket policy does not let CloudTrail write',
        fix: 'Set manage-bucket-policy: true, or add the statements shown in the s3.bucket-policy finding (run with mode: check to see them).'
    },
    MaximumNumberOfTrailsExceededException: {
        title: 'Too many trails',
        fix: 'The home region already has 5 trails: delete one you no longer need.'
    },
    S3BucketDoesNotExistException: {
        title: 'Bucket does not exist',
        fix: 'Create the bucket first, or fix s3-bucket-name.'
    },
    InvalidHomeRegionException: {
        title: 'Wrong region for this trail',
        fix: "Set aws-region to the trail's home region."
    },
    TrailNotFoundException: { title: 'Trail not found', fix: 'The trail was deleted meanwhile: run again to create it.' },
    InsufficientEncryptionPolicyException: {
        title: 'Bucket or KMS key policy does not let CloudTrail encrypt',
        fix: encryptionPolicyFix
    },
    KmsKeyNotFoundException: {
        title: 'KMS key not found',
        fix: 'Check kms-key-id: the key must exist in the same region as the bucket.'
    },
    KmsException: {
        title: 'KMS key unusable',
        fix: "The key must be an enabled, symmetric customer managed key in the bucket's region."
    },
    KmsKeyDisabledException: { title: 'KMS key disabled', fix: 'Enable the key (aws kms enable-key) or choose another.' },
    InvalidKmsKeyIdException: {
        title: 'Invalid KMS key',
        fix: "Check kms-key-id: a key id, key ARN, alias name or alias ARN of a key in the bucket's region."
    },
    InvalidCloudWatchLogsLogGroupArnException: {
        title: 'CloudWatch Logs log group rejected',
        fix: 'Check cloud-watch-logs-log-group-arn (it must exist, in this account) and that the role may write to it.'
    },
    InvalidCloudWatchLogsRoleArnException: {
        title: 'CloudWatch Logs role rejected',
        fix: "The role must exist in this account, trust cloudtrail.amazonaws.com, allow logs:CreateLogStream and logs:PutLogEvents on the trail's log streams, and the caller needs iam:PassRole on it."
    },
    InsufficientSnsTopicPolicyException: {
        title: 'SNS topic policy does not let CloudTrail publish',
        fix: 'Add the statement shown in the sns.topic finding to the topic policy (run with mode: check to see it).'
    },
    InvalidEventSelectorsException: {
        title: 'Event selectors rejected',
        fix: 'Check event-selectors or advanced-event-selectors: at most 5 event selectors, 250 data resources, 500 advanced values, and valid field names.'
    },
    InvalidInsightSelectorsException: {
        title: 'Insight selectors rejected',
        fix: 'Check insight-selectors: ApiCallRateInsight and ApiErrorRateInsight, each once.'
    },
    InsightNotEnabledException: {
        title: 'Insights not enabled',
        fix: 'Insights could not be enabled on this trail; check insight-selectors.'
    }
};
/** One annotation's worth for any error: what failed, why, and what to do. */
function explain(error) {
    if (error instanceof errors/* ActionError */.lZ)
        return { title: error.title, message: error.message };
    if (error instanceof errors/* AwsCallError */.iQ) {
        const details = [
            error.requestId ? `request id ${error.requestId}` : '',
            error.attempts !== undefined && error.attempts > 1 ? `after ${error.attempts} attempts` : ''
        ].filter((d) => d !== '');
        const where = details.length > 0 ? ` (${details.join(', ')})` : '';
        // AWS's messages usually end with a full stop; ours adds one.
        const said = error.awsMessage.replace(/[.\s]+$/, '');
        if ((0,errors/* isAccessDenied */.w7)(error.code)) {
            return {
                title: `Permission denied: ${error.action}`,
                message: `AWS refused ${error.action}${where}: ${said}. Add "${error.action}" to the permission policy of the role org-trail uses (${actions/* IAM_ACTIONS */.Kr[error.action].purpose}).`
            };
        }
        const known = KNOWN[error.code];
        if (known) {
            const fix = typeof known.fix === 'string' ? known.fix : known.fix(said);
            return { title: known.title, message: `${error.action} failed with ${error.code}${where}: ${said}. ${fix}` };
        }
        const transient = error.attempts !== undefined && error.attempts > 1;
        return {
            title: `${error.action} failed`,
            message: `${error.action} failed with ${error.code}${where}: ${said}.${transient ? ' The SDK retried it and gave up: AWS or the network is failing; run again later — the next run picks up where this one stopped.' : ''}`
        };
    }
    return { title: (0,errors/* errorCode */.CA)(error), message: (0,errors/* errorMessage */.gJ)(error) };
}

// EXTERNAL MODULE: ./src/report/changes.ts
var changes = __webpack_require__(9059);
// EXTERNAL MODULE: ./src/report/failure.ts
var failure = __webpack_require__(3304);
;// CONCATENATED MODULE: ./src/report/redact.ts
/** Replaces each secret value (account ids, when masked) everywhere in the text. */
function redact(text, secrets) {
    return secrets.filter((s) => s.length > 0).reduce((out, secret) => out.split(secret).join('***'), text);
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 5 modules
var schemas = __webpack_require__(6723);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
;// CONCATENATED MODULE: ./src/report/record.ts


/**
 * The machine-readable record of one run (`report-path`): what an auditor keeps as evidence. This zod
 * schema is its one definition: the TypeScript type, the check of reports read back in summarize mode and
 * `schema/report.schema.json` (npm run docs) all come from it. A change that is not an addition bumps
 * REPORT_SCHEMA_VERSION.
 */
const REPORT_SCHEMA_VERSION = 1;
const record_text = schemas/* string */.YjP();
const changeRecord = schemas/* object */.Ikc({ what: record_text, before: record_text, after: record_text });
const controlState = schemas/* enum */.k5n(['pass', 'fail', 'unknown', 'no-trail', 'no-key']);
const reportSchema = schemas/* object */.Ikc({
    schemaVersion: schemas/* literal */.euz(REPORT_SCHEMA_VERSION),
    run: schemas/* object */.Ikc({
        repository: record_text.describe('owner/repo (GITHUB_REPOSITORY)'),
        workflow: record_text,
        runId: record_text,
        runAttempt: record_text,
        ref: record_text,
        sha: record_text,
        mode: schemas/* enum */.k5n(['apply', 'check']),
        actionVersion: record_text,
        startedAt: iso/* datetime */.w$(),
        finishedAt: iso/* datetime */.w$()
    }),
    conclusion: schemas/* enum */.k5n(['success', 'failure']).describe('success: the step passed; failure: it failed'),
    status: schemas/* enum */.k5n(['created', 'updated', 'unchanged', 'blocked', 'in-sync', 'drift', 'failed'])
        .describe('the status output; failed: the run stopped on an error (see error)'),
    identity: schemas/* object */.Ikc({ account: record_text, arn: record_text })
        .nullable()
        .describe('who ran; null when the run stopped before the session was open'),
    organization: schemas/* object */.Ikc({ id: record_text.nullable(), managementAccount: record_text })
        .nullable()
        .describe('null when the run stopped before the plan'),
    trail: schemas/* object */.Ikc({
        name: record_text,
        arn: record_text.describe('empty when the run stopped before the plan'),
        homeRegion: record_text,
        config: schemas/* object */.Ikc({
            name: record_text,
            arn: record_text,
            homeRegion: record_text,
            s3BucketName: record_text,
            s3KeyPrefix: record_text,
            isOrganizationTrail: schemas/* boolean */.zMY(),
            isMultiRegionTrail: schemas/* boolean */.zMY(),
            includeGlobalServiceEvents: schemas/* boolean */.zMY(),
            logFileValidationEnabled: schemas/* boolean */.zMY(),
            kmsKeyId: record_text.optional(),
            cloudWatchLogsLogGroupArn: record_text.optional(),
            cloudWatchLogsRoleArn: record_text.optional(),
            snsTopicArn: record_text.optional()
        })
            .nullable()
            .describe('as re-read after apply, or as observed; null when there is no trail'),
        isLogging: schemas/* boolean */.zMY().nullable(),
        latestDeliveryTime: iso/* datetime */.w$().nullable(),
        latestDeliveryError: record_text.nullable()
    }),
    findings: schemas/* array */.YOg(schemas/* object */.Ikc({
        id: record_text,
        category: schemas/* enum */.k5n(['prerequisite', 'posture']),
        severity: schemas/* enum */.k5n(['blocker', 'fixable', 'warning', 'ok']),
        control: schemas/* object */.Ikc({
            securityHub: record_text.describe('the AWS Security Hub control id, e.g. CloudTrail.1'),
            cis: record_text.nullable().describe('the CIS AWS Foundations Benchmark v3.0.0 recommendation; null: none'),
            now: controlState,
            afterApply: controlState.nullable().describe('null: apply does not change it')
        })
            .nullable()
            .describe('posture findings: the control and its state; null for a prerequisite'),
        title: record_text,
        detail: record_text,
        fix: record_text.describe('a command or a policy statement; empty when nothing is to fix')
    }))
        .describe('in the order of the findings output'),
    changes: schemas/* array */.YOg(changeRecord).describe('as the changes output: made (apply) or that apply would make'),
    failures: schemas/* array */.YOg(record_text).describe('why the step failed; empty when it passed'),
    error: schemas/* object */.Ikc({ title: record_text, message: record_text }).nullable().describe('the error the run stopped on')
})
    .describe('org-trail run report');
/** The JSON Schema of the report, as committed in schema/report.schema.json. */
function reportJsonSchema() {
    return {
        $id: 'https://github.com/OWNER/org-trail/blob/main/schema/report.schema.json',
        title: 'org-trail run report',
        ...z.toJSONSchema(reportSchema, { target: 'draft-2020-12' })
    };
}
const reportFinding = (f) => ({
    id: f.id,
    category: f.category,
    severity: f.severity,
    control: f.control ?? null,
    title: f.title,
    detail: f.detail,
    fix: f.remediation
});
const record_iso = (d) => (d ? d.toISOString() : null);
/** The report of a run that reached an Outcome (every status, the step failed or not). */
function reportOf(o, run, finishedAt) {
    return {
        schemaVersion: REPORT_SCHEMA_VERSION,
        run: { ...run, mode: o.mode, finishedAt: finishedAt.toISOString() },
        conclusion: o.failures.length > 0 ? 'failure' : 'success',
        status: o.status,
        identity: { account: o.identity.accountId, arn: o.identity.arn },
        organization: { id: o.organizationId, managementAccount: o.managementAccountId },
        trail: {
            name: o.trailName,
            arn: o.trail?.arn ?? o.trailArn,
            homeRegion: o.trail?.homeRegion ?? o.homeRegion,
            config: o.trail,
            isLogging: o.trailStatus ? o.trailStatus.isLogging : null,
            latestDeliveryTime: record_iso(o.trailStatus?.latestDeliveryTime),
            latestDeliveryError: o.trailStatus?.latestDeliveryError ?? null
        },
        findings: o.findings.map(reportFinding),
        changes: (0,changes/* describeChanges */.DT)(o.changes, o.trailName),
        failures: [...o.failures],
        error: null
    };
}
function failureReport(f, run, finishedAt) {
    return {
        schemaVersion: REPORT_SCHEMA_VERSION,
        run: { ...run, mode: f.mode, finishedAt: finishedAt.toISOString() },
        conclusion: 'failure',
        status: 'failed',
        identity: f.identity ? { account: f.identity.accountId, arn: f.identity.arn } : null,
        organization: f.plan ? { id: f.plan.organizationId, managementAccount: f.plan.managementAccountId } : null,
        trail: {
            name: f.trailName,
            arn: f.plan?.trailArn ?? '',
            homeRegion: f.homeRegion,
            config: null,
            isLogging: null,
            latestDeliveryTime: null,
            latestDeliveryError: null
        },
        findings: (f.plan?.findings ?? []).map(reportFinding),
        changes: (0,changes/* describeChanges */.DT)(f.applied, f.trailName),
        failures: [`${f.error.title}: ${f.error.message}`],
        error: f.error
    };
}
/** The run context from the runner's environment variables. */
function runContextOf(env, actionVersion, startedAt) {
    return {
        repository: env.GITHUB_REPOSITORY ?? '',
        workflow: env.GITHUB_WORKFLOW ?? '',
        runId: env.GITHUB_RUN_ID ?? '',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '',
        ref: env.GITHUB_REF ?? '',
        sha: env.GITHUB_SHA ?? '',
        startedAt: startedAt.toISOString(),
        actionVersion
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/report/report-files.ts



/** Writes a run's report, creating its folder. */
async function writeReportFile(file, report) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    await (0,promises_.writeFile)(file, report.endsWith('\n') ? report : `${report}\n`);
}
async function jsonFilesUnder(dir) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true, recursive: true });
    return entries
        .filter((e) => e.isFile() && e.name.endsWith('.json'))
        .map((e) => external_node_path_default().join(e.parentPath, e.name))
        .sort();
}
async function readOne(file) {
    let json;
    try {
        json = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (error) {
        return { source: file, problem: `not JSON (${error instanceof Error ? error.message : String(error)})` };
    }
    const parsed = reportSchema.safeParse(json);
    if (!parsed.success) {
        const first = parsed.error.issues[0];
        const where = first?.path.join('.') || 'the document';
        return { source: file, problem: `not an org-trail report: ${where}: ${first?.message ?? 'invalid'}` };
    }
    return { source: file, report: parsed.data };
}
/** Every report the paths name (files, or folders searched for *.json), each read or its problem. */
async function readReportFiles(paths) {
    const files = [];
    const missing = [];
    for (const p of paths) {
        const info = await (0,promises_.stat)(p).catch(() => null);
        if (info === null)
            missing.push({ source: p, problem: 'no such file or folder' });
        else if (info.isDirectory()) {
            const found = await jsonFilesUnder(p);
            if (found.length === 0)
                missing.push({ source: p, problem: 'a folder with no .json file' });
            files.push(...found);
        }
        else
            files.push(p);
    }
    return [...(await Promise.all([...new Set(files)].map(readOne))), ...missing];
}

;// CONCATENATED MODULE: ./src/report/rollup.ts
const STATUS_ICON = {
    created: '🟢',
    updated: '🟢',
    unchanged: '🟢',
    'in-sync': '🟢',
    drift: '🟠',
    blocked: '🔴',
    failed: '🔴'
};
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (s) => (s === '' ? '—' : `\`${s.replace(/`/g, "'")}\``);
function organizationOf(r) {
    return r.organization?.id ?? r.organization?.managementAccount ?? r.identity?.account ?? 'unknown';
}
/** The gathered reports of a matrix over organizations, as one job summary. Pure. */
function renderRollup(entries) {
    const reports = entries.flatMap((e) => ('report' in e ? [e.report] : []));
    const problems = entries.flatMap((e) => ('problem' in e ? [e] : []));
    const failedRuns = reports.filter((r) => r.conclusion === 'failure');
    const failures = [
        ...failedRuns.map((r) => `${organizationOf(r)} (${r.trail.homeRegion}): ${r.status}`),
        ...problems.map((p) => `${p.source}: ${p.problem}`)
    ];
    const lines = [];
    const headline = failures.length === 0 ? '🟢 every run passed' : `🔴 ${failures.length} need attention`;
    lines.push(`## org-trail · ${reports.length} organization${reports.length === 1 ? '' : 's'} · ${headline}`, '');
    if (reports.length > 0) {
        lines.push('| Organization | Region | Trail | Status | Logging | Blockers | Changes |');
        lines.push('|---|---|---|---|---|---|---|');
        for (const r of reports) {
            const blockers = r.findings.filter((f) => f.severity === 'blocker').length;
            const logging = r.trail.isLogging === null ? '—' : r.trail.isLogging ? 'yes' : '**no**';
            lines.push(`| ${code(organizationOf(r))} | ${cell(r.trail.homeRegion)} | ${code(r.trail.name)} | ${STATUS_ICON[r.status]} ${r.status} | ${logging} | ${blockers} | ${r.changes.length} |`);
        }
        lines.push('');
    }
    if (problems.length > 0) {
        lines.push('### Reports that could not be read', '');
        for (const p of problems)
            lines.push(`- ${code(p.source)}: ${cell(p.problem)}`);
        lines.push('');
    }
    for (const r of failedRuns) {
        lines.push(`### ${organizationOf(r)} · ${r.trail.homeRegion} · ${r.status}`, '');
        for (const f of r.failures)
            lines.push(`- ${cell(f)}`);
        const withFix = r.findings.filter((f) => f.severity === 'blocker' && f.fix !== '');
        for (const f of withFix)
            lines.push('', `**${cell(f.title)}**`, '', '```sh', f.fix, '```');
        const link = r.run.repository && r.run.runId ? `${r.run.repository} run ${r.run.runId}` : '';
        if (link)
            lines.push('', `From ${cell(link)} (attempt ${r.run.runAttempt || '1'}), ${r.run.finishedAt}.`);
        lines.push('');
    }
    return { markdown: lines.join('\n'), failed: failures.length > 0, failures };
}

// EXTERNAL MODULE: ./src/settings/read.ts + 5 modules
var read = __webpack_require__(6030);
// EXTERNAL MODULE: ./src/aws/user-agent.ts
var user_agent = __webpack_require__(5290);
;// CONCATENATED MODULE: ./src/main.ts












/**
 * The stages that need the AWS SDK. They are loaded only once the inputs are valid, and while the OIDC
 * token request is in flight (started by start.ts: while STS answers): an invalid input costs no SDK
 * load, and a valid run overlaps the two.
 */
function loadStages() {
    return Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711), __webpack_require__.e(630), __webpack_require__.e(666), __webpack_require__.e(695), __webpack_require__.e(11)]).then(__webpack_require__.bind(__webpack_require__, 11)),
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711), __webpack_require__.e(630), __webpack_require__.e(666), __webpack_require__.e(695), __webpack_require__.e(201)]).then(__webpack_require__.bind(__webpack_require__, 201)),
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711), __webpack_require__.e(630), __webpack_require__.e(666), __webpack_require__.e(695), __webpack_require__.e(718)]).then(__webpack_require__.bind(__webpack_require__, 6718)),
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711), __webpack_require__.e(616)]).then(__webpack_require__.bind(__webpack_require__, 8616)),
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711), __webpack_require__.e(630), __webpack_require__.e(666), __webpack_require__.e(616), __webpack_require__.e(686)]).then(__webpack_require__.bind(__webpack_require__, 1686)),
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(630), __webpack_require__.e(931)]).then(__webpack_require__.bind(__webpack_require__, 2931)),
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711), __webpack_require__.e(616), __webpack_require__.e(671)]).then(__webpack_require__.bind(__webpack_require__, 4671)),
        __webpack_require__.e(/* import() */ 468).then(__webpack_require__.bind(__webpack_require__, 5468)),
        __webpack_require__.e(/* import() */ 994).then(__webpack_require__.bind(__webpack_require__, 7994)),
        __webpack_require__.e(/* import() */ 231).then(__webpack_require__.bind(__webpack_require__, 4231))
    ]);
}
/** Starts the token request now when it can be made; openSession reports any failure of it. */
function requestTokenEarly(auth) {
    if (auth.kind !== 'oidc' || !process.env.ACTIONS_ID_TOKEN_REQUEST_URL || !process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
        return undefined;
    const token = core/* getIDToken */.V9(auth.audience);
    token.catch(() => undefined);
    return token;
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** The pipeline, in order: settings, session, observe, plan, apply, re-read, report. */
async function run(started) {
    // When the process started (start.ts may have validated and asked for the token before this module loaded).
    const startedAt = new Date(performance.timeOrigin);
    const secrets = [];
    // How far the run got, for the report of a run that stops on an error.
    let known = null;
    let reportPath = null;
    // Account ids are registered as secrets as soon as they are known, before any line could print them.
    const mask = (accountId) => {
        if (accountId === '' || secrets.includes(accountId))
            return;
        secrets.push(accountId);
        core/* setSecret */.Pq(accountId);
    };
    // Known as the run gets that far, for the failure summary.
    let trailName = '';
    let planned = null;
    try {
        const parsed = started ? { ok: true, settings: started.settings } : await (0,read/* readSettings */.sb)(core/* getInput */.V4);
        if (!parsed.ok) {
            const report = (0,read/* invalidInputsReport */.XO)(parsed.problems);
            for (const a of report.annotations)
                core/* error */.z3(a.message, { title: a.title });
            await writeSummary((0,failure.renderInvalidInputs)(parsed.problems)).catch(() => undefined);
            fail(report.failure);
            return;
        }
        if (parsed.settings.mode === 'summarize')
            return await summarize(parsed.settings);
        const settings = parsed.settings;
        trailName = settings.trail.name;
        reportPath = settings.reportPath;
        known = {
            mode: settings.mode,
            trailName: settings.trail.name,
            homeRegion: settings.region,
            identity: null,
            plan: null
        };
        // The role's account is known before any call: mask it before an assume-role failure could print it.
        if (settings.maskAccountId && settings.auth.kind === 'oidc')
            mask(settings.auth.roleArn.split(':')[4] ?? '');
        if (settings.maskAccountId && settings.logArchive)
            mask(settings.logArchive.roleArn.split(':')[4] ?? '');
        const token = started?.token ?? requestTokenEarly(settings.auth);
        const [{ openSession, openLogArchiveSession, logArchiveDuration }, { Clients }, { observe }, { plan }, { apply }, { reread }, { changeCount, failuresOf, inPlanOrder, postureAfterApply, statusOf }, { annotationsOf, outputsOf }, { renderSummary }, { commentMarker, publishComment }] = await loadStages();
        const session = await (started?.session ??
            openSession(settings.auth, settings.region, {
                getIDToken: (audience) => token ?? core/* getIDToken */.V9(audience),
                setSecret: core/* setSecret */.Pq,
                env: process.env
            }));
        if (settings.maskAccountId)
            mask(session.identity.accountId);
        known = { ...known, identity: session.identity };
        const clients = new Clients({
            region: settings.region,
            ...(session.credentials ? { credentials: session.credentials } : {})
        });
        core/* info */.pq(`Running as ${session.identity.arn} in ${settings.region} (mode: ${settings.mode})`);
        // The bucket (and a key of that account) are reached through the Log Archive role, chained from this session.
        const logArchive = settings.logArchive
            ? await openLogArchiveSession(clients, session.identity, { ...settings.logArchive, durationSeconds: logArchiveDuration(settings.auth) }, core/* setSecret */.Pq)
            : undefined;
        if (logArchive)
            core/* info */.pq(`The bucket is reached as ${logArchive.identity.arn}`);
        const observed = await observe(clients, settings, session.identity, core/* info */.pq, logArchive);
        const thePlan = plan(settings, observed);
        planned = thePlan.changes;
        const { managementAccountId } = thePlan;
        if (settings.maskAccountId)
            mask(managementAccountId);
        const organizationId = observed.organization.ok ? (observed.organization.value?.id ?? null) : null;
        known = {
            ...known,
            plan: { trailArn: thePlan.trailArn, managementAccountId, organizationId, findings: thePlan.findings }
        };
        if (settings.maskAccountId)
            for (const account of thePlan.members?.accounts ?? [])
                mask(account.accountId);
        let outcome;
        const base = {
            mode: settings.mode,
            trailName: settings.trail.name,
            findings: thePlan.findings,
            identity: session.identity,
            managementAccountId,
            organizationId,
            homeRegion: thePlan.homeRegion,
            ...(thePlan.members ? { members: thePlan.members } : {})
        };
        if (settings.mode === 'apply' && !thePlan.blocked && thePlan.changes.length > 0) {
            const result = await apply(thePlan, { allowDestructiveChanges: settings.allowDestructiveChanges }, { clients, log: core/* info */.pq, sleep, ...(logArchive ? { logArchive: logArchive.clients } : {}) });
            const final = await reread(clients, result.trailArn, thePlan.homeRegion);
            const applied = inPlanOrder(result.applied, thePlan.changes);
            const status = statusOf(settings.mode, thePlan, { created: result.created, count: applied.length });
            const findings = postureAfterApply(settings, observed, final, applied, thePlan.findings);
            outcome = {
                ...base,
                findings,
                status,
                trailArn: result.trailArn,
                trail: final.trail,
                trailStatus: final.status,
                changes: applied,
                adopted: result.adopted,
                failures: failuresOf(settings, status, findings, applied)
            };
        }
        else {
            const status = statusOf(settings.mode, thePlan, null);
            outcome = {
                ...base,
                status,
                trailArn: thePlan.trailArn,
                trail: observed.trail?.config ?? null,
                trailStatus: observed.trail?.status.ok ? observed.trail.status.value : null,
                changes: thePlan.changes,
                adopted: false,
                failures: failuresOf(settings, status, thePlan.findings, thePlan.changes)
            };
        }
        await keepReport(settings.reportPath, reportOf(outcome, runContextOf(process.env, user_agent/* VERSION */.x, startedAt), new Date()), secrets);
        await publish(outcome, settings, secrets, {
            annotationsOf,
            outputsOf,
            renderSummary,
            commentMarker,
            publishComment,
            changeCount
        });
    }
    catch (error) {
        const cause = error instanceof apply_error/* ApplyError */.d ? error.cause : error;
        const { title, message } = explain(cause);
        // Reported in the plan's order, as the changes output would have been.
        const doneInOrder = error instanceof apply_error/* ApplyError */.d
            ? planned
                ? planned.filter((c) => error.applied.includes(c))
                : [...error.applied]
            : [];
        const done = doneInOrder.length > 0
            ? ` Done before the failure: ${(0,changes/* describeChanges */.DT)(doneInOrder, trailName)
                .map((c) => c.what)
                .join('; ')}. The next run continues from there.`
            : '';
        const text = redact(`${message}${done}`, secrets);
        core/* error */.z3(text, { title });
        if (known !== null && reportPath !== null) {
            const failed = {
                ...known,
                error: { title, message: `${message}${done}` },
                applied: doneInOrder
            };
            await keepReport(reportPath, failureReport(failed, runContextOf(process.env, user_agent/* VERSION */.x, startedAt), new Date()), secrets);
        }
        const help = cause instanceof errors/* ActionError */.lZ ? cause.help : {};
        const summary = (0,failure/* renderFailure */.z)({
            trailName,
            title,
            message,
            ...(help.fix ? { fix: help.fix } : {}),
            ...(help.facts ? { facts: help.facts } : {}),
            ...(error instanceof apply_error/* ApplyError */.d && planned ? { partWay: { planned, done: doneInOrder } } : {})
        });
        await writeSummary(redact(summary, secrets)).catch(() => undefined);
        // The titled annotation above is the message; setFailed would print it a second time. 1 is
        // core.ExitCode.Failure, which @github/local-action's stand-in of @actions/core does not export.
        process.exitCode = 1;
    }
}
/**
 * Writes the run's JSON report (account ids masked like every other line) and names it in the report-path
 * output. A report that cannot be written is a warning: the trail's state is not at stake.
 */
async function keepReport(file, report, secrets) {
    try {
        await writeReportFile(file, redact(JSON.stringify(report, null, 2), secrets));
        core/* setOutput */.uH('report-path', file);
    }
    catch (error) {
        core/* warning */.$e(`Could not write the run's report to ${file}: ${String(error)}`, { title: 'Report not written' });
    }
}
/** summarize mode: the reports of other runs, gathered into one job summary; no AWS request. */
async function summarize(settings) {
    const entries = await readReportFiles(settings.reports);
    const rollup = renderRollup(entries);
    await writeSummary(rollup.markdown);
    core/* setOutput */.uH('status', rollup.failed ? 'failed' : 'passed');
    core/* info */.pq(`Gathered ${entries.length} report(s); ${rollup.failures.length} need attention`);
    if (rollup.failed)
        fail(rollup.failures.join('; '));
}
/**
 * Fails the step. The exit code is set here too: core.setFailed sets it on a runner, but
 * @github/local-action's stand-in only records the failure, and a failed run must exit non-zero there.
 */
function fail(message) {
    core/* setFailed */.C1(message);
    process.exitCode = 1;
}
/**
 * The job summary, where the runner gives it a file. Local runners (@github/local-action, act) may not:
 * the run then goes on without one rather than failing over it.
 */
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        core/* info */.pq('No job summary: GITHUB_STEP_SUMMARY is not set (not on a GitHub runner).');
        return;
    }
    await core/* summary */.z.addRaw(markdown).write();
}
async function publish(outcome, settings, secrets, report) {
    const { annotationsOf, outputsOf, renderSummary, commentMarker, publishComment, changeCount } = report;
    for (const [name, value] of Object.entries(outputsOf(outcome)))
        core/* setOutput */.uH(name, value);
    for (const a of annotationsOf(outcome)) {
        const message = redact(a.message, secrets);
        const properties = { title: redact(a.title, secrets) };
        if (a.level === 'error')
            core/* error */.z3(message, properties);
        else if (a.level === 'warning')
            core/* warning */.$e(message, properties);
        else
            core/* notice */.lm(message, properties);
    }
    const markdown = redact(renderSummary(outcome), secrets);
    await writeSummary(markdown);
    const n = changeCount(outcome.changes, outcome.trailName);
    core/* info */.pq(`Status: ${outcome.status}; ${n} change${n === 1 ? '' : 's'}`);
    try {
        const comment = await publishComment(settings.githubToken, commentMarker(settings.trail.name, outcome.homeRegion), markdown);
        if (comment !== 'skipped')
            core/* info */.pq(`Pull-request comment ${comment}`);
    }
    catch (error) {
        core/* warning */.$e(`Could not comment on the pull request (${String(error)}): the token needs "pull-requests: write".`, {
            title: 'Pull-request comment'
        });
    }
    if (outcome.failures.length > 0)
        fail(redact(outcome.failures.join('. '), secrets));
}


/***/ })

};

//# sourceMappingURL=143.index.js.map