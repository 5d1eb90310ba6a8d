export const id = 616;
export const ids = [616];
export const modules = {

/***/ 9072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TP: () => (/* binding */ METHOD_NOT_ALLOWED),
/* harmony export */   jk: () => (/* binding */ readBucket)
/* harmony export */ });
/* unused harmony export bucketRegion */
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3711);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7694);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);



const NO_BUCKET = 'NoSuchBucket';
/** S3's answer to GetBucketPolicy/PutBucketPolicy from an identity outside the bucket owner's account (HTTP 405). */
const METHOD_NOT_ALLOWED = 'MethodNotAllowed';
/** A 405 is named MethodNotAllowed whatever the body said (a HEAD-like answer has none to name it). */
async function naming405(send) {
    try {
        return await send();
    }
    catch (error) {
        const status = error?.$metadata?.httpStatusCode;
        if (status !== 405)
            throw error;
        throw Object.assign(new Error((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)), { name: METHOD_NOT_ALLOWED });
    }
}
/** S3 reports us-east-1 as no constraint and eu-west-1 by its legacy name. */
function bucketRegion(constraint) {
    if (!constraint)
        return 'us-east-1';
    if (constraint === 'EU')
        return 'eu-west-1';
    return constraint;
}
/** The settings a bucket org-trail creates is hardened with, besides its public access block and policy. */
async function readHardening(s3, Bucket) {
    const [encryption, versioning, ownership] = await Promise.all([
        (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .L)('s3:GetEncryptionConfiguration', async () => {
            const rules = (await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .GetBucketEncryptionCommand */ .tQT({ Bucket }))).ServerSideEncryptionConfiguration
                ?.Rules;
            const rule = rules?.[0]?.ApplyServerSideEncryptionByDefault;
            return rule?.SSEAlgorithm ? { algorithm: rule.SSEAlgorithm, kmsKeyId: rule.KMSMasterKeyID ?? '' } : null;
        }, { ServerSideEncryptionConfigurationNotFoundError: null, [NO_BUCKET]: null }),
        (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .L)('s3:GetBucketVersioning', async () => (await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .GetBucketVersioningCommand */ ._rj({ Bucket }))).Status ?? null, {
            [NO_BUCKET]: null
        }),
        (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .L)('s3:GetBucketOwnershipControls', async () => (await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .GetBucketOwnershipControlsCommand */ .$rC({ Bucket }))).OwnershipControls?.Rules?.[0]
            ?.ObjectOwnership ?? null, { OwnershipControlsNotFoundError: null, [NO_BUCKET]: null })
    ]);
    return { encryption, versioning, ownership };
}
/** hardening: create-bucket is true, so the settings it hardens the bucket with are read too. */
async function readBucket(clients, name, hardening = false) {
    const s3 = clients.s3();
    const Bucket = name;
    const [region, policy, requesterPays, publicAccessBlock, policyIsPublic, accessLogging, hardened] = await Promise.all([
        (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .L)('s3:GetBucketLocation', async () => bucketRegion((await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .GetBucketLocationCommand */ .r_J({ Bucket }))).LocationConstraint), { [NO_BUCKET]: null }),
        (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .L)('s3:GetBucketPolicy', () => naming405(async () => (await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .GetBucketPolicyCommand */ .mCJ({ Bucket }))).Policy ?? null), { NoSuchBucketPolicy: null, [NO_BUCKET]: null }),
        (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .L)('s3:GetBucketRequestPayment', async () => (await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .GetBucketRequestPaymentCommand */ .Tbr({ Bucket }))).Payer === 'Requester', {
            [NO_BUCKET]: false
        }),
        (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .L)('s3:GetBucketPublicAccessBlock', async () => {
            const c = (await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .GetPublicAccessBlockCommand */ .GLk({ Bucket }))).PublicAccessBlockConfiguration;
            return {
                blockPublicAcls: c?.BlockPublicAcls === true,
                ignorePublicAcls: c?.IgnorePublicAcls === true,
                blockPublicPolicy: c?.BlockPublicPolicy === true,
                restrictPublicBuckets: c?.RestrictPublicBuckets === true
            };
        }, { NoSuchPublicAccessBlockConfiguration: null, [NO_BUCKET]: null }),
        (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .L)('s3:GetBucketPolicyStatus', async () => (await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .GetBucketPolicyStatusCommand */ .y3E({ Bucket }))).PolicyStatus?.IsPublic === true, {
            NoSuchBucketPolicy: false,
            [NO_BUCKET]: false
        }),
        (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .L)('s3:GetBucketLogging', async () => (await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .GetBucketLoggingCommand */ .Bdv({ Bucket }))).LoggingEnabled !== undefined, {
            [NO_BUCKET]: false
        }),
        hardening ? readHardening(s3, Bucket) : undefined
    ]);
    const expectedOwner = clients.expectedBucketOwner;
    return {
        name,
        ...(expectedOwner ? { expectedOwner } : {}),
        region,
        policy,
        requesterPays,
        publicAccessBlock,
        policyIsPublic,
        accessLogging,
        ...(hardened ? { hardening: hardened } : {})
    };
}


/***/ }),

/***/ 4479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ s3DataEventCoverage),
/* harmony export */   o: () => (/* binding */ managementEventCoverage)
/* harmony export */ });
/** A trail without selectors logs all management events, read and write: CloudTrail's default. */
function managementEventCoverage(selectors, advanced) {
    if (selectors.length === 0 && advanced.length === 0)
        return { any: true, readAndWrite: true };
    const basic = selectors.filter((s) => s.IncludeManagementEvents !== false);
    const isManagement = (f) => f.Field === 'eventCategory' && Array.isArray(f.Equals) && f.Equals.includes('Management');
    const advancedManagement = advanced.filter((s) => s.FieldSelectors?.some(isManagement));
    const advancedAll = advancedManagement.some((s) => !s.FieldSelectors?.some((f) => f.Field === 'readOnly'));
    const basicAll = basic.some((s) => (s.ReadWriteType ?? 'All') === 'All');
    return { any: basic.length > 0 || advancedManagement.length > 0, readAndWrite: basicAll || advancedAll };
}
const ALL_BUCKETS = new Set(['arn:aws:s3', 'arn:aws:s3:::', 'arn:aws-cn:s3', 'arn:aws-us-gov:s3']);
/**
 * Only selectors that cover every bucket count: a list of buckets, or an advanced selector narrowed by
 * ARN, event name or anything else, leaves objects of other buckets unlogged. A trail without selectors
 * logs no data events (CloudTrail's default).
 */
function s3DataEventCoverage(selectors, advanced) {
    let read = false;
    let write = false;
    for (const s of selectors) {
        const allBuckets = (s.DataResources ?? []).some((d) => d.Type === 'AWS::S3::Object' && (d.Values ?? []).some((v) => ALL_BUCKETS.has(v)));
        if (!allBuckets)
            continue;
        const type = s.ReadWriteType ?? 'All';
        if (type !== 'WriteOnly')
            read = true;
        if (type !== 'ReadOnly')
            write = true;
    }
    for (const s of advanced) {
        const fields = s.FieldSelectors ?? [];
        const equals = (field, value) => fields.some((f) => f.Field === field &&
            Array.isArray(f.Equals) &&
            f.Equals.length === 1 &&
            f.Equals[0] === value);
        if (!equals('eventCategory', 'Data') || !equals('resources.type', 'AWS::S3::Object'))
            continue;
        const other = fields.filter((f) => !['eventCategory', 'resources.type', 'readOnly'].includes(String(f.Field)));
        if (other.length > 0)
            continue;
        const readOnly = fields.find((f) => f.Field === 'readOnly');
        if (readOnly === undefined) {
            read = true;
            write = true;
        }
        else if (equals('readOnly', 'true'))
            read = true;
        else if (equals('readOnly', 'false'))
            write = true;
    }
    return { read, write };
}


/***/ }),

/***/ 8949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U$: () => (/* binding */ kmsKeyAccount),
/* harmony export */   Z8: () => (/* binding */ readKmsKey)
/* harmony export */ });
/* unused harmony export kmsKeyRegion */
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7694);

/** The region a key reference names, when it is an ARN; else the region CloudTrail resolves it in. */
function kmsKeyRegion(keyId, homeRegion) {
    return keyId.startsWith('arn:') ? (keyId.split(':')[3] ?? homeRegion) : homeRegion;
}
/** The account a key ARN carries; '' for a key id or alias (they name a key of the caller's account). */
function kmsKeyAccount(keyId) {
    return keyId.startsWith('arn:') ? (keyId.split(':')[4] ?? '') : '';
}
/**
 * The key, found by id, ARN or alias; null when it does not exist. Its policy follows from its id. A key
 * of another account than `sessionAccount` is described (its key policy may allow that across accounts)
 * and its rotation read, but its policy is not asked for: KMS serves GetKeyPolicy only in the key's account.
 */
async function readKmsKey(clients, keyId, homeRegion, sessionAccount) {
    const [kms, { DescribeKeyCommand, GetKeyPolicyCommand, GetKeyRotationStatusCommand }] = await Promise.all([
        clients.kms(kmsKeyRegion(keyId, homeRegion)),
        __webpack_require__.e(/* import() */ 632).then(__webpack_require__.t.bind(__webpack_require__, 2632, 19))
    ]);
    const described = await (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .L)('kms:DescribeKey', async () => (await kms.send(new DescribeKeyCommand({ KeyId: keyId }))).KeyMetadata ?? null, {
        NotFoundException: null
    });
    if (!described.ok || described.value === null)
        return described;
    const meta = described.value;
    const arn = meta.Arn ?? keyId;
    const owner = kmsKeyAccount(arn);
    const foreign = owner !== '' && owner !== sessionAccount;
    const [policy, rotationEnabled] = await Promise.all([
        foreign
            ? { ok: true, value: null }
            : (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .L)('kms:GetKeyPolicy', async () => (await kms.send(new GetKeyPolicyCommand({ KeyId: arn, PolicyName: 'default' }))).Policy ?? null),
        (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .L)('kms:GetKeyRotationStatus', async () => (await kms.send(new GetKeyRotationStatusCommand({ KeyId: arn }))).KeyRotationEnabled === true)
    ]);
    if (!policy.ok)
        return policy;
    return {
        ok: true,
        value: {
            arn,
            region: arn.split(':')[3] ?? homeRegion,
            keyState: meta.KeyState ?? 'Unknown',
            symmetric: (meta.KeySpec ?? 'SYMMETRIC_DEFAULT') === 'SYMMETRIC_DEFAULT' &&
                (meta.KeyUsage ?? 'ENCRYPT_DECRYPT') === 'ENCRYPT_DECRYPT',
            keyManager: meta.KeyManager ?? 'CUSTOMER',
            policy: policy.value,
            ...(foreign ? { foreignAccountId: owner } : {}),
            rotationEnabled
        }
    };
}


/***/ }),

/***/ 7694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ read)
/* harmony export */ });
/* unused harmony export valueOr */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);

/**
 * Runs one read. `absent` turns the error codes that mean "not there" into a value; any other failure
 * becomes a ReadFailure that the plan reports, so one denied read never hides the others.
 */
async function read(action, send, absent = {}) {
    try {
        return { ok: true, value: await send() };
    }
    catch (error) {
        const code = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error);
        if (Object.hasOwn(absent, code))
            return { ok: true, value: absent[code] };
        // A read made of several calls names the one that failed.
        const failedAction = error instanceof _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsCallError */ .iQ ? error.action : action;
        const message = error instanceof _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsCallError */ .iQ ? error.awsMessage : (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
        return { ok: false, failure: { action: failedAction, code, message } };
    }
}
function valueOr(result, fallback) {
    return result.ok ? result.value : fallback;
}


/***/ }),

/***/ 8616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  contextOf: () => (/* binding */ contextOf),
  plan: () => (/* binding */ plan),
  stageOf: () => (/* binding */ stageOf)
});

// EXTERNAL MODULE: ./src/aws/cloudtrail.ts
var cloudtrail = __webpack_require__(5770);
// EXTERNAL MODULE: ./src/plan/members.ts
var plan_members = __webpack_require__(8068);
// EXTERNAL MODULE: ./src/plan/posture.ts
var posture = __webpack_require__(1435);
// EXTERNAL MODULE: ./src/plan/findings.ts
var findings = __webpack_require__(7913);
;// CONCATENATED MODULE: ./src/plan/organization.ts
// The organization's part: who the caller is, the organization and its features, trusted access and
// the service-linked roles CloudTrail needs.


const P = 'prerequisite';
function checkCaller(ctx) {
    const { identity } = ctx.observed;
    const id = 'caller.management-account';
    if (ctx.callerIsManagement || !ctx.settings.trail.isOrganizationTrail) {
        return { finding: (0,findings/* finding */.gk)(id, P, 'ok', 'Caller may manage the trail', `Running as ${identity.arn}.`) };
    }
    const delegated = ctx.observed.delegatedAdministrator;
    const mgmt = ctx.managementAccountId;
    if (delegated?.ok && delegated.value) {
        return {
            finding: (0,findings/* finding */.gk)(id, P, 'ok', 'Caller is a delegated administrator for CloudTrail', `Account ${identity.accountId} is registered; the trail ARN carries the management account ${mgmt}.`)
        };
    }
    const register = (0,cloudtrail/* registerDelegatedAdministratorCommand */.DK)(identity.accountId);
    if (delegated && !delegated.ok) {
        return {
            finding: (0,findings/* finding */.gk)(id, P, 'warning', 'Caller is not the management account', `Account ${identity.accountId} is not the management account ${mgmt}, and whether it is a delegated administrator for CloudTrail could not be read (${delegated.failure.code}). CloudTrail will refuse if it is not.`, `# Use a role in the management account ${mgmt}, or register this account (run in the management account):\n${register}`)
        };
    }
    return {
        finding: (0,findings/* finding */.gk)(id, P, 'blocker', 'Caller cannot create an organization trail', `Account ${identity.accountId} is neither the management account ${mgmt} nor a delegated administrator for CloudTrail: the wrong role was assumed.`, `# Set role-to-assume to a role in the management account ${mgmt}, or register this account (run in the management account):\n${register}`)
    };
}
function checkOrganization(ctx) {
    if (!ctx.settings.trail.isOrganizationTrail)
        return [];
    const org = ctx.observed.organization;
    if (!org.ok)
        return [(0,findings/* unreadable */.O$)('organization.exists', 'Organization', org.failure)];
    if (org.value === null) {
        return [
            {
                finding: (0,findings/* finding */.gk)('organization.exists', P, 'blocker', 'Account is in no organization', `Account ${ctx.observed.identity.accountId} belongs to no AWS Organizations organization, so it cannot have an organization trail.`, '# Create the organization from this account, or set the input is-organization-trail: false.\naws organizations create-organization --feature-set ALL')
            }
        ];
    }
    const steps = [
        {
            finding: (0,findings/* finding */.gk)('organization.exists', P, 'ok', 'Organization', `Organization ${org.value.id}, management account ${org.value.managementAccountId}.`)
        }
    ];
    if (org.value.featureSet !== 'ALL') {
        steps.push({
            finding: (0,findings/* finding */.gk)('organization.all-features', P, 'blocker', 'Organization is not in ALL features mode', `Organization ${org.value.id} has only consolidated billing (${org.value.featureSet}); CloudTrail organization trails need all features. Enabling them starts a handshake that every member account must accept, so org-trail never starts it.`, '# From the management account; then every member account must accept the handshake\n# (aws organizations list-handshakes-for-account, aws organizations accept-handshake).\naws organizations enable-all-features')
        });
    }
    else {
        steps.push({
            finding: (0,findings/* finding */.gk)('organization.all-features', P, 'ok', 'All features enabled', `Organization ${org.value.id} is in ALL features mode.`)
        });
    }
    return steps;
}
/** In no organization for sure; when the organization could not be read, the other checks still run. */
function knownWithoutOrganization(ctx) {
    return ctx.observed.organization.ok && ctx.observed.organization.value === null;
}
function checkTrustedAccess(ctx) {
    if (!ctx.settings.trail.isOrganizationTrail || knownWithoutOrganization(ctx))
        return [];
    const id = 'organization.trusted-access';
    const title = `Trusted access for ${cloudtrail/* CLOUDTRAIL_PRINCIPAL */.BX}`;
    const access = ctx.observed.trustedAccess;
    if (!access.ok)
        return [(0,findings/* unreadable */.O$)(id, title, access.failure)];
    if (access.value)
        return [{ finding: (0,findings/* finding */.gk)(id, P, 'ok', title, 'CloudTrail is a trusted service of the organization.') }];
    const command = `aws organizations enable-aws-service-access --service-principal ${cloudtrail/* CLOUDTRAIL_PRINCIPAL */.BX}`;
    if (!ctx.callerIsManagement) {
        return [
            {
                finding: (0,findings/* finding */.gk)(id, P, 'blocker', title, 'CloudTrail is not a trusted service, and only the management account can enable it.', `# Run in the management account:\n${command}`)
            }
        ];
    }
    if (!ctx.settings.enableTrustedAccess) {
        return [
            {
                finding: (0,findings/* finding */.gk)(id, P, 'blocker', title, 'CloudTrail is not a trusted service and enable-trusted-access is false.', `# Or set the input enable-trusted-access: true.\n${command}`)
            }
        ];
    }
    return [
        {
            finding: (0,findings/* finding */.gk)(id, P, 'fixable', title, 'CloudTrail is not a trusted service of the organization.', command),
            changes: [{ kind: 'enable-trusted-access' }]
        }
    ];
}
function checkServiceLinkedRoles(ctx) {
    if (!ctx.settings.trail.isOrganizationTrail || knownWithoutOrganization(ctx))
        return [];
    return Object.keys(cloudtrail/* SERVICE_LINKED_ROLES */.SF).map((role) => checkServiceLinkedRole(ctx, role));
}
function checkServiceLinkedRole(ctx, role) {
    const { roleName, service } = cloudtrail/* SERVICE_LINKED_ROLES */.SF[role];
    const id = `iam.service-linked-role.${role}`;
    const title = `Service-linked role ${roleName}`;
    const command = `aws iam create-service-linked-role --aws-service-name ${service}`;
    if (!ctx.callerIsManagement) {
        return {
            finding: (0,findings/* finding */.gk)(id, P, 'warning', title, 'The management account must have it; a delegated administrator cannot check its roles.', `# In the management account, if the role is missing:\n${command}`)
        };
    }
    const exists = ctx.observed.serviceLinkedRoles[role];
    if (!exists.ok)
        return (0,findings/* unreadable */.O$)(id, title, exists.failure);
    if (exists.value)
        return { finding: (0,findings/* finding */.gk)(id, P, 'ok', title, 'Exists in the management account.') };
    return {
        finding: (0,findings/* finding */.gk)(id, P, 'fixable', title, `The management account has no ${roleName}; CloudTrail needs it to log for the organization.`, command),
        changes: [{ kind: 'create-service-linked-role', role }]
    };
}

// EXTERNAL MODULE: ./src/policy/bucket.ts
var bucket = __webpack_require__(7698);
// EXTERNAL MODULE: ./src/policy/document.ts
var policy_document = __webpack_require__(1561);
// EXTERNAL MODULE: ./src/plan/bucket-hardening.ts
var bucket_hardening = __webpack_require__(3290);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/observe/bucket.ts
var observe_bucket = __webpack_require__(9072);
// EXTERNAL MODULE: ./src/observe/kms.ts
var kms = __webpack_require__(8949);
// EXTERNAL MODULE: ./src/policy/kms.ts
var policy_kms = __webpack_require__(8871);
;// CONCATENATED MODULE: ./src/plan/cross-account.ts
// The Log Archive layout: a bucket or KMS key owned by another account than the management account.
// Who owns it decides what org-trail can check and write, and where the statements CloudTrail needs must
// be added by someone else.






const cross_account_P = 'prerequisite';
const deniedRead = (r) => !r.ok && (0,errors/* isAccessDenied */.w7)(r.failure.code);
/**
 * What S3's answers say of the bucket's owner. A 405 on GetBucketPolicy: another account's bucket. With
 * ExpectedBucketOwner, a bucket S3 served is that account's, and one whose location and policy reads were
 * both refused is some other account's (a missing permission refuses one read, not both). A bucket that
 * does not exist has no owner.
 */
function bucketOwner(bucket) {
    const { region, policy, expectedOwner } = bucket;
    if (!policy.ok && policy.failure.code === observe_bucket/* METHOD_NOT_ALLOWED */.TP)
        return { kind: 'other-account' };
    if (expectedOwner === undefined)
        return undefined;
    if (region.ok && region.value !== null)
        return { kind: 'expected', accountId: expectedOwner };
    if (deniedRead(region) && deniedRead(policy))
        return { kind: 'unexpected', expectedAccountId: expectedOwner };
    return undefined;
}
/** A policy document of `statements` alone: paste-ready for a resource that has none, else its Statement list. */
function policyDocumentOf(statements) {
    return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
}
/** The bucket's policy lives in an account org-trail has no session in: S3 answered 405 and no role is given. */
function bucketPolicyElsewhere(ctx, grant) {
    if (bucketOwner(ctx.observed.bucket)?.kind !== 'other-account')
        return null;
    return {
        resource: 'bucket',
        name: ctx.observed.bucket.name,
        accountId: null,
        statements: policyDocumentOf((0,bucket/* ownStatements */.zP)(grant))
    };
}
/**
 * The checks of a bucket owned by another account, when they replace the usual ones: a bucket org-trail
 * cannot read from here (warnings with the statements to add there), or a look-alike the Log Archive role
 * refused (a blocker). Null: the usual checks apply (a Log Archive bucket is then checked through its role).
 */
function checkBucketOwner(ctx, grant) {
    const { bucket } = ctx.observed;
    const { name } = bucket;
    const owner = bucketOwner(bucket);
    const caller = ctx.observed.identity.accountId;
    const id = 's3.bucket-owner';
    if (owner?.kind === 'unexpected') {
        return [
            {
                finding: (0,findings/* finding */.gk)(id, cross_account_P, 'blocker', `Bucket ${name} is not owned by the Log Archive account`, `S3 refused every read of bucket ${name} made with ExpectedBucketOwner ${owner.expectedAccountId}: the bucket is not owned by the Log Archive account ${owner.expectedAccountId} (log-archive-role-arn), so CloudTrail would deliver the organization's logs to another account's bucket. Nothing is written to it.`, `# Use a bucket of the Log Archive account ${owner.expectedAccountId}: set s3-bucket-name to it, or create one there (create-bucket: true with another name).`)
            }
        ];
    }
    if (owner?.kind !== 'other-account')
        return null;
    const statements = bucketPolicyElsewhere(ctx, grant)?.statements ?? '';
    const { requesterPays } = bucket;
    return [
        {
            finding: (0,findings/* finding */.gk)(id, cross_account_P, 'warning', `Bucket ${name} belongs to another account`, `S3 answered s3:GetBucketPolicy with 405 Method Not Allowed: bucket ${name} is owned by another account than ${caller}, so its policy and settings cannot be read from here. CloudTrail checks its policy itself when the trail is created or updated.`, `# To have org-trail check and merge the bucket's policy, give it a role in the owning account:\n# set log-archive-role-arn (see the README's "Log Archive account").`)
        },
        {
            finding: (0,findings/* finding */.gk)('s3.bucket-exists', cross_account_P, 'ok', `Bucket ${name}`, `Exists, owned by another account; its region cannot be read from account ${caller}.`)
        },
        {
            finding: (0,findings/* finding */.gk)('s3.requester-pays', cross_account_P, 'warning', 'Requester Pays not checked', requesterPays.ok && requesterPays.value
                ? `Requester Pays is on for bucket ${name}: CloudTrail cannot deliver to it.`
                : `Bucket ${name} belongs to another account; whether Requester Pays is off (CloudTrail cannot deliver otherwise) is for that account to check.`, `# In the account that owns the bucket (Payer must be BucketOwner):\naws s3api get-bucket-request-payment --bucket ${name}`)
        },
        {
            finding: (0,findings/* finding */.gk)('s3.bucket-policy', cross_account_P, 'warning', 'Bucket policy is in another account', `The policy of bucket ${name} cannot be read from account ${caller}. The statements below must be added in the account that owns the bucket, for ${ctx.trailArn}; without them CloudTrail refuses the trail (InsufficientS3BucketPolicyException).`, statements)
        }
    ];
}
/** The owner finding of a bucket read through the Log Archive role, before its usual checks. */
function logArchiveBucketOwned(ctx) {
    const owner = bucketOwner(ctx.observed.bucket);
    if (owner?.kind !== 'expected')
        return [];
    return [
        {
            finding: (0,findings/* finding */.gk)('s3.bucket-owner', cross_account_P, 'ok', `Bucket ${ctx.observed.bucket.name} is the Log Archive account's`, `Owned by the Log Archive account ${owner.accountId}; read and written through log-archive-role-arn, every request with ExpectedBucketOwner ${owner.accountId}.`)
        }
    ];
}
const LOG_ARCHIVE_KINDS = new Set([
    'create-bucket',
    'harden-bucket',
    'put-bucket-policy',
    'put-key-policy'
]);
/** Marks the bucket's (or key's) writes as made through the Log Archive session, when they are. */
function throughLogArchive(ctx, steps, inLogArchive) {
    if (!inLogArchive || !ctx.observed.logArchive)
        return [...steps];
    return steps.map((step) => step.changes
        ? {
            ...step,
            changes: step.changes.map((c) => (LOG_ARCHIVE_KINDS.has(c.kind) ? { ...c, logArchive: true } : c))
        }
        : step);
}
/** True when the declared key's ARN names the Log Archive account and its role is given. */
function keyInLogArchive(ctx) {
    const la = ctx.observed.logArchive;
    return la !== undefined && (0,kms/* kmsKeyAccount */.U$)(ctx.declared.kmsKeyId) === la.accountId;
}
/** What the key policy must grant CloudTrail, for this trail. */
function keyGrantFor(ctx, keyArn) {
    return {
        partition: ctx.observed.identity.partition,
        keyArn,
        trailArn: ctx.trailArn,
        accountId: ctx.managementAccountId,
        ...(ctx.organization ? { organizationId: ctx.organization.id } : {})
    };
}
/** The key's policy lives in an account org-trail has no session in. */
function keyPolicyElsewhere(ctx) {
    const key = ctx.observed.kmsKey;
    const arn = key?.ok && key.value ? key.value.arn : ctx.declared.kmsKeyId;
    const account = key?.ok && key.value ? (key.value.foreignAccountId ?? null) : foreignKeyAccount(ctx);
    if (!arn || account === null)
        return null;
    return {
        resource: 'key',
        name: arn,
        accountId: account,
        statements: policyDocumentOf((0,policy_kms/* kmsStatements */.SA)(keyGrantFor(ctx, arn)))
    };
}
/** The account a declared key ARN carries, when it is neither the caller's nor the Log Archive session's. */
function foreignKeyAccount(ctx) {
    const account = (0,kms/* kmsKeyAccount */.U$)(ctx.declared.kmsKeyId);
    if (account === '' || account === ctx.observed.identity.accountId || keyInLogArchive(ctx))
        return null;
    return account;
}
/**
 * A key of another account: DescribeKey refused (its key policy does not allow the caller) is a warning,
 * not a blocker, since CloudTrail, not the caller, must be allowed to use it. Null: the usual check applies.
 */
function checkForeignKeyRead(ctx) {
    const key = ctx.observed.kmsKey;
    const account = foreignKeyAccount(ctx);
    if (!key || key.ok || account === null)
        return null;
    const elsewhere = keyPolicyElsewhere(ctx);
    return [
        {
            finding: (0,findings/* finding */.gk)('kms.key', cross_account_P, 'warning', `KMS key ${ctx.declared.kmsKeyId} could not be described`, `The key is owned by account ${account}, and ${key.failure.action} was refused (${key.failure.code}): its key policy does not let this account describe it, so whether it is enabled, symmetric and in the bucket's region is unknown. CloudTrail checks the key itself when the trail is created or updated.`, `# To let org-trail check it, allow kms:DescribeKey to this account in the key policy (in account ${account}).`)
        },
        ...(elsewhere ? [keyPolicyElsewhereStep(ctx, elsewhere)] : [])
    ];
}
/** The key policy org-trail cannot read: the statements to add in the key's own account. */
function keyPolicyElsewhereStep(ctx, elsewhere) {
    return {
        finding: (0,findings/* finding */.gk)('kms.key-policy', cross_account_P, 'warning', 'Key policy is in another account', `KMS does not serve GetKeyPolicy across accounts, so the policy of ${elsewhere.name} cannot be checked from here. The statements below must be added in account ${elsewhere.accountId ?? 'that owns the key'} for ${ctx.trailArn}; without them CloudTrail refuses the trail (InsufficientEncryptionPolicyException).`, elsewhere.statements)
    };
}

;// CONCATENATED MODULE: ./src/plan/bucket.ts
// The log bucket: that it exists, that Requester Pays is off, and that its policy lets CloudTrail write.






const bucket_P = 'prerequisite';
/** Where CloudTrail writes, for this trail. */
function grantFor(ctx) {
    return {
        partition: ctx.observed.identity.partition,
        bucket: ctx.settings.trail.s3BucketName,
        prefix: ctx.declared.s3KeyPrefix,
        trailArn: ctx.trailArn,
        accountId: ctx.managementAccountId,
        ...(ctx.settings.trail.isOrganizationTrail && ctx.organization ? { organizationId: ctx.organization.id } : {}),
        ...(ctx.declared.kmsKeyId ? { kmsKeyArn: ctx.declared.kmsKeyId } : {})
    };
}
/** Through the Log Archive role when it is given: then the bucket is that account's, and so are its writes. */
function checkBucket(ctx) {
    const elsewhere = checkBucketOwner(ctx, grantFor(ctx));
    if (elsewhere)
        return elsewhere;
    return [...logArchiveBucketOwned(ctx), ...throughLogArchive(ctx, checkOwnBucket(ctx), true)];
}
function checkOwnBucket(ctx) {
    const bucket = ctx.observed.bucket;
    const name = bucket.name;
    if (!bucket.region.ok) {
        // Whether it exists is unknown; its other reads may still say what else is missing.
        return [
            (0,findings/* unreadable */.O$)('s3.bucket-exists', `Bucket ${name}`, bucket.region.failure),
            checkRequesterPays(ctx),
            ...checkBucketPolicy(ctx)
        ];
    }
    if (bucket.region.value === null && ctx.settings.createBucket)
        return (0,bucket_hardening/* planBucketCreation */.TF)(ctx, grantFor(ctx));
    if (bucket.region.value === null) {
        return [
            {
                finding: (0,findings/* finding */.gk)('s3.bucket-exists', bucket_P, 'blocker', `Bucket ${name} does not exist`, 'CloudTrail needs an existing bucket to deliver log files to.', `# Or set the input create-bucket: true to have org-trail create it, hardened.\naws s3api create-bucket --bucket ${name} --region ${ctx.homeRegion}${ctx.homeRegion === 'us-east-1' ? '' : ` --create-bucket-configuration LocationConstraint=${ctx.homeRegion}`}`)
            }
        ];
    }
    const steps = [
        { finding: (0,findings/* finding */.gk)('s3.bucket-exists', bucket_P, 'ok', `Bucket ${name}`, `Exists in ${bucket.region.value}.`) }
    ];
    steps.push(checkRequesterPays(ctx));
    const [policyStep, ...unevaluated] = checkBucketPolicy(ctx);
    if (policyStep)
        steps.push(...(0,bucket_hardening/* withTlsOnly */.M3)(ctx, policyStep, grantFor(ctx)));
    steps.push(...unevaluated, ...(0,bucket_hardening/* checkBucketHardening */.Bq)(ctx));
    return steps;
}
function checkRequesterPays(ctx) {
    const { requesterPays, name } = ctx.observed.bucket;
    const id = 's3.requester-pays';
    const title = 'Requester Pays is off';
    if (!requesterPays.ok)
        return (0,findings/* unreadable */.O$)(id, title, requesterPays.failure, 'warning');
    if (!requesterPays.value)
        return { finding: (0,findings/* finding */.gk)(id, bucket_P, 'ok', title, 'CloudTrail can deliver without paying for requests.') };
    return {
        finding: (0,findings/* finding */.gk)(id, bucket_P, 'blocker', 'Requester Pays is on', `CloudTrail cannot deliver to bucket ${name} while Requester Pays is enabled.`, `aws s3api put-bucket-request-payment --bucket ${name} --request-payment-configuration Payer=BucketOwner`)
    };
}
function checkBucketPolicy(ctx) {
    const { policy, name } = ctx.observed.bucket;
    const id = 's3.bucket-policy';
    const title = 'Bucket policy lets CloudTrail write';
    if (!policy.ok)
        return [(0,findings/* unreadable */.O$)(id, title, policy.failure)];
    if (ctx.settings.trail.isOrganizationTrail && ctx.organization === null) {
        return [
            {
                finding: (0,findings/* finding */.gk)(id, bucket_P, 'warning', title, 'Not checked: the organization id, part of the log path, is unknown.')
            }
        ];
    }
    const grant = grantFor(ctx);
    let current;
    try {
        current = (0,bucket/* parsePolicy */.ON)(policy.value);
    }
    catch (error) {
        if (!(error instanceof policy_document/* PolicyParseError */.y2))
            throw error;
        return [
            {
                finding: (0,findings/* finding */.gk)(id, bucket_P, 'blocker', title, `The policy of bucket ${name}: ${error.message}.`, 'Fix the policy by hand; org-trail never overwrites a policy it cannot read.')
            }
        ];
    }
    const denies = (0,bucket/* bucketPolicyDenies */.xR)(current, grant);
    return [
        decideBucketPolicy(ctx, current, grant, denies.denying),
        ...(0,findings/* unevaluatedDenies */.FI)('s3.bucket-policy.unevaluated', `the policy of bucket ${name}`, denies.unknown)
    ];
}
function decideBucketPolicy(ctx, current, grant, denying) {
    const { policy, name } = ctx.observed.bucket;
    const id = 's3.bucket-policy';
    const title = 'Bucket policy lets CloudTrail write';
    const missing = (0,bucket/* missingPermissions */.HR)(current, grant);
    if (missing.length === 0)
        return {
            finding: (0,findings/* finding */.gk)(id, bucket_P, 'ok', title, `Grants ${cloudtrail/* CLOUDTRAIL_PRINCIPAL */.BX} everything it needs for ${ctx.trailArn}.`)
        };
    if (denying.length > 0) {
        return {
            finding: (0,findings/* finding */.gk)(id, bucket_P, 'blocker', 'Bucket policy denies CloudTrail', `An explicit Deny in the policy of bucket ${name} applies to CloudTrail's delivery, and no Allow overrides a Deny; org-trail never edits someone else's Deny. Narrow these statements so that they exclude cloudtrail.amazonaws.com:`, JSON.stringify(denying, null, 2))
        };
    }
    const what = missing.map((m) => `${m.action} on ${m.resource}`).join('; ');
    // Named for what is wrong, not for the check: it heads the blocker list and the step's failure.
    const missingTitle = 'Bucket policy does not let CloudTrail write';
    const statements = JSON.stringify((0,bucket/* ownStatements */.zP)(grant), null, 2);
    if (!ctx.settings.manageBucketPolicy) {
        return {
            finding: (0,findings/* finding */.gk)(id, bucket_P, 'blocker', missingTitle, `The policy of bucket ${name} does not allow ${what}, and manage-bucket-policy is false. Add the statements below to its Statement list.`, statements)
        };
    }
    const merged = (0,bucket/* mergePolicy */.VA)(current, grant);
    const bytes = (0,policy_document/* policyBytes */.we)(merged.policy);
    if (bytes > cloudtrail/* MAX_BUCKET_POLICY_BYTES */.lJ) {
        return {
            finding: (0,findings/* finding */.gk)(id, bucket_P, 'blocker', 'Bucket policy would exceed 20 KB', `Adding CloudTrail's statements would make the policy of bucket ${name} ${bytes} bytes; S3 allows ${cloudtrail/* MAX_BUCKET_POLICY_BYTES */.lJ}. Nothing was written.`, `Shorten the policy (merge statements, use wildcards in aws:SourceArn), then add:\n${statements}`)
        };
    }
    return {
        finding: (0,findings/* finding */.gk)(id, bucket_P, 'fixable', missingTitle, `The policy of bucket ${name} does not allow ${what}; apply merges the statements below (${merged.changedSids.join(', ')}) and keeps every other statement.`, statements),
        changes: [
            {
                kind: 'put-bucket-policy',
                bucket: name,
                before: policy.ok ? policy.value : null,
                after: (0,policy_document/* policyText */.MJ)(merged.policy),
                sids: merged.changedSids,
                grant
            }
        ]
    };
}

;// CONCATENATED MODULE: ./src/plan/kms.ts
// The trail's KMS key: usable for CloudTrail, and a key policy that lets CloudTrail encrypt.




const kms_P = 'prerequisite';
const json = (value) => JSON.stringify(value, null, 2);
/** A key of the Log Archive account is read and written through its role; one of another account, not at all. */
function checkKmsKey(ctx) {
    return throughLogArchive(ctx, checkKey(ctx), keyInLogArchive(ctx));
}
function checkKey(ctx) {
    const declared = ctx.settings.trail.kmsKeyId;
    const key = ctx.observed.kmsKey;
    if (!declared || !key)
        return [];
    const id = 'kms.key';
    const unreadableElsewhere = checkForeignKeyRead(ctx);
    if (unreadableElsewhere)
        return unreadableElsewhere;
    if (!key.ok)
        return [(0,findings/* unreadable */.O$)(id, `KMS key ${declared}`, key.failure)];
    if (key.value === null) {
        return [
            {
                finding: (0,findings/* finding */.gk)(id, kms_P, 'blocker', `KMS key ${declared} not found`, `No key ${declared} in ${ctx.homeRegion} is visible to the caller.`, `aws kms describe-key --key-id ${declared} --region ${ctx.homeRegion}`)
            }
        ];
    }
    const k = key.value;
    const steps = [];
    // A bucket org-trail is about to create will be in the home region.
    const observedRegion = ctx.observed.bucket.region.ok ? ctx.observed.bucket.region.value : null;
    const bucketRegion = observedRegion ?? (ctx.settings.createBucket && ctx.observed.bucket.region.ok ? ctx.homeRegion : null);
    const awsManaged = k.keyManager === 'AWS';
    const problems = [
        // AWS manages such a key for one service (alias/aws/s3…): its policy cannot let CloudTrail use it.
        awsManaged ? 'it is an AWS managed key, and CloudTrail encrypts only with a customer managed key' : '',
        k.keyState !== 'Enabled' ? `it is ${k.keyState}, not Enabled` : '',
        !k.symmetric ? 'it is not a symmetric encryption key' : '',
        bucketRegion && bucketRegion !== k.region ? `it is in ${k.region} but the bucket is in ${bucketRegion}` : ''
    ].filter((p) => p !== '');
    steps.push({
        finding: problems.length === 0
            ? (0,findings/* finding */.gk)(id, kms_P, 'ok', 'KMS key usable', `${k.arn}: customer managed, enabled, symmetric, in the bucket's region.`)
            : (0,findings/* finding */.gk)(id, kms_P, 'blocker', 'KMS key cannot encrypt the logs', `${k.arn}: ${problems.join('; ')}.`, k.keyState === 'Disabled' && !awsManaged
                ? `aws kms enable-key --key-id ${k.arn} --region ${k.region}`
                : `# Use a symmetric, enabled customer managed key in the bucket's region, e.g. a new one:\naws kms create-key --description 'CloudTrail logs' --region ${bucketRegion ?? ctx.homeRegion}`)
    });
    // An AWS managed key's policy is AWS's: there is nothing to check or merge.
    const elsewhere = k.foreignAccountId ? keyPolicyElsewhere(ctx) : null;
    if (elsewhere && !awsManaged)
        steps.push(keyPolicyElsewhereStep(ctx, elsewhere));
    else if (!awsManaged)
        steps.push(...checkKeyPolicy(ctx, k.arn, k.region, k.policy));
    return steps;
}
function checkKeyPolicy(ctx, keyArn, region, text) {
    const id = 'kms.key-policy';
    const title = 'Key policy lets CloudTrail encrypt';
    const grant = keyGrantFor(ctx, keyArn);
    let policy;
    try {
        policy = (0,policy_kms/* parseKeyPolicy */.LB)(text);
    }
    catch (error) {
        if (!(error instanceof policy_document/* PolicyParseError */.y2))
            throw error;
        return [
            {
                finding: (0,findings/* finding */.gk)(id, kms_P, 'blocker', title, `The policy of ${keyArn}: ${error.message}.`, '# Fix the key policy by hand; org-trail never overwrites a policy it cannot read.')
            }
        ];
    }
    const denies = (0,policy_kms/* keyPolicyDenies */.sf)(policy, grant);
    return [
        decideKeyPolicy(ctx, { keyArn, region, text, policy, grant, denying: denies.denying }),
        ...(0,findings/* unevaluatedDenies */.FI)('kms.key-policy.unevaluated', `the policy of ${keyArn}`, denies.unknown)
    ];
}
function decideKeyPolicy(ctx, { keyArn, region, text, policy, grant, denying }) {
    const id = 'kms.key-policy';
    const title = 'Key policy lets CloudTrail encrypt';
    const missing = (0,policy_kms/* missingKmsActions */.ZP)(policy, grant);
    if (missing.length === 0)
        return {
            finding: (0,findings/* finding */.gk)(id, kms_P, 'ok', title, `Allows cloudtrail.amazonaws.com kms:GenerateDataKey* for ${ctx.trailArn} and kms:DescribeKey.`)
        };
    if (denying.length > 0) {
        return {
            finding: (0,findings/* finding */.gk)(id, kms_P, 'blocker', 'Key policy denies CloudTrail', `An explicit Deny in the policy of ${keyArn} applies to CloudTrail, and no Allow overrides a Deny. Narrow these statements:`, json(denying))
        };
    }
    const statements = json((0,policy_kms/* kmsStatements */.SA)(grant));
    if (!ctx.settings.manageKmsKeyPolicy) {
        return {
            finding: (0,findings/* finding */.gk)(id, kms_P, 'blocker', title, `The policy of ${keyArn} does not allow ${missing.join(', ')}; add the statements below (or set manage-kms-key-policy: true).`, statements)
        };
    }
    const merged = (0,policy_kms/* mergeKeyPolicy */.g$)(policy, grant);
    const bytes = (0,policy_document/* policyBytes */.we)(merged.policy);
    if (bytes > policy_kms/* MAX_KEY_POLICY_BYTES */.uU) {
        return {
            finding: (0,findings/* finding */.gk)(id, kms_P, 'blocker', 'Key policy would exceed 32 KB', `Adding CloudTrail's statements would make the policy of ${keyArn} ${bytes} bytes.`, statements)
        };
    }
    return {
        finding: (0,findings/* finding */.gk)(id, kms_P, 'fixable', title, `The policy of ${keyArn} does not allow ${missing.join(', ')}; apply merges the statements below and keeps every other statement.`, statements),
        changes: [
            {
                kind: 'put-key-policy',
                keyArn,
                region,
                before: text,
                after: (0,policy_document/* policyText */.MJ)(merged.policy),
                sids: merged.changedSids,
                grant
            }
        ]
    };
}

// EXTERNAL MODULE: ./src/policy/cloudtrail-request.ts
var cloudtrail_request = __webpack_require__(8735);
// EXTERNAL MODULE: ./src/policy/evaluate.ts
var evaluate = __webpack_require__(2863);
;// CONCATENATED MODULE: ./src/policy/cloudwatch-role.ts
// The CloudWatch Logs role CloudTrail assumes: its trust and the log streams it must be allowed to write.




/** The log streams CloudTrail writes: the management account's, and for an organization trail the members'. */
function logStreamPatterns(g) {
    const group = g.logGroupArn.replace(/:\*$/, '');
    const streams = [`${group}:log-stream:${g.accountId}_CloudTrail_${g.region}*`];
    if (g.organizationId)
        streams.push(`${group}:log-stream:${g.organizationId}_*`);
    return streams;
}
function cloudWatchRoleGaps(trustPolicy, policies, g) {
    const trust = (0,policy_document/* parsePolicyDocument */.X)(trustPolicy, 'trust policy');
    const trusts = (0,evaluate/* allows */.NB)(trust, (0,cloudtrail_request/* cloudTrailRequest */.N1)({ trailArn: g.trailArn, accountId: g.accountId }, 'sts:AssumeRole', undefined));
    const documents = policies.map((p) => (0,policy_document/* parsePolicyDocument */.X)(p, 'role policy'));
    const missing = [];
    for (const resource of logStreamPatterns(g)) {
        for (const action of ['logs:CreateLogStream', 'logs:PutLogEvents']) {
            if (!documents.some((d) => (0,evaluate/* allows */.NB)(d, { action, resource, context: {} })))
                missing.push(`${action} on ${resource}`);
        }
    }
    return { trusts, missing };
}
/** The role policy AWS's guide asks for, for this group and organization. */
function cloudWatchRoleStatements(g) {
    const resources = logStreamPatterns(g);
    return [
        { Sid: 'AWSCloudTrailCreateLogStream', Effect: 'Allow', Action: ['logs:CreateLogStream'], Resource: resources },
        { Sid: 'AWSCloudTrailPutLogEvents', Effect: 'Allow', Action: ['logs:PutLogEvents'], Resource: resources }
    ];
}
const CLOUDWATCH_TRUST_STATEMENT = {
    Effect: 'Allow',
    Principal: { Service: cloudtrail/* CLOUDTRAIL_PRINCIPAL */.BX },
    Action: 'sts:AssumeRole'
};

;// CONCATENATED MODULE: ./src/plan/cloudwatch.ts
// The CloudWatch Logs group and the role CloudTrail delivers to it with.



const cloudwatch_P = 'prerequisite';
const cloudwatch_json = (value) => JSON.stringify(value, null, 2);
function checkCloudWatchLogs(ctx) {
    const { cloudWatchLogsLogGroupArn: groupArn, cloudWatchLogsRoleArn: roleArn } = ctx.settings.trail;
    const group = ctx.observed.logGroup;
    const role = ctx.observed.cloudWatchRole;
    if (!groupArn || !roleArn || !group || !role)
        return [];
    const elsewhere = otherAccountThanTrail(ctx, groupArn, roleArn);
    if (elsewhere)
        return [elsewhere];
    const steps = [];
    const groupName = groupArn.split(':').slice(6).join(':').replace(/:\*$/, '');
    const groupRegion = groupArn.split(':')[3] ?? ctx.homeRegion;
    if (!group.ok)
        steps.push((0,findings/* unreadable */.O$)('logs.log-group', `Log group ${groupName}`, group.failure));
    else if (!group.value)
        steps.push({
            finding: (0,findings/* finding */.gk)('logs.log-group', cloudwatch_P, 'blocker', `Log group ${groupName} does not exist`, 'CloudTrail delivers to an existing log group.', `aws logs create-log-group --log-group-name ${groupName} --region ${groupRegion}`)
        });
    else
        steps.push({ finding: (0,findings/* finding */.gk)('logs.log-group', cloudwatch_P, 'ok', `Log group ${groupName}`, 'Exists.') });
    const id = 'logs.role';
    if (!role.ok)
        return [...steps, (0,findings/* unreadable */.O$)(id, `Role ${roleArn}`, role.failure)];
    if (role.value === null) {
        return [
            ...steps,
            {
                finding: (0,findings/* finding */.gk)(id, cloudwatch_P, 'blocker', 'CloudWatch Logs role does not exist', `${roleArn} was not found.`, `# Create the role with this trust policy, then attach the permission statements of the logs.role finding.\n${cloudwatch_json({ Version: '2012-10-17', Statement: [CLOUDWATCH_TRUST_STATEMENT] })}`)
            }
        ];
    }
    const grant = {
        logGroupArn: groupArn,
        region: ctx.homeRegion,
        accountId: ctx.managementAccountId,
        trailArn: ctx.trailArn,
        ...(ctx.settings.trail.isOrganizationTrail && ctx.organization ? { organizationId: ctx.organization.id } : {})
    };
    let gaps;
    try {
        gaps = cloudWatchRoleGaps(role.value.trustPolicy, role.value.policies, grant);
    }
    catch (error) {
        if (!(error instanceof policy_document/* PolicyParseError */.y2))
            throw error;
        return [
            ...steps,
            { finding: (0,findings/* finding */.gk)(id, cloudwatch_P, 'blocker', 'CloudWatch Logs role unreadable', `${roleArn}: ${error.message}.`) }
        ];
    }
    if (!gaps.trusts) {
        steps.push({
            finding: (0,findings/* finding */.gk)('logs.role-trust', cloudwatch_P, 'blocker', 'Role does not trust CloudTrail', `The trust policy of ${roleArn} does not let cloudtrail.amazonaws.com assume it. Add this statement:`, cloudwatch_json(CLOUDWATCH_TRUST_STATEMENT))
        });
    }
    else {
        steps.push({
            finding: (0,findings/* finding */.gk)('logs.role-trust', cloudwatch_P, 'ok', 'Role trusts CloudTrail', `${roleArn} can be assumed by cloudtrail.amazonaws.com.`)
        });
    }
    steps.push({
        finding: gaps.missing.length === 0
            ? (0,findings/* finding */.gk)(id, cloudwatch_P, 'ok', 'Role may write the log streams', 'Covers the management account and the organization log streams.')
            : (0,findings/* finding */.gk)(id, cloudwatch_P, 'blocker', 'Role may not write every log stream', `${roleArn} lacks ${gaps.missing.join('; ')}. Add these statements to its permission policy:`, cloudwatch_json({ Version: '2012-10-17', Statement: cloudWatchRoleStatements(grant) }))
    });
    return steps;
}
/**
 * CloudTrail cannot use a log group or role owned by another account than the trail's (the management
 * account, which owns an organization trail even when a delegated administrator manages it). Caught as an
 * input error when role-to-assume names the account; else here.
 */
function otherAccountThanTrail(ctx, groupArn, roleArn) {
    const account = ctx.managementAccountId;
    const foreign = [groupArn, roleArn].filter((arn) => (arn.split(':')[4] ?? '') !== account);
    if (foreign.length === 0)
        return null;
    return {
        finding: (0,findings/* finding */.gk)('logs.account', cloudwatch_P, 'blocker', 'CloudWatch Logs group or role of another account', `${foreign.join(' and ')} must belong to account ${account}, which owns the trail: CloudTrail cannot use a log group or role owned by a different account.`, `# Create the log group and its role in account ${account}, then set cloud-watch-logs-log-group-arn and cloud-watch-logs-role-arn to them.`)
    };
}

;// CONCATENATED MODULE: ./src/policy/sns.ts
// The SNS topic policy that lets CloudTrail publish a notification for each log file.




function snsTopicAllowsCloudTrail(policy, topicArn, trailArn, accountId) {
    return (0,evaluate/* allows */.NB)((0,policy_document/* parsePolicyDocument */.X)(policy, 'topic policy'), (0,cloudtrail_request/* cloudTrailRequest */.N1)({ trailArn, accountId }, 'SNS:Publish', topicArn));
}
function snsStatement(topicArn, trailArn) {
    return {
        Sid: 'AWSCloudTrailSNSPolicy',
        Effect: 'Allow',
        Principal: { Service: cloudtrail/* CLOUDTRAIL_PRINCIPAL */.BX },
        Action: 'SNS:Publish',
        Resource: topicArn,
        Condition: { StringEquals: { 'aws:SourceArn': trailArn } }
    };
}

;// CONCATENATED MODULE: ./src/plan/sns.ts
// The SNS topic CloudTrail notifies, and its policy.



const sns_P = 'prerequisite';
const sns_json = (value) => JSON.stringify(value, null, 2);
function checkSnsTopic(ctx) {
    const topic = ctx.observed.snsTopic;
    if (!ctx.settings.trail.snsTopicName || !topic)
        return [];
    const id = 'sns.topic';
    if (!topic.ok)
        return [(0,findings/* unreadable */.O$)(id, `SNS topic ${ctx.settings.trail.snsTopicName}`, topic.failure)];
    if (topic.value === null) {
        return [
            {
                finding: (0,findings/* finding */.gk)(id, sns_P, 'blocker', `SNS topic ${ctx.settings.trail.snsTopicName} does not exist`, 'CloudTrail publishes to an existing topic.', `aws sns create-topic --name ${ctx.settings.trail.snsTopicName.split(':').pop() ?? ''} --region ${ctx.homeRegion}`)
            }
        ];
    }
    const { arn, policy } = topic.value;
    let allowed;
    try {
        allowed = snsTopicAllowsCloudTrail(policy, arn, ctx.trailArn, ctx.managementAccountId);
    }
    catch (error) {
        if (!(error instanceof policy_document/* PolicyParseError */.y2))
            throw error;
        allowed = false;
    }
    return [
        {
            finding: allowed
                ? (0,findings/* finding */.gk)(id, sns_P, 'ok', 'Topic lets CloudTrail publish', `${arn}.`)
                : (0,findings/* finding */.gk)(id, sns_P, 'blocker', 'Topic policy does not let CloudTrail publish', `Add this statement to the policy of ${arn}:`, sns_json(snsStatement(arn, ctx.trailArn)))
        }
    ];
}

// EXTERNAL MODULE: ./src/plan/trail.ts
var trail = __webpack_require__(8943);
// EXTERNAL MODULE: ./src/observe/event-coverage.ts
var event_coverage = __webpack_require__(4479);
// EXTERNAL MODULE: ./src/settings/selectors.ts
var selectors = __webpack_require__(1043);
;// CONCATENATED MODULE: ./src/plan/selectors.ts
// Event and insight selectors: declared vs observed, compared the way AWS reads them, so that an unchanged
// declaration never causes a write; and the checks that converge them.



const selectors_P = 'prerequisite';
/** What a trail logs when nobody set selectors: all management events, read and write. */
const DEFAULT_EVENT_SELECTORS = [
    { ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] }
];
/** The observed selectors in canonical form; none at all means CloudTrail's default. */
function observedCanonical(observed, kind) {
    if (observed === null || (observed.event.length === 0 && observed.advanced.length === 0)) {
        return kind === 'event' ? (0,selectors/* canonicalEventSelectors */.Jx)(DEFAULT_EVENT_SELECTORS) : [];
    }
    return kind === 'event'
        ? (0,selectors/* canonicalEventSelectors */.Jx)(observed.event)
        : (0,selectors/* canonicalAdvancedSelectors */.Jf)(observed.advanced);
}
/** True when the declared selectors differ from what the trail has (or, for a new trail, from the default). */
function selectorsDiffer(declared, observed) {
    const want = declared.kind === 'event'
        ? (0,selectors/* canonicalEventSelectors */.Jx)(declared.selectors)
        : (0,selectors/* canonicalAdvancedSelectors */.Jf)(declared.selectors);
    return !(0,selectors/* sameSet */.XV)(want, observedCanonical(observed, declared.kind));
}
function insightsDiffer(declared, observed) {
    return !(0,selectors/* sameSet */.XV)((0,selectors/* canonicalInsightSelectors */.x$)(declared), (0,selectors/* canonicalInsightSelectors */.x$)(observed ?? []));
}
function declaredSelectors(ctx) {
    if (ctx.settings.eventSelectors)
        return { kind: 'event', selectors: ctx.settings.eventSelectors };
    if (ctx.settings.advancedEventSelectors)
        return { kind: 'advanced', selectors: ctx.settings.advancedEventSelectors };
    return null;
}
/** What the declared selectors log of management events; null when selectors are not declared. */
function declaredEventCoverage(ctx) {
    const declared = declaredSelectors(ctx);
    if (!declared)
        return null;
    return declared.kind === 'event'
        ? (0,event_coverage/* managementEventCoverage */.o)(declared.selectors, [])
        : (0,event_coverage/* managementEventCoverage */.o)([], declared.selectors);
}
/** Why the declared selectors log less than the trail does now, or null. */
function selectorWeakening(declared, observed) {
    if (observed.any && !declared.any)
        return 'management events would stop being logged';
    if (observed.readAndWrite && !declared.readAndWrite)
        return 'read or write management events would stop being logged';
    return null;
}
function checkSelectors(ctx) {
    const declared = declaredSelectors(ctx);
    if (!declared)
        return [];
    const id = 'cloudtrail.event-selectors';
    const trail = ctx.observed.trail;
    const observed = trail?.selectors;
    if (observed && !observed.ok)
        return [(0,findings/* unreadable */.O$)(id, 'Event selectors', observed.failure)];
    if (!selectorsDiffer(declared, observed?.ok ? observed.value : null)) {
        return [
            {
                finding: (0,findings/* finding */.gk)(id, selectors_P, 'ok', 'Event selectors', `The ${declared.kind === 'event' ? 'event' : 'advanced event'} selectors match the declaration.`)
            }
        ];
    }
    const change = {
        kind: 'put-event-selectors',
        arn: ctx.trailArn,
        region: ctx.homeRegion,
        ...(declared.kind === 'event'
            ? { eventSelectors: declared.selectors }
            : { advancedEventSelectors: declared.selectors }),
        ...(observed?.ok ? { before: observed.value } : {})
    };
    const coverage = declaredEventCoverage(ctx);
    const current = trail?.managementEvents.ok ? trail.managementEvents.value : null;
    const why = coverage && current ? selectorWeakening(coverage, current) : null;
    if (why !== null && !ctx.settings.allowDestructiveChanges) {
        return [
            {
                finding: (0,findings/* finding */.gk)('trail.destructive.EventSelectors', selectors_P, 'blocker', 'Refusing to narrow the event selectors', `The declared selectors log less than the trail does now: ${why}.`, 'Declare selectors that log all management events (ReadWriteType All), or set allow-destructive-changes: true if this is intended.')
            }
        ];
    }
    return [
        {
            finding: (0,findings/* finding */.gk)(id, selectors_P, why === null ? 'fixable' : 'warning', why === null ? 'Event selectors differ' : 'Event selectors will be narrowed', why === null
                ? `The trail's selectors differ from the declared ${declared.kind === 'event' ? 'event' : 'advanced event'} selectors.`
                : `Allowed by allow-destructive-changes: ${why}.`),
            changes: [change]
        }
    ];
}
function checkInsights(ctx) {
    const declared = ctx.settings.insightSelectors;
    if (declared === null)
        return [];
    const id = 'cloudtrail.insight-selectors';
    const observed = ctx.observed.trail?.insights;
    if (observed && !observed.ok)
        return [(0,findings/* unreadable */.O$)(id, 'Insight selectors', observed.failure)];
    if (!insightsDiffer(declared, observed?.ok ? observed.value : null)) {
        return [{ finding: (0,findings/* finding */.gk)(id, selectors_P, 'ok', 'Insight selectors', 'Match the declaration.') }];
    }
    return [
        {
            finding: (0,findings/* finding */.gk)(id, selectors_P, 'fixable', 'Insight selectors differ', declared.length === 0
                ? 'Insights are on but declared off.'
                : `Declared: ${declared.map((s) => s.InsightType).join(', ')}.`),
            changes: [
                {
                    kind: 'put-insight-selectors',
                    arn: ctx.trailArn,
                    region: ctx.homeRegion,
                    insightSelectors: declared,
                    ...(observed?.ok ? { before: observed.value } : {})
                }
            ]
        }
    ];
}

;// CONCATENATED MODULE: ./src/plan/tags.ts

const tags_P = 'prerequisite';
/** The declared tags whose value differs or that are missing; tags nobody declared are never touched. */
function tagsToSet(declared, observed) {
    const current = observed ?? {};
    return Object.fromEntries(Object.entries(declared).filter(([key, value]) => current[key] !== value));
}
/**
 * Declared tags are converged like any setting. Provenance tags (which repository and workflow manage the
 * trail) ride along with another change only: several workflows managing one trail must not keep
 * rewriting them, nor make a merge gate report drift.
 */
function checkTags(ctx, otherChanges) {
    const { tags, provenanceTags } = ctx.settings;
    if (Object.keys(tags).length === 0 && Object.keys(provenanceTags).length === 0)
        return [];
    const id = 'cloudtrail.tags';
    const observed = ctx.observed.trail?.tags;
    if (observed && !observed.ok)
        return [(0,findings/* unreadable */.O$)(id, 'Tags', observed.failure)];
    const current = observed?.ok ? observed.value : null;
    const declared = tagsToSet(tags, current);
    const provenance = otherChanges.length > 0 || Object.keys(declared).length > 0 ? tagsToSet(provenanceTags, current) : {};
    const set = { ...declared, ...provenance };
    if (Object.keys(declared).length === 0) {
        const step = {
            finding: (0,findings/* finding */.gk)(id, tags_P, 'ok', 'Tags', Object.keys(tags).length > 0 ? 'Every declared tag is set.' : 'No tags declared.')
        };
        return Object.keys(set).length > 0 ? [{ ...step, changes: [addTags(ctx, set, current)] }] : [step];
    }
    return [
        {
            finding: (0,findings/* finding */.gk)(id, tags_P, 'fixable', 'Tags differ', `To set: ${Object.keys(declared).join(', ')}. Tags that are not declared are kept.`),
            changes: [addTags(ctx, set, current)]
        }
    ];
}
function addTags(ctx, tags, current) {
    return {
        kind: 'add-tags',
        arn: ctx.trailArn,
        region: ctx.homeRegion,
        tags,
        before: Object.fromEntries(Object.keys(tags).map((k) => [k, current?.[k] ?? null]))
    };
}

;// CONCATENATED MODULE: ./src/plan/index.ts












/** Writes in dependency order: prerequisites, then the trail, then what needs the trail. */
const ORDER = {
    'create-bucket': 0,
    'harden-bucket': 1,
    'enable-trusted-access': 1,
    'create-service-linked-role': 1,
    'put-bucket-policy': 1,
    'put-key-policy': 1,
    'create-trail': 2,
    'update-trail': 2,
    'put-event-selectors': 3,
    'put-insight-selectors': 3,
    'add-tags': 3,
    'start-logging': 3
};
function stageOf(change) {
    return ORDER[change.kind];
}
function contextOf(settings, observed) {
    const organization = observed.organization.ok ? observed.organization.value : null;
    // An organization trail carries the management account id; an account trail, its owner's (the caller).
    const managementAccountId = settings.trail.isOrganizationTrail
        ? organization?.managementAccountId || observed.identity.accountId
        : observed.identity.accountId;
    const existing = observed.trail?.config;
    const key = observed.kmsKey?.ok ? observed.kmsKey.value : null;
    const topic = observed.snsTopic?.ok ? observed.snsTopic.value : null;
    const declared = {
        ...settings.trail,
        // An empty s3-key-prefix keeps the prefix the trail has, and the log paths the bucket policy grants.
        s3KeyPrefix: settings.trail.s3KeyPrefix || (existing?.s3KeyPrefix ?? ''),
        kmsKeyId: key?.arn ?? settings.trail.kmsKeyId,
        snsTopicName: topic?.arn ?? settings.trail.snsTopicName
    };
    return {
        settings,
        declared,
        observed,
        organization,
        managementAccountId,
        callerIsManagement: managementAccountId === observed.identity.accountId,
        trailArn: existing?.arn ?? (0,cloudtrail/* trailArn */.eL)(observed.identity.partition, settings.region, managementAccountId, settings.trail.name),
        homeRegion: existing?.homeRegion ?? settings.region
    };
}
/**
 * The whole decision, as a pure function of what was declared and what was observed. Every check runs,
 * so every finding is reported at once; a blocker anywhere means nothing is written.
 */
function plan(settings, observed) {
    const ctx = contextOf(settings, observed);
    const steps = [
        checkCaller(ctx),
        ...checkOrganization(ctx),
        ...checkTrustedAccess(ctx),
        ...checkServiceLinkedRoles(ctx),
        ...checkBucket(ctx),
        ...checkKmsKey(ctx),
        ...checkCloudWatchLogs(ctx),
        ...checkSnsTopic(ctx),
        ...(0,trail/* checkTrail */.HL)(ctx),
        ...checkSelectors(ctx),
        ...checkInsights(ctx)
    ];
    steps.push(...checkTags(ctx, steps.flatMap((s) => s.changes ?? [])), ...(0,posture/* checkPosture */.p)(ctx));
    const members = observed.members ? (0,plan_members/* reviewMembers */.WY)(ctx, observed.members) : undefined;
    if (members)
        steps.push(...(0,plan_members/* checkMembers */.c_)(ctx, members));
    const findings = steps.map((s) => s.finding);
    const changes = steps
        .flatMap((s) => s.changes ?? [])
        .map((change, index) => ({ change, index }))
        .sort((a, b) => stageOf(a.change) - stageOf(b.change) || a.index - b.index)
        .map(({ change }) => change);
    const elsewhere = [
        bucketPolicyElsewhere(ctx, grantFor(ctx)),
        settings.trail.kmsKeyId ? keyPolicyElsewhere(ctx) : null
    ].filter((p) => p !== null);
    return {
        findings,
        changes,
        ...(elsewhere.length > 0 ? { policiesElsewhere: elsewhere } : {}),
        trailArn: ctx.trailArn,
        homeRegion: ctx.homeRegion,
        managementAccountId: ctx.managementAccountId,
        blocked: findings.some((f) => f.severity === 'blocker'),
        ...(members ? { members } : {})
    };
}


/***/ }),

/***/ 8068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T9: () => (/* binding */ EVERY_REGION),
/* harmony export */   WY: () => (/* binding */ reviewMembers),
/* harmony export */   c_: () => (/* binding */ checkMembers),
/* harmony export */   e_: () => (/* binding */ needsAttention)
/* harmony export */ });
/* unused harmony exports regionsAtLimit, paidCopiesOf, reasonOf */
/* harmony import */ var _aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5770);
/* harmony import */ var _observe_event_coverage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4479);
/* harmony import */ var _aws_actions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1966);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9378);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7913);
// The member-account inventory, judged: which accounts are at CloudTrail's trail limit once the
// organization trail is there, which trails pay for a second copy of management events, and which
// accounts could not be inspected. Pure: the inventory was read in observe/members.ts.





/** Every region: a region at the limit because of multi-region trails alone is at it everywhere. */
const EVERY_REGION = '*';
function organizationTrailOf(ctx) {
    const { settings, observed } = ctx;
    const declaredSelectors = settings.eventSelectors ?? null;
    const declaredAdvanced = settings.advancedEventSelectors ?? null;
    // Declared selectors are what the trail will have; else what it has; else a new trail's default (all).
    const records = declaredSelectors || declaredAdvanced
        ? (0,_observe_event_coverage_js__WEBPACK_IMPORTED_MODULE_1__/* .managementEventCoverage */ .o)(declaredSelectors ?? [], declaredAdvanced ?? []).any
        : observed.trail?.managementEvents.ok
            ? observed.trail.managementEvents.value.any
            : true;
    return {
        arn: ctx.trailArn,
        homeRegion: ctx.homeRegion,
        reachesMembers: settings.trail.isOrganizationTrail,
        multiRegion: settings.trail.isMultiRegionTrail,
        recordsManagementEvents: records,
        exists: observed.trail !== null
    };
}
const covers = (org, region) => org.multiRegion || region === org.homeRegion;
/**
 * Regions where the account holds MAX_TRAILS_PER_REGION trails once the organization trail is there. A
 * multi-region trail counts in every region; the organization trail counts in each region it covers,
 * whether it exists already or will be created (CloudTrail creates it even in an account at the limit).
 */
function regionsAtLimit(trails, org) {
    const multi = trails.filter((t) => t.isMultiRegionTrail);
    const orgHere = (region) => (org.counts && (org.multiRegion || region === org.homeRegion) ? 1 : 0);
    if (multi.length + (org.counts && org.multiRegion ? 1 : 0) >= _aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_TRAILS_PER_REGION */ .Ww)
        return [{ region: EVERY_REGION, trails: multi.map((t) => t.name) }];
    const regions = [...new Set([...trails.map((t) => t.homeRegion), ...(org.counts ? [org.homeRegion] : [])])].sort();
    return regions.flatMap((region) => {
        const here = trails.filter((t) => t.isMultiRegionTrail || t.homeRegion === region);
        return here.length + orgHere(region) >= _aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_TRAILS_PER_REGION */ .Ww ? [{ region, trails: here.map((t) => t.name) }] : [];
    });
}
/** Trails that record management events in a region the organization trail records them too. */
function paidCopiesOf(trails, org) {
    if (!org.reachesMembers || !org.recordsManagementEvents)
        return [];
    return trails.filter((t) => t.managementEvents && (t.isMultiRegionTrail || covers(org, t.homeRegion)));
}
/** A person's reading of a failure: the call, the code, and what it usually means. */
function reasonOf(failure) {
    if (failure.action === 'sts:AssumeRole' && (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isAccessDenied */ .w7)(failure.code))
        return `sts:AssumeRole denied (${failure.code}): the role does not exist in the account or does not trust the management account`;
    if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isAccessDenied */ .w7)(failure.code))
        return `${failure.action} denied (${failure.code}): the member role's policy does not allow it`;
    return `${failure.action} failed (${failure.code})`;
}
function review(account, org) {
    const base = { accountId: account.accountId, name: account.name };
    if (account.status === 'unreachable')
        return {
            ...base,
            status: 'unreachable',
            reason: reasonOf(account.failure),
            trails: [],
            atLimit: [],
            paidCopies: []
        };
    // The managed trail itself (in the management account) is the organization trail, not a copy of it.
    const others = account.trails.filter((t) => t.arn !== org.arn);
    const receives = org.reachesMembers || account.trails.some((t) => t.arn === org.arn);
    return {
        ...base,
        status: 'ok',
        trails: account.trails,
        atLimit: regionsAtLimit(others, { homeRegion: org.homeRegion, multiRegion: org.multiRegion, counts: receives }),
        paidCopies: paidCopiesOf(others, org)
    };
}
/** An account the summary lists first: unreachable, at the limit somewhere, or paying for a copy. */
const needsAttention = (a) => a.status === 'unreachable' || a.atLimit.length > 0 || a.paidCopies.length > 0;
const rank = (a) => a.status === 'unreachable' ? 0 : a.atLimit.length > 0 ? 1 : a.paidCopies.length > 0 ? 2 : 3;
function reviewMembers(ctx, inventory) {
    const org = organizationTrailOf(ctx);
    const empty = {
        accounts: [],
        totals: { accounts: 0, unreachable: 0, atLimit: 0, paidCopies: 0, paidCopyAccounts: 0, trails: 0 },
        unreachableByReason: [],
        organizationTrailExists: org.exists
    };
    if (!inventory.ok)
        return { roleName: ctx.settings.members?.roleName ?? '', listFailure: inventory.failure, ...empty };
    return summarize(inventory.value, org);
}
function summarize(inventory, org) {
    const accounts = inventory.accounts
        .map((a) => review(a, org))
        .sort((a, b) => rank(a) - rank(b) || a.accountId.localeCompare(b.accountId));
    const reasons = new Map();
    for (const a of accounts)
        if (a.reason)
            reasons.set(a.reason, (reasons.get(a.reason) ?? 0) + 1);
    return {
        roleName: inventory.roleName,
        accounts,
        totals: {
            accounts: accounts.length,
            unreachable: accounts.filter((a) => a.status === 'unreachable').length,
            atLimit: accounts.filter((a) => a.atLimit.length > 0).length,
            paidCopies: accounts.reduce((n, a) => n + a.paidCopies.length, 0),
            paidCopyAccounts: accounts.filter((a) => a.paidCopies.length > 0).length,
            trails: accounts.reduce((n, a) => n + a.trails.length, 0)
        },
        unreachableByReason: [...reasons]
            .map(([reason, count]) => ({ reason, count }))
            .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
        organizationTrailExists: org.exists
    };
}
/** How many accounts or trails a finding names before "and N more" (the member-trails output has all). */
const LISTED = 10;
function listed(items, show) {
    const shown = items.slice(0, LISTED).map(show).join('; ');
    return items.length > LISTED ? `${shown}; and ${items.length - LISTED} more (see the member-trails output)` : shown;
}
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const label = (a) => (a.name ? `${a.accountId} (${a.name})` : a.accountId);
const regionLabel = (region) => (region === EVERY_REGION ? 'every region' : region);
/** The three findings of the inventory. None of them ever blocks the organization trail. */
function checkMembers(ctx, r) {
    const P = 'prerequisite';
    if (r.listFailure) {
        return [(0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .unreadable */ .O$)('members.unreachable', 'Member accounts could not be listed', r.listFailure, 'warning')];
    }
    const full = r.accounts.filter((a) => a.atLimit.length > 0);
    const paying = r.accounts.filter((a) => a.paidCopies.length > 0);
    const unreachable = r.accounts.filter((a) => a.status === 'unreachable');
    const when = r.organizationTrailExists ? 'with the organization trail' : 'once the organization trail is created';
    const limit = (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .finding */ .gk)('members.trail-limit', P, full.length > 0 ? 'warning' : 'ok', full.length > 0 ? 'Member accounts at the trail limit' : 'No member account at the trail limit', full.length > 0
        ? `${plural(full.length, 'account')} ${full.length === 1 ? 'has' : 'have'} ${_aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_TRAILS_PER_REGION */ .Ww} trails in a region ${when} (a multi-region trail counts in every region): ` +
            `${listed(full, (a) => `${label(a)} in ${a.atLimit.map((l) => `${regionLabel(l.region)} (${l.trails.join(', ')})`).join(', ')}`)}. ` +
            'CloudTrail creates the organization trail there anyway, so these accounts cannot add a trail of their own in those regions.'
        : `Every inspected account can still add a trail of its own in every region ${when}.`, full.length > 0
        ? `# In each account, delete the trails it no longer needs (org-trail never deletes anything):\n${full
            .slice(0, LISTED)
            .flatMap((a) => a.trails
            .filter((t) => t.arn !== ctx.trailArn)
            .map((t) => `aws cloudtrail delete-trail --name ${t.arn} --region ${t.homeRegion}  # account ${label(a)}`))
            .join('\n')}`
        : '');
    const copies = paying.flatMap((a) => a.paidCopies.map((t) => ({ account: a, trail: t })));
    const paid = (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .finding */ .gk)('members.paid-copies', P, copies.length > 0 ? 'warning' : 'ok', copies.length > 0 ? 'Paid copies of management events' : 'No paid copy of management events', copies.length > 0
        ? `${plural(copies.length, 'trail')} in ${plural(paying.length, 'account')} ${copies.length === 1 ? 'records' : 'record'} management events as well as the organization trail; ` +
            `only the first copy of management events in a region is free, so each of them is a paid copy: ${listed(copies, ({ account, trail }) => `${trail.name} in ${label(account)}`)}.`
        : 'No trail of an inspected account records management events as well as the organization trail.', copies.length > 0
        ? `# Run in the trail's account: delete the trail, or keep it for data events only by writing its selectors back\n` +
            `# with "IncludeManagementEvents": false (selectors.json: what get-event-selectors shows, so edited).\n${copies
                .slice(0, LISTED)
                .map(({ account, trail }) => `# account ${label(account)}\naws cloudtrail delete-trail --name ${trail.arn} --region ${trail.homeRegion}\n` +
                `aws cloudtrail get-event-selectors --trail-name ${trail.arn} --region ${trail.homeRegion}\n` +
                `aws cloudtrail put-event-selectors --trail-name ${trail.arn} --region ${trail.homeRegion} --event-selectors file://selectors.json`)
                .join('\n')}`
        : '');
    const partition = ctx.observed.identity.partition;
    const lost = (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .finding */ .gk)('members.unreachable', P, unreachable.length > 0 ? 'warning' : 'ok', unreachable.length > 0 ? 'Member accounts not inspected' : 'Every member account inspected', unreachable.length > 0
        ? `${plural(unreachable.length, 'account')} of ${r.totals.accounts} could not be inspected through the role ${r.roleName}: ` +
            `${r.unreachableByReason.map((g) => `${g.count} × ${g.reason}`).join('; ')}. ${unreachable.length === 1 ? 'Its' : 'Their'} trails are not in this inventory; the organization trail does not depend on them. ` +
            `Accounts: ${listed(unreachable, label)}.`
        : `${plural(r.totals.accounts, 'account')} inspected through the role ${r.roleName}.`, unreachable.length > 0
        ? `# Deploy the role "${r.roleName}" to every member account, trusting the management account ${ctx.managementAccountId} ` +
            `(the README's member-account inventory section has a StackSet template), with this permission policy:\n` +
            `# ${(0,_aws_actions_js__WEBPACK_IMPORTED_MODULE_2__/* .inventoryActionsFor */ .Tz)('member').join(', ')} on "*".\n` +
            `# The role org-trail runs as needs sts:AssumeRole on arn:${partition}:iam::*:role/${r.roleName}.`
        : '');
    return [{ finding: limit }, { finding: paid }, { finding: lost }];
}


/***/ }),

/***/ 1435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ checkPosture)
/* harmony export */ });
/* harmony import */ var _observe_event_coverage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4479);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7913);
// Posture: the trail and its resources judged as they are, as Security Hub, Prowler and auditors judge
// them, and as they would be after apply. Each control carries its Security Hub id and its CIS AWS
// Foundations Benchmark v3.0.0 recommendation.


const C = 'posture';
const NO_DATA_EVENTS = { read: false, write: false };
const DEFAULT_MANAGEMENT = { any: true, readAndWrite: true };
/** The trail as it is: as observed before apply, or as re-read after it. */
function viewNow(ctx) {
    const t = ctx.observed.trail;
    if (!t)
        return { trail: null, managementEvents: undefined, s3DataEvents: undefined };
    const selectors = t.selectors;
    return {
        trail: t.config,
        managementEvents: t.managementEvents,
        s3DataEvents: selectors
            ? selectors.ok
                ? { ok: true, value: (0,_observe_event_coverage_js__WEBPACK_IMPORTED_MODULE_0__/* .s3DataEventCoverage */ .b)(selectors.value.event, selectors.value.advanced) }
                : selectors
            : undefined
    };
}
/** The trail once apply has run: the declaration where org-trail manages a setting, else as it is. */
function viewAfterApply(ctx, now) {
    const observed = ctx.observed.trail?.config;
    const kmsKeyId = ctx.declared.kmsKeyId || observed?.kmsKeyId;
    const logGroup = ctx.declared.cloudWatchLogsLogGroupArn || observed?.cloudWatchLogsLogGroupArn;
    const { eventSelectors, advancedEventSelectors } = ctx.settings;
    const declared = eventSelectors
        ? { event: eventSelectors, advanced: [] }
        : advancedEventSelectors
            ? { event: [], advanced: advancedEventSelectors }
            : null;
    // A new trail gets CloudTrail's default selector: every management event, no data event.
    const fresh = now.trail === null;
    return {
        trail: {
            isMultiRegionTrail: ctx.settings.trail.isMultiRegionTrail,
            logFileValidationEnabled: ctx.settings.trail.enableLogFileValidation,
            ...(kmsKeyId ? { kmsKeyId } : {}),
            ...(logGroup ? { cloudWatchLogsLogGroupArn: logGroup } : {})
        },
        managementEvents: declared
            ? { ok: true, value: (0,_observe_event_coverage_js__WEBPACK_IMPORTED_MODULE_0__/* .managementEventCoverage */ .o)(declared.event, declared.advanced) }
            : fresh
                ? { ok: true, value: DEFAULT_MANAGEMENT }
                : now.managementEvents,
        s3DataEvents: declared
            ? { ok: true, value: (0,_observe_event_coverage_js__WEBPACK_IMPORTED_MODULE_0__/* .s3DataEventCoverage */ .b)(declared.event, declared.advanced) }
            : fresh
                ? { ok: true, value: NO_DATA_EVENTS }
                : now.s3DataEvents
    };
}
const NO_TRAIL = { state: 'no-trail', detail: 'There is no trail.' };
const unknown = (failure, what) => ({
    state: 'unknown',
    detail: `${failure.action} failed (${failure.code}), so ${what} could not be checked.`,
    remediation: `# Allow "${failure.action}" in the role's policy.`
});
/**
 * One posture finding from the control's judgement now and after apply. Its severity says where things
 * end up: ok when it passes now, fixable when apply would make it pass, else a warning.
 */
function control(ids, title, now, after) {
    const changes = after !== null && (after.state !== now.state || after.detail !== now.detail);
    const end = changes ? after : now;
    const severity = now.state === 'pass' ? 'ok' : end.state === 'pass' ? 'fixable' : 'warning';
    const detail = changes ? `${now.detail} After apply: ${after.detail}` : now.detail;
    return {
        ...(0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)(ids.securityHub, C, severity, title, detail, end.state === 'pass' ? '' : (end.remediation ?? '')),
        control: { ...ids, now: now.state, afterApply: changes ? after.state : null }
    };
}
/** Judges every control on the trail as it is and, unless `afterApply` is false, as apply would leave it. */
function checkPosture(ctx, options = { afterApply: true }) {
    const now = viewNow(ctx);
    const after = options.afterApply ? viewAfterApply(ctx, now) : null;
    const arn = ctx.trailArn;
    const region = ctx.homeRegion;
    const bucket = ctx.observed.bucket;
    const steps = [];
    const judge = (ids, title, of) => steps.push({ finding: control(ids, title, of(now), after ? of(after) : null) });
    judge({ securityHub: 'CloudTrail.1', cis: '3.1' }, 'Multi-region, read and write management events', (v) => {
        if (!v.trail)
            return NO_TRAIL;
        const events = v.managementEvents;
        if (events && !events.ok)
            return unknown(events.failure, 'read and write management events');
        const readWrite = !events || events.value.readAndWrite;
        if (v.trail.isMultiRegionTrail && readWrite)
            return { state: 'pass', detail: 'Every region is logged with all management events.' };
        return v.trail.isMultiRegionTrail
            ? {
                state: 'fail',
                detail: 'Management events are not logged with ReadWriteType All.',
                remediation: `# Or declare event-selectors. This replaces every selector of the trail, data events included.\naws cloudtrail put-event-selectors --trail-name ${arn} --region ${region} --event-selectors '[{"ReadWriteType":"All","IncludeManagementEvents":true}]'`
            }
            : {
                state: 'fail',
                detail: 'The trail logs only its home region.',
                remediation: 'Set the input is-multi-region-trail: true.'
            };
    });
    judge({ securityHub: 'CloudTrail.2', cis: '3.5' }, 'Encrypted at rest with SSE-KMS', (v) => {
        if (!v.trail)
            return NO_TRAIL;
        return v.trail.kmsKeyId
            ? { state: 'pass', detail: `Key ${v.trail.kmsKeyId}.` }
            : {
                state: 'fail',
                detail: 'Log files are encrypted with S3-managed keys only; a KMS key adds access control and an audit trail of decryption.',
                remediation: `# Set the inputs kms-key-id and manage-kms-key-policy: true, or by hand (the key policy must allow\n# cloudtrail.amazonaws.com kms:GenerateDataKey* and kms:DescribeKey):\naws cloudtrail update-trail --name ${arn} --region ${region} --kms-key-id KEY_ARN`
            };
    });
    judge({ securityHub: 'CloudTrail.4', cis: '3.2' }, 'Log file validation', (v) => {
        if (!v.trail)
            return NO_TRAIL;
        return v.trail.logFileValidationEnabled
            ? { state: 'pass', detail: 'Digest files let you prove log files were not changed.' }
            : {
                state: 'fail',
                detail: 'Log file validation is off: changes to delivered log files cannot be detected.',
                remediation: 'Set enable-log-file-validation: true.'
            };
    });
    // CIS v3.0.0 dropped the CloudWatch Logs recommendation (3.4 in v1.4.0); Security Hub still has the control.
    judge({ securityHub: 'CloudTrail.5', cis: null }, 'Integrated with CloudWatch Logs', (v) => {
        if (!v.trail)
            return NO_TRAIL;
        return v.trail.cloudWatchLogsLogGroupArn
            ? { state: 'pass', detail: `Log group ${v.trail.cloudWatchLogsLogGroupArn}.` }
            : {
                state: 'fail',
                detail: 'Without CloudWatch Logs there are no metric filters or alarms on API activity.',
                remediation: `# Set the inputs cloud-watch-logs-log-group-arn and cloud-watch-logs-role-arn, or by hand (the role must\n# trust cloudtrail.amazonaws.com and allow logs:CreateLogStream and logs:PutLogEvents on the group):\naws cloudtrail update-trail --name ${arn} --region ${region} --cloud-watch-logs-log-group-arn LOG_GROUP_ARN --cloud-watch-logs-role-arn ROLE_ARN`
            };
    });
    if (now.trail?.kmsKeyId || after?.trail?.kmsKeyId) {
        judge({ securityHub: 'KMS.4', cis: '3.6' }, 'Rotation of the trail key', (v) => keyRotation(ctx, v));
    }
    const dataEventsRemediation = (kind) => `# Data events are charged per event: in an organization trail, for every S3 object request of every\n# member account. To log ${kind} events of every bucket, declare (keeping a management events selector):\nadvanced-event-selectors: |\n  - Name: Management events\n    FieldSelectors:\n      - { Field: eventCategory, Equals: [Management] }\n  - Name: S3 object-level events\n    FieldSelectors:\n      - { Field: eventCategory, Equals: [Data] }\n      - { Field: resources.type, Equals: [AWS::S3::Object] }`;
    for (const [kind, ids] of [
        ['write', { securityHub: 'S3.22', cis: '3.8' }],
        ['read', { securityHub: 'S3.23', cis: '3.9' }]
    ]) {
        judge(ids, `S3 object-level ${kind} events`, (v) => {
            if (!v.trail)
                return NO_TRAIL;
            const events = v.s3DataEvents;
            if (!events)
                return { state: 'unknown', detail: 'The event selectors were not read.' };
            if (!events.ok)
                return unknown(events.failure, `S3 ${kind} data events`);
            return events.value[kind]
                ? { state: 'pass', detail: `S3 object-level ${kind} events of every bucket are logged.` }
                : {
                    state: 'fail',
                    detail: `No selector logs S3 object-level ${kind} events of every bucket.`,
                    remediation: dataEventsRemediation(kind)
                };
        });
    }
    // The bucket's controls: apply does not change them, so they are judged as the bucket is.
    if (bucket.region.ok && bucket.region.value !== null) {
        steps.push({
            finding: control({ securityHub: 'CloudTrail.6', cis: null }, 'Log bucket not public', publicBucket(ctx), null)
        });
        const logging = bucket.accessLogging;
        const judgement = !logging.ok
            ? unknown(logging.failure, 'access logging of the log bucket')
            : logging.value
                ? { state: 'pass', detail: `Server access logging is enabled on ${bucket.name}.` }
                : {
                    state: 'fail',
                    detail: `Requests to ${bucket.name} are not logged.`,
                    remediation: `# ACCESS_LOG_BUCKET: a bucket that receives S3 server access logs (not the trail bucket itself).\naws s3api put-bucket-logging --bucket ${bucket.name} --bucket-logging-status '{"LoggingEnabled":{"TargetBucket":"ACCESS_LOG_BUCKET","TargetPrefix":"${bucket.name}/"}}'`
                };
        steps.push({
            finding: control({ securityHub: 'CloudTrail.7', cis: '3.4' }, 'Access logging on the log bucket', judgement, null)
        });
    }
    const status = ctx.observed.trail?.status;
    if (status?.ok) {
        const s = status.value;
        steps.push({
            finding: s.latestDeliveryError
                ? (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('delivery.log-files', C, 'warning', 'Log file delivery is failing', `CloudTrail reports: ${s.latestDeliveryError}.`, 'Check the bucket policy and, with SSE-KMS, the key policy; the s3.bucket-policy finding lists what is missing.')
                : (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('delivery.log-files', C, 'ok', 
                // A trail created a moment ago has delivered nothing yet: say only what is known.
                s.latestDeliveryTime ? 'Log files delivered' : 'No log file delivery error', s.latestDeliveryTime
                    ? `Latest delivery ${s.latestDeliveryTime.toISOString()}.`
                    : 'No delivery error reported.')
        });
        steps.push({
            finding: s.latestDigestDeliveryError
                ? (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('delivery.digest-files', C, 'warning', 'Digest file delivery is failing', `CloudTrail reports: ${s.latestDigestDeliveryError}.`, 'Check the bucket policy and, with SSE-KMS, the key policy.')
                : (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('delivery.digest-files', C, 'ok', s.latestDigestDeliveryTime ? 'Digest files delivered' : 'No digest file delivery error', 'No digest delivery error reported.')
        });
    }
    return steps;
}
/** KMS.4 on the key the view's trail uses: its rotation is known when it is the declared key, read by observe. */
function keyRotation(ctx, v) {
    if (!v.trail)
        return NO_TRAIL;
    const keyId = v.trail.kmsKeyId;
    if (!keyId)
        return { state: 'no-key', detail: 'The trail has no KMS key (see CloudTrail.2).' };
    const key = ctx.observed.kmsKey?.ok ? ctx.observed.kmsKey.value : null;
    const region = key?.region ?? ctx.homeRegion;
    const command = `aws kms enable-key-rotation --key-id ${keyId} --region ${region}`;
    const rotation = key !== null && sameKey(key.arn, keyId) ? key.rotationEnabled : undefined;
    if (!rotation)
        return {
            state: 'unknown',
            detail: `Rotation of ${keyId} was not read: org-trail reads the key named by the input kms-key-id.`,
            remediation: `# Set kms-key-id to this key, or check by hand:\naws kms get-key-rotation-status --key-id ${keyId} --region ${region}`
        };
    if (!rotation.ok)
        return unknown(rotation.failure, `rotation of ${keyId}`);
    return rotation.value
        ? { state: 'pass', detail: `Automatic rotation is enabled on ${keyId}.` }
        : { state: 'fail', detail: `Automatic rotation is off on ${keyId}.`, remediation: command };
}
/** A key ARN and the reference a trail or input holds (ARN or key id) name the same key. */
function sameKey(arn, reference) {
    return arn === reference || arn.endsWith(`:key/${reference}`);
}
function publicBucket(ctx) {
    const { publicAccessBlock, policyIsPublic, name } = ctx.observed.bucket;
    const failed = [publicAccessBlock, policyIsPublic].flatMap((r) => (r.ok ? [] : [r.failure]));
    if (failed.length > 0) {
        return {
            state: 'unknown',
            detail: `${failed.map((f) => `${f.action} failed (${f.code})`).join('; ')}, so whether ${name} is public could not be checked.`,
            remediation: failed.map((f) => `# Allow "${f.action}" in the role's policy.`).join('\n')
        };
    }
    const block = publicAccessBlock.ok ? publicAccessBlock.value : null;
    const fullyBlocked = block !== null &&
        block.blockPublicAcls &&
        block.ignorePublicAcls &&
        block.blockPublicPolicy &&
        block.restrictPublicBuckets;
    const isPublic = policyIsPublic.ok && policyIsPublic.value;
    const command = `aws s3api put-public-access-block --bucket ${name} --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true`;
    if (isPublic) {
        return {
            state: 'fail',
            detail: `The log bucket is public: the policy of ${name} grants public access to the audit log.`,
            remediation: `# Remove the statements that grant public access, then:\n${command}`
        };
    }
    if (!fullyBlocked) {
        return {
            state: 'fail',
            detail: `Public access to ${name} is not blocked: it has no complete Block Public Access configuration of its own.`,
            remediation: command
        };
    }
    return { state: 'pass', detail: `Block Public Access is on for ${name}.` };
}


/***/ }),

/***/ 8871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LB: () => (/* binding */ parseKeyPolicy),
/* harmony export */   SA: () => (/* binding */ kmsStatements),
/* harmony export */   ZP: () => (/* binding */ missingKmsActions),
/* harmony export */   g$: () => (/* binding */ mergeKeyPolicy),
/* harmony export */   sf: () => (/* binding */ keyPolicyDenies),
/* harmony export */   uU: () => (/* binding */ MAX_KEY_POLICY_BYTES)
/* harmony export */ });
/* unused harmony export denyingKmsStatements */
/* harmony import */ var _aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5770);
/* harmony import */ var _cloudtrail_request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8735);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1561);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2863);
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3842);
// The KMS key policy CloudTrail needs to encrypt an organization trail's logs: analysis and merge.





/** KMS key policies are limited to 32 KB. */
const MAX_KEY_POLICY_BYTES = 32 * 1024;
function kmsRequests(g) {
    return (0,_cloudtrail_request_js__WEBPACK_IMPORTED_MODULE_1__/* .kmsRequests */ ._e)({ trailArn: g.trailArn, accountId: g.accountId, ...(g.organizationId ? { organizationId: g.organizationId } : {}) }, g.keyArn);
}
function kmsStatements(g) {
    return [
        {
            Sid: 'OrgTrailKmsEncrypt',
            Effect: 'Allow',
            Principal: { Service: _aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUDTRAIL_PRINCIPAL */ .BX },
            Action: 'kms:GenerateDataKey*',
            Resource: '*',
            Condition: {
                StringEquals: { 'aws:SourceArn': [g.trailArn] },
                StringLike: {
                    'kms:EncryptionContext:aws:cloudtrail:arn': `arn:${g.partition}:cloudtrail:*:${g.accountId}:trail/*`
                }
            }
        },
        {
            Sid: 'OrgTrailKmsDescribe',
            Effect: 'Allow',
            Principal: { Service: _aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUDTRAIL_PRINCIPAL */ .BX },
            Action: 'kms:DescribeKey',
            Resource: '*'
        }
    ];
}
function missingKmsActions(policy, g) {
    return kmsRequests(g)
        .filter((r) => !(0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .allows */ .NB)(policy, r))
        .map((r) => r.action);
}
/** The Deny statements of a key policy that surely, or perhaps, take from CloudTrail what it needs. */
function keyPolicyDenies(policy, g) {
    return (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .analyzeDenies */ .BM)(policy, kmsRequests(g));
}
/** The statements of a key policy that explicitly deny CloudTrail what it needs. */
function denyingKmsStatements(policy, g) {
    return [...keyPolicyDenies(policy, g).denying];
}
function mergeKeyPolicy(policy, g) {
    return (0,_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .mergeOwnStatements */ .n)(policy, kmsStatements(g), (p) => missingKmsActions(p, g).length === 0, g.trailArn);
}
function parseKeyPolicy(text) {
    return (0,_document_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePolicyDocument */ .X)(text, 'key policy');
}


/***/ })

};

//# sourceMappingURL=616.index.js.map