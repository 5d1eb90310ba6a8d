export const id = 791;
export const ids = [791];
export const modules = {

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

/***/ 4479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ s3DataEventCoverage),
/* harmony export */   o: () => (/* binding */ managementEventCoverage)
/* harmony export */ });
/* harmony import */ var _aws_arn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1626);

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
/** The DataResources values that mean every bucket: S3's ARN prefix in each partition, not a bucket's ARN. */
const ALL_BUCKETS = new Set(['arn:aws:s3:::', ..._aws_arn_js__WEBPACK_IMPORTED_MODULE_0__/* .PARTITIONS */ .S1.map((partition) => `arn:${partition}:s3`)]);
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

/***/ 7791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  locateTrail: () => (/* binding */ locateTrail),
  observe: () => (/* binding */ observe)
});

// EXTERNAL MODULE: ./src/aws/arn.ts
var aws_arn = __webpack_require__(1626);
// EXTERNAL MODULE: ./src/aws/cloudtrail.ts
var cloudtrail = __webpack_require__(5770);
// EXTERNAL MODULE: ./src/observe/details.ts
var details = __webpack_require__(7594);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./src/observe/read.ts
var read = __webpack_require__(7694);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/observe/bucket.ts



const NO_BUCKET = 'NoSuchBucket';
/** A 405 is named MethodNotAllowed whatever the body said (a HEAD-like answer has none to name it). */
async function naming405(send) {
    try {
        return await send();
    }
    catch (error) {
        const status = error?.$metadata?.httpStatusCode;
        if (status !== 405)
            throw error;
        throw Object.assign(new Error((0,errors/* errorMessage */.gJ)(error)), { name: errors/* METHOD_NOT_ALLOWED */.TP });
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
/** The bucket's default encryption; null when it has none. */
function readEncryption(s3, Bucket) {
    return (0,read/* read */.L)('s3:GetEncryptionConfiguration', async () => {
        const rule = (await s3.send(new dist_cjs/* GetBucketEncryptionCommand */.tQT({ Bucket }))).ServerSideEncryptionConfiguration
            ?.Rules?.[0];
        const byDefault = rule?.ApplyServerSideEncryptionByDefault;
        return byDefault?.SSEAlgorithm
            ? {
                algorithm: byDefault.SSEAlgorithm,
                kmsKeyId: byDefault.KMSMasterKeyID ?? '',
                bucketKey: rule?.BucketKeyEnabled === true
            }
            : null;
    }, { ServerSideEncryptionConfigurationNotFoundError: null, [NO_BUCKET]: null });
}
/** The settings a bucket org-trail creates is hardened with, besides its encryption, public access block and policy. */
async function readHardening(s3, Bucket) {
    const [versioning, ownership] = await Promise.all([
        (0,read/* read */.L)('s3:GetBucketVersioning', async () => (await s3.send(new dist_cjs/* GetBucketVersioningCommand */._rj({ Bucket }))).Status ?? null, {
            [NO_BUCKET]: null
        }),
        (0,read/* read */.L)('s3:GetBucketOwnershipControls', async () => (await s3.send(new dist_cjs/* GetBucketOwnershipControlsCommand */.$rC({ Bucket }))).OwnershipControls?.Rules?.[0]
            ?.ObjectOwnership ?? null, { OwnershipControlsNotFoundError: null, [NO_BUCKET]: null })
    ]);
    return { versioning, ownership };
}
/**
 * hardening: create-bucket is true, so the settings it hardens the bucket with are read too; encryption:
 * its default encryption is read (always with the hardening).
 */
async function readBucket(clients, name, { hardening = false, encryption = false } = {}) {
    const s3 = clients.s3();
    const Bucket = name;
    const [region, policy, requesterPays, publicAccessBlock, policyIsPublic, accessLogging, encrypted, hardened] = await Promise.all([
        (0,read/* read */.L)('s3:GetBucketLocation', async () => bucketRegion((await s3.send(new dist_cjs/* GetBucketLocationCommand */.r_J({ Bucket }))).LocationConstraint), { [NO_BUCKET]: null }),
        (0,read/* read */.L)('s3:GetBucketPolicy', () => naming405(async () => (await s3.send(new dist_cjs/* GetBucketPolicyCommand */.mCJ({ Bucket }))).Policy ?? null), { NoSuchBucketPolicy: null, [NO_BUCKET]: null }),
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
        hardening || encryption ? readEncryption(s3, Bucket) : undefined,
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
        ...(encrypted ? { encryption: encrypted } : {}),
        ...(hardened ? { hardening: hardened } : {})
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var client_iam_dist_cjs = __webpack_require__(6764);
;// CONCATENATED MODULE: ./src/observe/cloudwatch.ts




function readLogGroup(clients, arn) {
    const { region, name } = (0,aws_arn/* logGroupOf */.Ze)(arn);
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
    return (0,aws_arn/* parseArn */.Lw)(keyId)?.region ?? homeRegion;
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
    const described = await (0,read/* read */.L)('kms:DescribeKey', async () => (await kms.send(new DescribeKeyCommand({ KeyId: keyId }))).KeyMetadata ?? null, {
        NotFoundException: null
    });
    if (!described.ok || described.value === null)
        return described;
    const meta = described.value;
    const arn = meta.Arn ?? keyId;
    const owner = (0,aws_arn/* accountOf */.XP)(arn);
    const foreign = owner !== '' && owner !== sessionAccount;
    const [policy, rotationEnabled] = await Promise.all([
        foreign
            ? { ok: true, value: null }
            : (0,read/* read */.L)('kms:GetKeyPolicy', async () => (await kms.send(new GetKeyPolicyCommand({ KeyId: arn, PolicyName: 'default' }))).Policy ?? null),
        (0,read/* read */.L)('kms:GetKeyRotationStatus', async () => (await kms.send(new GetKeyRotationStatusCommand({ KeyId: arn }))).KeyRotationEnabled === true)
    ]);
    if (!policy.ok)
        return policy;
    return {
        ok: true,
        value: {
            arn,
            region: kmsKeyRegion(arn, homeRegion),
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

// EXTERNAL MODULE: ./src/observe/members.ts
var observe_members = __webpack_require__(8127);
// EXTERNAL MODULE: ./src/observe/organization.ts
var observe_organization = __webpack_require__(7445);
;// CONCATENATED MODULE: ./src/observe/sns.ts


function readSnsTopic(clients, arn) {
    return (0,read/* read */.L)('sns:GetTopicAttributes', async () => {
        const [sns, { GetTopicAttributesCommand }] = await Promise.all([
            clients.sns((0,aws_arn/* parseArn */.Lw)(arn)?.region ?? clients.region),
            __webpack_require__.e(/* import() */ 797).then(__webpack_require__.t.bind(__webpack_require__, 8797, 19))
        ]);
        const out = await sns.send(new GetTopicAttributesCommand({ TopicArn: arn }));
        return { arn, policy: out.Attributes?.Policy ?? null };
    }, { NotFoundException: null, NotFound: null });
}

// EXTERNAL MODULE: ./src/observe/trail.ts
var trail = __webpack_require__(3072);
;// CONCATENATED MODULE: ./src/observe/index.ts










/** The account and name an ARN (arn:PARTITION:cloudtrail:REGION:ACCOUNT:trail/NAME) carries. */
function ownerAndName(arn) {
    return { account: (0,aws_arn/* accountOf */.XP)(arn), name: (0,aws_arn/* trailNameOf */.Zu)(arn) };
}
/**
 * Picks the managed trail among what DescribeTrails shows in the declared region and what ListTrails
 * lists in every region: a trail of this name whose ARN carries the owner's account (the management
 * account for an organization trail), wherever it is homed; the one at the expected ARN first. Never
 * another account's trail of the same name (a delegated administrator's own account trail).
 */
function locateTrail(shown, listed, expectedArn, owner, name) {
    const ours = (arn) => {
        const o = ownerAndName(arn);
        return arn === expectedArn || (o.account === owner && o.name === name);
    };
    const candidates = [...shown, ...listed]
        .filter((t) => ours(t.arn))
        .map((t) => ({ arn: t.arn, homeRegion: t.homeRegion }));
    return candidates.find((t) => t.arn === expectedArn) ?? candidates[0] ?? null;
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
    const wanted = (0,details/* declaredDetails */.D)(settings);
    const [status, selectors, insights, tags] = await Promise.all([
        (0,trail/* readTrailStatus */.Zc)(clients, arn, region),
        (0,trail/* readSelectors */["do"])(clients, arn, region),
        wanted.insights ? (0,trail/* readInsights */.Q9)(clients, arn, region) : skip,
        wanted.tags ? (0,trail/* readTags */.g$)(clients, arn, region) : skip
    ]);
    return { status, selectors, insights, tags };
}
/**
 * Every read the plan needs, in one concurrent wave. The trail's own reads are made at the ARN it has
 * when the caller is the management account (the usual case), so that a converged run needs no second
 * round trip; only a trail found elsewhere (a delegated administrator's view, or a trail homed in
 * another region) costs one more.
 */
async function observe(clients, settings, identity, log = () => undefined, logArchive) {
    const { region } = settings;
    // Every trail of the account: the trail lookup needs it, and the inventory's own account reuses it.
    const trailList = (0,trail/* listTrails */.ao)(clients, region);
    // The longest read by far: started first, awaited last, so the trail's second wave never waits for it.
    const members = settings.members ? (0,observe_members/* readMembers */.m)(clients, settings.members, identity, log, trailList) : skip;
    const declared = settings.trail;
    const guessedArn = (0,aws_arn/* trailArn */.eL)(identity.partition, region, identity.accountId, declared.name);
    // The bucket is the Log Archive account's when its role is given; the key too when its ARN says so.
    const bucketClients = logArchive?.clients ?? clients;
    const keyInLogArchive = logArchive !== undefined && (0,aws_arn/* accountOf */.XP)(declared.kmsKeyId) === logArchive.identity.accountId;
    const keySession = keyInLogArchive ? logArchive : { clients, identity };
    const topic = declared.snsTopicName
        ? (0,aws_arn/* topicArn */.Hi)(declared.snsTopicName, identity.partition, region, identity.accountId)
        : '';
    const [organization, trustedAccess, slrOrganizations, slrCloudTrail, bucket, trails, listed, guessed, kmsKey, logGroup, cloudWatchRole, snsTopic] = await Promise.all([
        (0,observe_organization/* readOrganization */.wu)(clients),
        (0,observe_organization/* readTrustedAccess */.sG)(clients),
        (0,observe_organization/* readServiceLinkedRole */.Z0)(clients, 'organizations'),
        (0,observe_organization/* readServiceLinkedRole */.Z0)(clients, 'cloudtrail'),
        readBucket(bucketClients, declared.s3BucketName, {
            hardening: settings.createBucket,
            encryption: declared.kmsKeyId !== ''
        }),
        (0,trail/* readTrails */.YL)(clients, region),
        trailList,
        readTrailDetails(clients, settings, guessedArn, region),
        declared.kmsKeyId ? readKmsKey(keySession.clients, declared.kmsKeyId, region, keySession.identity.accountId) : skip,
        declared.cloudWatchLogsLogGroupArn ? readLogGroup(clients, declared.cloudWatchLogsLogGroupArn) : skip,
        declared.cloudWatchLogsRoleArn ? readCloudWatchRole(clients, declared.cloudWatchLogsRoleArn) : skip,
        topic ? readSnsTopic(clients, topic) : skip
    ]);
    // The account whose id the trail's ARN carries, by the plan's own rule: where the trail is to be found.
    const owner = (0,cloudtrail/* managementAccountOf */.uy)(declared.isOrganizationTrail, organization.ok ? organization.value : null, identity.accountId);
    const expectedArn = (0,aws_arn/* trailArn */.eL)(identity.partition, region, owner, declared.name);
    // Only an organization trail run from another account than the management account's is a delegated
    // administrator's: the plan asks whether the caller is one then, and only then.
    const needsDelegation = owner !== identity.accountId;
    const located = locateTrail(trails.ok ? trails.value : [], listed.ok ? listed.value : [], expectedArn, owner, declared.name);
    // A delegated administrator may not see the organization's trail listed: it asks for it by its ARN.
    const lookup = located ?? (needsDelegation ? { arn: expectedArn, homeRegion: region } : null);
    // The trail's own reads follow in the same wave; only a trail DescribeTrails did not show costs a GetTrail first.
    const trailReads = async () => {
        const found = lookup === null ? { ok: true, value: null } : await findConfig(clients, trails.ok ? trails.value : [], lookup);
        const config = found.ok ? found.value : null;
        if (config === null)
            return { found, config, details: null };
        const guessedRight = config.arn === guessedArn && config.homeRegion === region;
        return {
            found,
            config,
            details: guessedRight ? guessed : await readTrailDetails(clients, settings, config.arn, config.homeRegion)
        };
    };
    // Another organization trail is a finding that names how many member accounts would record every event twice.
    const otherOrganizationTrail = declared.isOrganizationTrail &&
        organization.ok &&
        organization.value !== null &&
        trails.ok &&
        trails.value.some((t) => t.isOrganizationTrail && t.arn !== expectedArn && t.arn !== located?.arn);
    const [{ found, config, details }, delegatedAdministrator, activeAccounts] = await Promise.all([
        trailReads(),
        needsDelegation ? (0,observe_organization/* readDelegatedAdministrator */.rw)(clients, identity.accountId) : Promise.resolve(null),
        otherOrganizationTrail ? (0,observe_organization/* readActiveAccountCount */.R8)(clients) : skip
    ]);
    const inventory = await members;
    return {
        identity,
        ...(logArchive ? { logArchive: { accountId: logArchive.identity.accountId, roleArn: logArchive.roleArn } } : {}),
        region,
        organization,
        trustedAccess,
        delegatedAdministrator,
        serviceLinkedRoles: { organizations: slrOrganizations, cloudtrail: slrCloudTrail },
        bucket,
        trails,
        trailList: listed,
        trail: config && details ? observedTrail(config, details) : null,
        // A trail listed but not readable: whether it exists is unknown, which the plan must not read as "absent".
        trailUnreadable: found.ok ? null : found.failure,
        ...(kmsKey ? { kmsKey } : {}),
        ...(logGroup ? { logGroup } : {}),
        ...(cloudWatchRole ? { cloudWatchRole } : {}),
        ...(snsTopic ? { snsTopic } : {}),
        ...(inventory ? { members: inventory } : {}),
        ...(activeAccounts ? { activeAccounts } : {})
    };
}
/** The trail's settings: as DescribeTrails showed them, else read by its ARN in its home region. */
async function findConfig(clients, shown, at) {
    const seen = shown.find((t) => t.arn === at.arn);
    return seen ? { ok: true, value: seen } : (0,trail/* readTrail */.hd)(clients, at.arn, at.homeRegion);
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

/***/ 8127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ pool),
/* harmony export */   m: () => (/* binding */ readMembers)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7392);
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1695);
/* harmony import */ var _aws_arn_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1626);
/* harmony import */ var _aws_credentials_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6963);
/* harmony import */ var _event_coverage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4479);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7694);
/* harmony import */ var _organization_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7445);
/* harmony import */ var _trail_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3072);
// The member-account trail inventory: every active account of the organization, its trails in every
// region, and whether each records management events. Reads only, in a bounded pool of accounts.








/** How often the log says how far the inventory is. */
const PROGRESS_EVERY_MS = 5_000;
/**
 * Member sessions live only as long as the inventory needs them. 900 s is STS's minimum, and a chained
 * session (the management session is itself assumed) may not exceed one hour anyway.
 */
const MEMBER_SESSION_SECONDS = 900;
/**
 * Runs `work` on every item with at most `size` at a time. Items are taken as the source yields them, so
 * the first accounts are inspected while later pages of the account list are still coming. The workers
 * share one async generator, whose next() calls queue up and each get a distinct item.
 */
async function pool(source, size, work) {
    const worker = async () => {
        for (let next = await source.next(); !next.done; next = await source.next())
            await work(next.value);
    };
    const settled = await Promise.allSettled(Array.from({ length: size }, worker));
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed)
        throw failed.reason;
}
/**
 * The account's own trails. Round trips on its critical path: ListTrails, then DescribeTrails of each home
 * region (multi-region and organization flags) alongside GetEventSelectors of each trail; nothing at all
 * after ListTrails when the account has no trail of its own.
 */
async function ownTrails(clients, accountId, listing) {
    const listed = await listing;
    if (!listed.ok)
        return listed;
    const own = listed.value.filter((t) => t.arn && (0,_aws_arn_js__WEBPACK_IMPORTED_MODULE_4__/* .accountOf */ .XP)(t.arn) === accountId);
    if (own.length === 0)
        return { ok: true, value: [] };
    const homeOf = (t) => t.homeRegion;
    const regions = [...new Set(own.map(homeOf))];
    const [described, selectors] = await Promise.all([
        Promise.all(regions.map((region) => (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .read */ .L)('cloudtrail:DescribeTrails', async () => {
            const out = await clients.cloudtrail(region).send(new _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_5__/* .DescribeTrailsCommand */ .oSd({ includeShadowTrails: false }));
            return out.trailList ?? [];
        }))),
        Promise.all(own.map((t) => (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .read */ .L)('cloudtrail:GetEventSelectors', async () => {
            const out = await clients.cloudtrail(homeOf(t)).send(new _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_5__/* .GetEventSelectorsCommand */ .ave({ TrailName: t.arn }));
            return (0,_event_coverage_js__WEBPACK_IMPORTED_MODULE_0__/* .managementEventCoverage */ .o)(out.EventSelectors ?? [], (out.AdvancedEventSelectors ?? []).map((a) => ({
                Name: a.Name,
                FieldSelectors: (a.FieldSelectors ?? []).map((f) => ({ ...f }))
            }))).any;
        }, 
        // Deleted between the two calls: it is no longer a trail of the account.
        { TrailNotFoundException: null })))
    ]);
    const failure = [...described, ...selectors].find((r) => !r.ok);
    if (failure && !failure.ok)
        return failure;
    const byArn = new Map(described.flatMap((r) => (r.ok ? r.value : [])).map((t) => [t.TrailARN, t]));
    const trails = [];
    own.forEach((t, index) => {
        const detail = byArn.get(t.arn);
        const management = selectors[index];
        if (!detail || !management?.ok || management.value === null)
            return;
        trails.push({
            name: t.name || (detail.Name ?? ''),
            arn: t.arn,
            homeRegion: homeOf(t),
            isOrganizationTrail: detail.IsOrganizationTrail === true,
            isMultiRegionTrail: detail.IsMultiRegionTrail === true,
            managementEvents: management.value
        });
    });
    return { ok: true, value: trails };
}
/** The session's own account is read with the session itself; every other through member-role-name. */
async function inspect(ctx, account) {
    const accountId = account.Id ?? '';
    const name = account.Name ?? '';
    const unreachable = (failure) => ({ accountId, name, status: 'unreachable', failure });
    let clients = ctx.clients;
    if (accountId !== ctx.identity.accountId) {
        const memberRole = (0,_aws_arn_js__WEBPACK_IMPORTED_MODULE_4__/* .roleArn */ .w3)(ctx.identity.partition, accountId, ctx.settings.roleName);
        const assumed = await (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .read */ .L)('sts:AssumeRole', async () => {
            const out = await ctx.clients.sts().send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_6__/* .AssumeRoleCommand */ .QL({
                RoleArn: memberRole,
                RoleSessionName: ctx.settings.sessionName,
                DurationSeconds: MEMBER_SESSION_SECONDS
            }));
            const credentials = (0,_aws_credentials_js__WEBPACK_IMPORTED_MODULE_7__/* .credentialsOf */ .Y)(out.Credentials);
            if (!credentials)
                throw new Error('STS returned no credentials');
            return credentials;
        });
        if (!assumed.ok)
            return unreachable(assumed.failure);
        clients = ctx.clients.withCredentials(assumed.value);
    }
    // The session's own account was listed by the trail lookup already: that answer is used again.
    const listing = accountId === ctx.identity.accountId && ctx.callerTrails ? ctx.callerTrails : (0,_trail_js__WEBPACK_IMPORTED_MODULE_3__/* .listTrails */ .ao)(clients, clients.region);
    const trails = await ownTrails(clients, accountId, listing);
    return trails.ok ? { accountId, name, status: 'ok', trails: trails.value } : unreachable(trails.failure);
}
/**
 * Lists the organization's active accounts and inspects them `concurrency` at a time, logging progress
 * every few seconds. One account's failure is recorded on that account; only a failed account list fails
 * the whole read.
 */
async function readMembers(clients, settings, identity, log, callerTrails) {
    const ctx = { clients, settings, identity, callerTrails };
    const accounts = [];
    let listed = 0;
    let listing = true;
    const started = Date.now();
    const progress = setInterval(() => {
        log(`Member inventory: ${accounts.length} of ${listed}${listing ? '+' : ''} accounts inspected`);
    }, PROGRESS_EVERY_MS);
    progress.unref();
    async function* counted() {
        for await (const account of (0,_organization_js__WEBPACK_IMPORTED_MODULE_2__/* .activeAccounts */ .L6)(clients)) {
            listed += 1;
            yield account;
        }
        listing = false;
    }
    try {
        const result = await (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .read */ .L)('organizations:ListAccounts', async () => {
            await pool(counted(), settings.concurrency, async (account) => {
                accounts.push(await inspect(ctx, account));
            });
            return { roleName: settings.roleName, accounts };
        });
        const unreachable = accounts.filter((a) => a.status === 'unreachable').length;
        log(`Member inventory: ${accounts.length} accounts inspected in ${((Date.now() - started) / 1000).toFixed(1)} s` +
            (unreachable > 0 ? ` (${unreachable} unreachable)` : ''));
        return result;
    }
    finally {
        clearInterval(progress);
    }
}


/***/ }),

/***/ 7445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L6: () => (/* binding */ activeAccounts),
/* harmony export */   R8: () => (/* binding */ readActiveAccountCount),
/* harmony export */   Z0: () => (/* binding */ readServiceLinkedRole),
/* harmony export */   rw: () => (/* binding */ readDelegatedAdministrator),
/* harmony export */   sG: () => (/* binding */ readTrustedAccess),
/* harmony export */   wu: () => (/* binding */ readOrganization)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2503);
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6764);
/* harmony import */ var _aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5770);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7694);




function readOrganization(clients) {
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .read */ .L)('organizations:DescribeOrganization', async () => {
        const { Organization: org } = await clients.organizations().send(new _aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_2__/* .DescribeOrganizationCommand */ .ov$({}));
        return {
            id: org?.Id ?? '',
            featureSet: org?.FeatureSet ?? 'ALL',
            managementAccountId: org?.MasterAccountId ?? ''
        };
    }, { AWSOrganizationsNotInUseException: null });
}
function readTrustedAccess(clients) {
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .read */ .L)('organizations:ListAWSServiceAccessForOrganization', async () => {
        for await (const page of (0,_aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_2__/* .paginateListAWSServiceAccessForOrganization */ .Ayb)({ client: clients.organizations() }, {})) {
            if (page.EnabledServicePrincipals?.some((p) => p.ServicePrincipal === _aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUDTRAIL_PRINCIPAL */ .BX))
                return true;
        }
        return false;
    });
}
function readDelegatedAdministrator(clients, accountId) {
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .read */ .L)('organizations:ListDelegatedAdministrators', async () => {
        const pages = (0,_aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_2__/* .paginateListDelegatedAdministrators */ .X84)({ client: clients.organizations() }, { ServicePrincipal: _aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUDTRAIL_PRINCIPAL */ .BX });
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
    const { service } = _aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICE_LINKED_ROLES */ .SF[role];
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .read */ .L)('iam:ListRoles', async () => {
        for await (const page of (0,_aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__/* .paginateListRoles */ .lwj)({ client: clients.iam() }, { PathPrefix: `/aws-service-role/${service}/` })) {
            if ((page.Roles ?? []).length > 0)
                return true;
        }
        return false;
    });
}
/** ACTIVE accounts only: a suspended or closing account has no one to ask, and records nothing. */
function isActive(account) {
    const state = account.State;
    return (state ?? account.Status) === 'ACTIVE';
}
/** The organization's active accounts, the management account among them, page by page. */
async function* activeAccounts(clients) {
    for await (const page of (0,_aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_2__/* .paginateListAccounts */ .A53)({ client: clients.organizations() }, {})) {
        for (const account of page.Accounts ?? [])
            if (account.Id && isActive(account))
                yield account;
    }
}
/** How many active accounts the organization has, the management account included. */
function readActiveAccountCount(clients) {
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .read */ .L)('organizations:ListAccounts', async () => {
        let count = 0;
        for await (const account of activeAccounts(clients))
            if (account.Id)
                count++;
        return count;
    });
}


/***/ }),

/***/ 7694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ read)
/* harmony export */ });
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
/* harmony export */   ao: () => (/* binding */ listTrails),
/* harmony export */   "do": () => (/* binding */ readSelectors),
/* harmony export */   g$: () => (/* binding */ readTags),
/* harmony export */   hd: () => (/* binding */ readTrail)
/* harmony export */ });
/* unused harmony export toSelectors */
/* harmony import */ var _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7392);
/* harmony import */ var _aws_arn_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1626);
/* harmony import */ var _aws_trail_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2679);
/* harmony import */ var _event_coverage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4479);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7694);





function toTrailConfig(trail) {
    const arn = trail.TrailARN ?? '';
    return { name: trail.Name ?? '', arn, homeRegion: trail.HomeRegion ?? (0,_aws_arn_js__WEBPACK_IMPORTED_MODULE_3__/* .regionOf */ .AP)(arn), ...(0,_aws_trail_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .observedFields */ .iW)(trail) };
}
function toTrailStatus(s) {
    const fields = {
        startLoggingTime: s.StartLoggingTime,
        stopLoggingTime: s.StopLoggingTime,
        latestDeliveryTime: s.LatestDeliveryTime,
        latestDeliveryError: s.LatestDeliveryError,
        latestDigestDeliveryTime: s.LatestDigestDeliveryTime,
        latestDigestDeliveryError: s.LatestDigestDeliveryError,
        latestNotificationTime: s.LatestNotificationTime,
        latestNotificationError: s.LatestNotificationError,
        latestCloudWatchLogsDeliveryTime: s.LatestCloudWatchLogsDeliveryTime,
        latestCloudWatchLogsDeliveryError: s.LatestCloudWatchLogsDeliveryError
    };
    // An empty error or a missing time is no error or no time: the field is left out.
    const present = Object.entries(fields).filter(([, v]) => v !== undefined && v !== '');
    return { isLogging: s.IsLogging === true, ...Object.fromEntries(present) };
}
/** Every trail visible in the region, shadows of other regions' multi-region trails included. */
function readTrails(clients, region) {
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .read */ .L)('cloudtrail:DescribeTrails', async () => {
        const out = await clients.cloudtrail(region).send(new _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_4__/* .DescribeTrailsCommand */ .oSd({ includeShadowTrails: true }));
        return (out.trailList ?? []).map(toTrailConfig);
    });
}
/**
 * Every trail of the account, whatever its home region: DescribeTrails of one region does not show a
 * single-region trail homed in another, ListTrails does.
 */
function listTrails(clients, region) {
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .read */ .L)('cloudtrail:ListTrails', async () => {
        const trails = [];
        for await (const page of (0,_aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_4__/* .paginateListTrails */ .zlR)({ client: clients.cloudtrail(region) }, {})) {
            for (const t of page.Trails ?? []) {
                const arn = t.TrailARN ?? '';
                trails.push({ name: t.Name ?? '', arn, homeRegion: t.HomeRegion ?? (0,_aws_arn_js__WEBPACK_IMPORTED_MODULE_3__/* .regionOf */ .AP)(arn) });
            }
        }
        return trails;
    });
}
/** One trail by its ARN, asked in its home region; null when there is none. */
function readTrail(clients, arn, region) {
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .read */ .L)('cloudtrail:GetTrail', async () => {
        const out = await clients.cloudtrail(region).send(new _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_4__/* .GetTrailCommand */ .mp6({ Name: arn }));
        return out.Trail ? { ...toTrailConfig(out.Trail), homeRegion: out.Trail.HomeRegion ?? region } : null;
    }, { TrailNotFoundException: null });
}
/** The trail's status; null when no trail has that ARN. */
function readTrailStatus(clients, arn, region) {
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .read */ .L)('cloudtrail:GetTrailStatus', async () => {
        return toTrailStatus(await clients.cloudtrail(region).send(new _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_4__/* .GetTrailStatusCommand */ .aMm({ Name: arn })));
    }, { TrailNotFoundException: null });
}
function toSelectors(out) {
    return {
        event: out.EventSelectors ?? [],
        advanced: (out.AdvancedEventSelectors ?? []).map((a) => ({
            Name: a.Name,
            FieldSelectors: (a.FieldSelectors ?? []).map((f) => ({ ...f }))
        }))
    };
}
function readSelectors(clients, arn, region) {
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .read */ .L)('cloudtrail:GetEventSelectors', async () => toSelectors(await clients.cloudtrail(region).send(new _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_4__/* .GetEventSelectorsCommand */ .ave({ TrailName: arn }))), { TrailNotFoundException: null });
}
function readInsights(clients, arn, region) {
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .read */ .L)('cloudtrail:GetInsightSelectors', async () => (await clients.cloudtrail(region).send(new _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_4__/* .GetInsightSelectorsCommand */ .Qsx({ TrailName: arn }))).InsightSelectors ??
        [], { InsightNotEnabledException: [], TrailNotFoundException: null });
}
function readTags(clients, arn, region) {
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .read */ .L)('cloudtrail:ListTags', async () => {
        const out = await clients.cloudtrail(region).send(new _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_4__/* .ListTagsCommand */ .bvr({ ResourceIdList: [arn] }));
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
    return (0,_event_coverage_js__WEBPACK_IMPORTED_MODULE_1__/* .managementEventCoverage */ .o)(selectors.event, selectors.advanced);
}


/***/ })

};

//# sourceMappingURL=791.index.js.map