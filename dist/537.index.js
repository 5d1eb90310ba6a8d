export const id = 537;
export const ids = [537];
export const modules = {

/***/ 2894:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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


/***/ }),

/***/ 537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  findTrail: () => (/* binding */ findTrail),
  observe: () => (/* binding */ observe)
});

// EXTERNAL MODULE: ./src/domain.ts
var domain = __webpack_require__(9375);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./src/observe/read.ts
var read = __webpack_require__(7694);
;// CONCATENATED MODULE: ./src/observe/bucket.ts


const NO_BUCKET = 'NoSuchBucket';
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
        (0,read/* read */.L)('s3:GetEncryptionConfiguration', async () => {
            const rules = (await s3.send(new dist_cjs/* GetBucketEncryptionCommand */.tQT({ Bucket }))).ServerSideEncryptionConfiguration
                ?.Rules;
            const rule = rules?.[0]?.ApplyServerSideEncryptionByDefault;
            return rule?.SSEAlgorithm ? { algorithm: rule.SSEAlgorithm, kmsKeyId: rule.KMSMasterKeyID ?? '' } : null;
        }, { ServerSideEncryptionConfigurationNotFoundError: null, [NO_BUCKET]: null }),
        (0,read/* read */.L)('s3:GetBucketVersioning', async () => (await s3.send(new dist_cjs/* GetBucketVersioningCommand */._rj({ Bucket }))).Status ?? null, {
            [NO_BUCKET]: null
        }),
        (0,read/* read */.L)('s3:GetBucketOwnershipControls', async () => (await s3.send(new dist_cjs/* GetBucketOwnershipControlsCommand */.$rC({ Bucket }))).OwnershipControls?.Rules?.[0]
            ?.ObjectOwnership ?? null, { OwnershipControlsNotFoundError: null, [NO_BUCKET]: null })
    ]);
    return { encryption, versioning, ownership };
}
/** hardening: create-bucket is true, so the settings it hardens the bucket with are read too. */
async function readBucket(clients, name, hardening = false) {
    const s3 = clients.s3();
    const Bucket = name;
    const [region, policy, requesterPays, publicAccessBlock, policyIsPublic, accessLogging, hardened] = await Promise.all([
        (0,read/* read */.L)('s3:GetBucketLocation', async () => bucketRegion((await s3.send(new dist_cjs/* GetBucketLocationCommand */.r_J({ Bucket }))).LocationConstraint), { [NO_BUCKET]: null }),
        (0,read/* read */.L)('s3:GetBucketPolicy', async () => (await s3.send(new dist_cjs/* GetBucketPolicyCommand */.mCJ({ Bucket }))).Policy ?? null, {
            NoSuchBucketPolicy: null,
            [NO_BUCKET]: null
        }),
        (0,read/* read */.L)('s3:GetBucketRequestPayment', async () => (await s3.send(new dist_cjs/* GetBucketRequestPaymentCommand */.Tbr({ Bucket }))).Payer === 'Requester', {
            [NO_BUCKET]: false
        }),
        (0,read/* read */.L)('s3:GetBucketPublicAccessBlock', async () => {
            const c = (await s3.send(new dist_cjs/* GetPublicAccessBlockCommand */.GLk({ Bucket }))).PublicAccessBlockConfiguration;
            return {
                blockPublicAcls: c?.BlockPublicAcls === true,
                ignorePublicAcls: c?.IgnorePublicAcls === true,
                blockPublicPolicy: c?.BlockPublicPolicy === true,
                restrictPublicBuckets: c?.RestrictPublicBuckets === true
            };
        }, { NoSuchPublicAccessBlockConfiguration: null, [NO_BUCKET]: null }),
        (0,read/* read */.L)('s3:GetBucketPolicyStatus', async () => (await s3.send(new dist_cjs/* GetBucketPolicyStatusCommand */.y3E({ Bucket }))).PolicyStatus?.IsPublic === true, {
            NoSuchBucketPolicy: false,
            [NO_BUCKET]: false
        }),
        (0,read/* read */.L)('s3:GetBucketLogging', async () => (await s3.send(new dist_cjs/* GetBucketLoggingCommand */.Bdv({ Bucket }))).LoggingEnabled !== undefined, {
            [NO_BUCKET]: false
        }),
        hardening ? readHardening(s3, Bucket) : undefined
    ]);
    return {
        name,
        region,
        policy,
        requesterPays,
        publicAccessBlock,
        policyIsPublic,
        accessLogging,
        ...(hardened ? { hardening: hardened } : {})
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var client_iam_dist_cjs = __webpack_require__(6764);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/observe/cloudwatch.ts



/** arn:aws:logs:REGION:ACCOUNT:log-group:NAME[:*] → its region and name. */
function parseLogGroupArn(arn) {
    const parts = arn.split(':');
    return { region: parts[3] ?? '', name: parts.slice(6).join(':').replace(/:\*$/, '') };
}
function readLogGroup(clients, arn) {
    const { region, name } = parseLogGroupArn(arn);
    return (0,read/* read */.L)('logs:DescribeLogGroups', async () => {
        const [logs, { DescribeLogGroupsCommand }] = await Promise.all([
            clients.logs(region),
            __webpack_require__.e(/* import() */ 303).then(__webpack_require__.t.bind(__webpack_require__, 2684, 19))
        ]);
        const out = await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: name }));
        return (out.logGroups ?? []).some((g) => g.logGroupName === name);
    });
}
const decode = (document) => (document ? decodeURIComponent(document) : null);
/** The role's trust policy and every permission policy it has, inline and attached; null when missing. */
function readCloudWatchRole(clients, roleArn) {
    const iam = clients.iam();
    const RoleName = roleArn.split('/').pop() ?? roleArn;
    return (0,read/* read */.L)('iam:GetRole', async () => {
        // The role, its inline policies and its attached policies are independent: read them together.
        // Each call names its own IAM action, so a denial says exactly what to grant.
        const inline = (0,errors/* call */.T1)('iam:ListRolePolicies', async () => {
            const names = [];
            for await (const page of (0,client_iam_dist_cjs/* paginateListRolePolicies */.ow6)({ client: iam }, { RoleName }))
                names.push(...(page.PolicyNames ?? []));
            const outs = await Promise.all(names.map((PolicyName) => (0,errors/* call */.T1)('iam:GetRolePolicy', () => iam.send(new client_iam_dist_cjs/* GetRolePolicyCommand */.WHQ({ RoleName, PolicyName })))));
            return outs.map((out) => decode(out.PolicyDocument));
        });
        const attached = (0,errors/* call */.T1)('iam:ListAttachedRolePolicies', async () => {
            const arns = [];
            for await (const page of (0,client_iam_dist_cjs/* paginateListAttachedRolePolicies */.mpN)({ client: iam }, { RoleName })) {
                arns.push(...(page.AttachedPolicies ?? []).flatMap((p) => (p.PolicyArn ? [p.PolicyArn] : [])));
            }
            return Promise.all(arns.map(async (PolicyArn) => {
                const meta = await (0,errors/* call */.T1)('iam:GetPolicy', () => iam.send(new client_iam_dist_cjs/* GetPolicyCommand */.s4W({ PolicyArn })));
                const version = await (0,errors/* call */.T1)('iam:GetPolicyVersion', () => iam.send(new client_iam_dist_cjs/* GetPolicyVersionCommand */.G45({ PolicyArn, VersionId: meta.Policy?.DefaultVersionId })));
                return decode(version.PolicyVersion?.Document);
            }));
        });
        const [role, inlineDocs, attachedDocs] = await Promise.all([
            iam.send(new client_iam_dist_cjs/* GetRoleCommand */.kbp({ RoleName })),
            inline,
            attached
        ]);
        const policies = [...inlineDocs, ...attachedDocs].filter((doc) => doc !== null);
        return { arn: role.Role?.Arn ?? roleArn, trustPolicy: decode(role.Role?.AssumeRolePolicyDocument), policies };
    }, { NoSuchEntity: null, NoSuchEntityException: null });
}

;// CONCATENATED MODULE: ./src/observe/kms.ts

/** The region a key reference names, when it is an ARN; else the region CloudTrail resolves it in. */
function kmsKeyRegion(keyId, homeRegion) {
    return keyId.startsWith('arn:') ? (keyId.split(':')[3] ?? homeRegion) : homeRegion;
}
/** The key, found by id, ARN or alias; null when it does not exist. Its policy follows from its id. */
async function readKmsKey(clients, keyId, homeRegion) {
    const [kms, { DescribeKeyCommand, GetKeyPolicyCommand }] = await Promise.all([
        clients.kms(kmsKeyRegion(keyId, homeRegion)),
        __webpack_require__.e(/* import() */ 632).then(__webpack_require__.t.bind(__webpack_require__, 2632, 19))
    ]);
    const described = await (0,read/* read */.L)('kms:DescribeKey', async () => (await kms.send(new DescribeKeyCommand({ KeyId: keyId }))).KeyMetadata ?? null, {
        NotFoundException: null
    });
    if (!described.ok || described.value === null)
        return described;
    const meta = described.value;
    const arn = meta.Arn ?? keyId;
    const policy = await (0,read/* read */.L)('kms:GetKeyPolicy', async () => (await kms.send(new GetKeyPolicyCommand({ KeyId: arn, PolicyName: 'default' }))).Policy ?? null);
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
            policy: policy.value
        }
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-organizations/dist-cjs/index.js
var client_organizations_dist_cjs = __webpack_require__(2503);
;// CONCATENATED MODULE: ./src/observe/organization.ts




function readOrganization(clients) {
    return (0,read/* read */.L)('organizations:DescribeOrganization', async () => {
        const { Organization: org } = await clients.organizations().send(new client_organizations_dist_cjs/* DescribeOrganizationCommand */.ov$({}));
        return {
            id: org?.Id ?? '',
            featureSet: org?.FeatureSet ?? 'ALL',
            managementAccountId: org?.MasterAccountId ?? ''
        };
    }, { AWSOrganizationsNotInUseException: null });
}
function readTrustedAccess(clients) {
    return (0,read/* read */.L)('organizations:ListAWSServiceAccessForOrganization', async () => {
        for await (const page of (0,client_organizations_dist_cjs/* paginateListAWSServiceAccessForOrganization */.Ayb)({ client: clients.organizations() }, {})) {
            if (page.EnabledServicePrincipals?.some((p) => p.ServicePrincipal === domain/* CLOUDTRAIL_PRINCIPAL */.BX))
                return true;
        }
        return false;
    });
}
function readDelegatedAdministrator(clients, accountId) {
    return (0,read/* read */.L)('organizations:ListDelegatedAdministrators', async () => {
        const pages = (0,client_organizations_dist_cjs/* paginateListDelegatedAdministrators */.X84)({ client: clients.organizations() }, { ServicePrincipal: domain/* CLOUDTRAIL_PRINCIPAL */.BX });
        for await (const page of pages) {
            if (page.DelegatedAdministrators?.some((admin) => admin.Id === accountId))
                return true;
        }
        return false;
    });
}
/**
 * Whether the service-linked role exists, found by the path AWS gives every service-linked role
 * (/aws-service-role/<service>/) rather than by a role name that differs between implementations.
 */
function readServiceLinkedRole(clients, role) {
    const { service } = domain/* SERVICE_LINKED_ROLES */.SF[role];
    return (0,read/* read */.L)('iam:ListRoles', async () => {
        for await (const page of (0,client_iam_dist_cjs/* paginateListRoles */.lwj)({ client: clients.iam() }, { PathPrefix: `/aws-service-role/${service}/` })) {
            if ((page.Roles ?? []).length > 0)
                return true;
        }
        return false;
    });
}

;// CONCATENATED MODULE: ./src/observe/sns.ts

function snsTopicArn(nameOrArn, partition, region, accountId) {
    return nameOrArn.startsWith('arn:') ? nameOrArn : `arn:${partition}:sns:${region}:${accountId}:${nameOrArn}`;
}
function readSnsTopic(clients, arn) {
    return (0,read/* read */.L)('sns:GetTopicAttributes', async () => {
        const [sns, { GetTopicAttributesCommand }] = await Promise.all([
            clients.sns(arn.split(':')[3] ?? clients.region),
            __webpack_require__.e(/* import() */ 797).then(__webpack_require__.t.bind(__webpack_require__, 8797, 19))
        ]);
        const out = await sns.send(new GetTopicAttributesCommand({ TopicArn: arn }));
        return { arn, policy: out.Attributes?.Policy ?? null };
    }, { NotFoundException: null, NotFound: null });
}

// EXTERNAL MODULE: ./src/observe/trail.ts
var trail = __webpack_require__(3072);
;// CONCATENATED MODULE: ./src/observe/index.ts







/** Picks the managed trail: by its exact ARN first, else by name (a shadow of a trail homed elsewhere). */
function findTrail(trails, expectedArn, name) {
    return trails.find((t) => t.arn === expectedArn) ?? trails.find((t) => t.name === name) ?? null;
}
/** A trail-level read made at a guessed ARN: "no such trail" there means the trail was not found. */
function present(result, arn, action) {
    if (!result.ok)
        return result;
    if (result.value === null) {
        return { ok: false, failure: { action, code: 'TrailNotFoundException', message: `No trail ${arn}` } };
    }
    return { ok: true, value: result.value };
}
const skip = Promise.resolve(undefined);
async function readTrailDetails(clients, settings, arn, region) {
    const wantsTags = Object.keys(settings.tags).length > 0 || Object.keys(settings.provenanceTags).length > 0;
    const [status, selectors, insights, tags] = await Promise.all([
        (0,trail/* readTrailStatus */.Zc)(clients, arn, region),
        (0,trail/* readSelectors */["do"])(clients, arn, region),
        settings.insightSelectors !== null ? (0,trail/* readInsights */.Q9)(clients, arn, region) : skip,
        wantsTags ? (0,trail/* readTags */.g$)(clients, arn, region) : skip
    ]);
    return { status, selectors, insights, tags };
}
/**
 * Every read the plan needs, in one concurrent wave. The trail's own reads are made at the ARN it has
 * when the caller is the management account (the usual case), so that a converged run needs no second
 * round trip; only a trail found elsewhere (a delegated administrator's view, or a trail homed in
 * another region) costs one more.
 */
async function observe(clients, settings, identity) {
    const { region } = settings;
    const declared = settings.trail;
    const guessedArn = (0,domain/* trailArn */.eL)(identity.partition, region, identity.accountId, declared.name);
    const topicArn = declared.snsTopicName
        ? snsTopicArn(declared.snsTopicName, identity.partition, region, identity.accountId)
        : '';
    const [organization, trustedAccess, slrOrganizations, slrCloudTrail, bucket, trails, guessed, kmsKey, logGroup, cloudWatchRole, snsTopic] = await Promise.all([
        readOrganization(clients),
        readTrustedAccess(clients),
        readServiceLinkedRole(clients, 'organizations'),
        readServiceLinkedRole(clients, 'cloudtrail'),
        readBucket(clients, declared.s3BucketName, settings.createBucket),
        (0,trail/* readTrails */.YL)(clients, region),
        readTrailDetails(clients, settings, guessedArn, region),
        declared.kmsKeyId ? readKmsKey(clients, declared.kmsKeyId, region) : skip,
        declared.cloudWatchLogsLogGroupArn ? readLogGroup(clients, declared.cloudWatchLogsLogGroupArn) : skip,
        declared.cloudWatchLogsRoleArn ? readCloudWatchRole(clients, declared.cloudWatchLogsRoleArn) : skip,
        topicArn ? readSnsTopic(clients, topicArn) : skip
    ]);
    const managementAccountId = organization.ok && organization.value ? organization.value.managementAccountId : identity.accountId;
    const expectedArn = (0,domain/* trailArn */.eL)(identity.partition, region, managementAccountId, declared.name);
    const config = trails.ok ? findTrail(trails.value, expectedArn, declared.name) : null;
    const needsDelegation = organization.ok && organization.value !== null && managementAccountId !== identity.accountId;
    const guessedRight = config !== null && config.arn === guessedArn && config.homeRegion === region;
    const [details, delegatedAdministrator] = await Promise.all([
        config === null
            ? null
            : guessedRight
                ? guessed
                : readTrailDetails(clients, settings, config.arn, config.homeRegion),
        needsDelegation ? readDelegatedAdministrator(clients, identity.accountId) : Promise.resolve(null)
    ]);
    return {
        identity,
        region,
        organization,
        trustedAccess,
        delegatedAdministrator,
        serviceLinkedRoles: { organizations: slrOrganizations, cloudtrail: slrCloudTrail },
        bucket,
        trails,
        trail: config && details ? observedTrail(config, details) : null,
        ...(kmsKey ? { kmsKey } : {}),
        ...(logGroup ? { logGroup } : {}),
        ...(cloudWatchRole ? { cloudWatchRole } : {}),
        ...(snsTopic ? { snsTopic } : {})
    };
}
function observedTrail(config, reads) {
    const selectors = present(reads.selectors, config.arn, 'cloudtrail:GetEventSelectors');
    return {
        config,
        status: present(reads.status, config.arn, 'cloudtrail:GetTrailStatus'),
        managementEvents: selectors.ok ? { ok: true, value: (0,trail/* coverageOf */._5)(selectors.value) } : selectors,
        selectors,
        ...(reads.insights ? { insights: present(reads.insights, config.arn, 'cloudtrail:GetInsightSelectors') } : {}),
        ...(reads.tags ? { tags: present(reads.tags, config.arn, 'cloudtrail:ListTags') } : {})
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

/***/ 3072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E_: () => (/* binding */ toTrailConfig),
/* harmony export */   Q9: () => (/* binding */ readInsights),
/* harmony export */   Q_: () => (/* binding */ toTrailStatus),
/* harmony export */   YL: () => (/* binding */ readTrails),
/* harmony export */   Zc: () => (/* binding */ readTrailStatus),
/* harmony export */   _5: () => (/* binding */ coverageOf),
/* harmony export */   "do": () => (/* binding */ readSelectors),
/* harmony export */   g$: () => (/* binding */ readTags)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7392);
/* harmony import */ var _event_coverage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2894);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7694);



function toTrailConfig(trail) {
    const arn = trail.TrailARN ?? '';
    return {
        name: trail.Name ?? '',
        arn,
        homeRegion: trail.HomeRegion ?? arn.split(':')[3] ?? '',
        s3BucketName: trail.S3BucketName ?? '',
        s3KeyPrefix: trail.S3KeyPrefix ?? '',
        isOrganizationTrail: trail.IsOrganizationTrail === true,
        isMultiRegionTrail: trail.IsMultiRegionTrail === true,
        includeGlobalServiceEvents: trail.IncludeGlobalServiceEvents === true,
        logFileValidationEnabled: trail.LogFileValidationEnabled === true,
        ...(trail.KmsKeyId ? { kmsKeyId: trail.KmsKeyId } : {}),
        ...(trail.CloudWatchLogsLogGroupArn ? { cloudWatchLogsLogGroupArn: trail.CloudWatchLogsLogGroupArn } : {}),
        ...(trail.CloudWatchLogsRoleArn ? { cloudWatchLogsRoleArn: trail.CloudWatchLogsRoleArn } : {}),
        ...(trail.SnsTopicARN ? { snsTopicArn: trail.SnsTopicARN } : {})
    };
}
function toTrailStatus(s) {
    return {
        isLogging: s.IsLogging === true,
        ...(s.LatestDeliveryTime ? { latestDeliveryTime: s.LatestDeliveryTime } : {}),
        ...(s.LatestDeliveryError ? { latestDeliveryError: s.LatestDeliveryError } : {}),
        ...(s.LatestDigestDeliveryTime ? { latestDigestDeliveryTime: s.LatestDigestDeliveryTime } : {}),
        ...(s.LatestDigestDeliveryError ? { latestDigestDeliveryError: s.LatestDigestDeliveryError } : {})
    };
}
/** Every trail visible in the region, shadows of other regions' multi-region trails included. */
function readTrails(clients, region) {
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .L)('cloudtrail:DescribeTrails', async () => {
        const out = await clients.cloudtrail(region).send(new _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_1__/* .DescribeTrailsCommand */ .oSd({ includeShadowTrails: true }));
        return (out.trailList ?? []).map(toTrailConfig);
    });
}
/** The trail's status; null when no trail has that ARN. */
function readTrailStatus(clients, arn, region) {
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .L)('cloudtrail:GetTrailStatus', async () => {
        return toTrailStatus(await clients.cloudtrail(region).send(new _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_1__/* .GetTrailStatusCommand */ .aMm({ Name: arn })));
    }, { TrailNotFoundException: null });
}
function readSelectors(clients, arn, region) {
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .L)('cloudtrail:GetEventSelectors', async () => {
        const out = await clients.cloudtrail(region).send(new _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_1__/* .GetEventSelectorsCommand */ .ave({ TrailName: arn }));
        return {
            event: out.EventSelectors ?? [],
            advanced: (out.AdvancedEventSelectors ?? []).map((a) => ({
                Name: a.Name,
                FieldSelectors: (a.FieldSelectors ?? []).map((f) => ({ ...f }))
            }))
        };
    }, { TrailNotFoundException: null });
}
function readInsights(clients, arn, region) {
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .L)('cloudtrail:GetInsightSelectors', async () => (await clients.cloudtrail(region).send(new _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_1__/* .GetInsightSelectorsCommand */ .Qsx({ TrailName: arn }))).InsightSelectors ??
        [], { InsightNotEnabledException: [], TrailNotFoundException: null });
}
function readTags(clients, arn, region) {
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .L)('cloudtrail:ListTags', async () => {
        const out = await clients.cloudtrail(region).send(new _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_1__/* .ListTagsCommand */ .bvr({ ResourceIdList: [arn] }));
        const tags = {};
        for (const t of out.ResourceTagList?.find((r) => r.ResourceId === arn)?.TagsList ??
            out.ResourceTagList?.[0]?.TagsList ??
            []) {
            if (t.Key !== undefined)
                tags[t.Key] = t.Value ?? '';
        }
        return tags;
    }, { ResourceNotFoundException: null, CloudTrailARNInvalidException: null, TrailNotFoundException: null });
}

function coverageOf(selectors) {
    return (0,_event_coverage_js__WEBPACK_IMPORTED_MODULE_2__/* .managementEventCoverage */ .o)(selectors.event, selectors.advanced);
}


/***/ })

};

//# sourceMappingURL=537.index.js.map