export const id = 917;
export const ids = [917];
export const modules = {

/***/ 5917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  locateTrail: () => (/* binding */ locateTrail),
  observe: () => (/* binding */ observe)
});

// EXTERNAL MODULE: ./src/aws/cloudtrail.ts
var cloudtrail = __webpack_require__(5770);
// EXTERNAL MODULE: ./src/observe/bucket.ts
var observe_bucket = __webpack_require__(9072);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var dist_cjs = __webpack_require__(6764);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/observe/read.ts
var read = __webpack_require__(7694);
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
            for await (const page of (0,dist_cjs/* paginateListRolePolicies */.ow6)({ client: iam }, { RoleName }))
                names.push(...(page.PolicyNames ?? []));
            const outs = await Promise.all(names.map((PolicyName) => (0,errors/* call */.T1)('iam:GetRolePolicy', () => iam.send(new dist_cjs/* GetRolePolicyCommand */.WHQ({ RoleName, PolicyName })))));
            return outs.map((out) => decode(out.PolicyDocument));
        });
        const attached = (0,errors/* call */.T1)('iam:ListAttachedRolePolicies', async () => {
            const arns = [];
            for await (const page of (0,dist_cjs/* paginateListAttachedRolePolicies */.mpN)({ client: iam }, { RoleName })) {
                arns.push(...(page.AttachedPolicies ?? []).flatMap((p) => (p.PolicyArn ? [p.PolicyArn] : [])));
            }
            return Promise.all(arns.map(async (PolicyArn) => {
                const meta = await (0,errors/* call */.T1)('iam:GetPolicy', () => iam.send(new dist_cjs/* GetPolicyCommand */.s4W({ PolicyArn })));
                const version = await (0,errors/* call */.T1)('iam:GetPolicyVersion', () => iam.send(new dist_cjs/* GetPolicyVersionCommand */.G45({ PolicyArn, VersionId: meta.Policy?.DefaultVersionId })));
                return decode(version.PolicyVersion?.Document);
            }));
        });
        const [role, inlineDocs, attachedDocs] = await Promise.all([
            iam.send(new dist_cjs/* GetRoleCommand */.kbp({ RoleName })),
            inline,
            attached
        ]);
        const policies = [...inlineDocs, ...attachedDocs].filter((doc) => doc !== null);
        return { arn: role.Role?.Arn ?? roleArn, trustPolicy: decode(role.Role?.AssumeRolePolicyDocument), policies };
    }, { NoSuchEntity: null, NoSuchEntityException: null });
}

// EXTERNAL MODULE: ./src/observe/kms.ts
var kms = __webpack_require__(8949);
// EXTERNAL MODULE: ./src/observe/members.ts
var observe_members = __webpack_require__(8127);
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
            if (page.EnabledServicePrincipals?.some((p) => p.ServicePrincipal === cloudtrail/* CLOUDTRAIL_PRINCIPAL */.BX))
                return true;
        }
        return false;
    });
}
function readDelegatedAdministrator(clients, accountId) {
    return (0,read/* read */.L)('organizations:ListDelegatedAdministrators', async () => {
        const pages = (0,client_organizations_dist_cjs/* paginateListDelegatedAdministrators */.X84)({ client: clients.organizations() }, { ServicePrincipal: cloudtrail/* CLOUDTRAIL_PRINCIPAL */.BX });
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
    const { service } = cloudtrail/* SERVICE_LINKED_ROLES */.SF[role];
    return (0,read/* read */.L)('iam:ListRoles', async () => {
        for await (const page of (0,dist_cjs/* paginateListRoles */.lwj)({ client: clients.iam() }, { PathPrefix: `/aws-service-role/${service}/` })) {
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








/** The account and name an ARN (arn:PARTITION:cloudtrail:REGION:ACCOUNT:trail/NAME) carries. */
function ownerAndName(arn) {
    const parts = arn.split(':');
    return { account: parts[4] ?? '', name: (parts[5] ?? '').replace(/^trail\//, '') };
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
async function observe(clients, settings, identity, log = () => undefined, logArchive) {
    const { region } = settings;
    // Every trail of the account: the trail lookup needs it, and the inventory's own account reuses it.
    const trailList = (0,trail/* listTrails */.ao)(clients, region);
    // The longest read by far: started first, awaited last, so the trail's second wave never waits for it.
    const members = settings.members ? (0,observe_members/* readMembers */.mo)(clients, settings.members, identity, log, trailList) : skip;
    const declared = settings.trail;
    const guessedArn = (0,cloudtrail/* trailArn */.eL)(identity.partition, region, identity.accountId, declared.name);
    // The bucket is the Log Archive account's when its role is given; the key too when its ARN says so.
    const bucketClients = logArchive?.clients ?? clients;
    const keyInLogArchive = logArchive !== undefined && (0,kms/* kmsKeyAccount */.U$)(declared.kmsKeyId) === logArchive.identity.accountId;
    const keySession = keyInLogArchive ? logArchive : { clients, identity };
    const topicArn = declared.snsTopicName
        ? snsTopicArn(declared.snsTopicName, identity.partition, region, identity.accountId)
        : '';
    const [organization, trustedAccess, slrOrganizations, slrCloudTrail, bucket, trails, listed, guessed, kmsKey, logGroup, cloudWatchRole, snsTopic] = await Promise.all([
        readOrganization(clients),
        readTrustedAccess(clients),
        readServiceLinkedRole(clients, 'organizations'),
        readServiceLinkedRole(clients, 'cloudtrail'),
        (0,observe_bucket/* readBucket */.jk)(bucketClients, declared.s3BucketName, settings.createBucket),
        (0,trail/* readTrails */.YL)(clients, region),
        trailList,
        readTrailDetails(clients, settings, guessedArn, region),
        declared.kmsKeyId ? (0,kms/* readKmsKey */.Z8)(keySession.clients, declared.kmsKeyId, region, keySession.identity.accountId) : skip,
        declared.cloudWatchLogsLogGroupArn ? readLogGroup(clients, declared.cloudWatchLogsLogGroupArn) : skip,
        declared.cloudWatchLogsRoleArn ? readCloudWatchRole(clients, declared.cloudWatchLogsRoleArn) : skip,
        topicArn ? readSnsTopic(clients, topicArn) : skip
    ]);
    // The account whose id the trail's ARN carries, by the plan's own rule: where the trail is to be found.
    const owner = (0,cloudtrail/* managementAccountOf */.uy)(declared.isOrganizationTrail, organization.ok ? organization.value : null, identity.accountId);
    const expectedArn = (0,cloudtrail/* trailArn */.eL)(identity.partition, region, owner, declared.name);
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
    const [{ found, config, details }, delegatedAdministrator] = await Promise.all([
        trailReads(),
        needsDelegation ? readDelegatedAdministrator(clients, identity.accountId) : Promise.resolve(null)
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
        // A trail listed but not readable: whether it exists is unknown, which the plan must not read as "absent".
        trailList: found.ok ? listed : found,
        trail: config && details ? observedTrail(config, details) : null,
        ...(kmsKey ? { kmsKey } : {}),
        ...(logGroup ? { logGroup } : {}),
        ...(cloudWatchRole ? { cloudWatchRole } : {}),
        ...(snsTopic ? { snsTopic } : {}),
        ...(inventory ? { members: inventory } : {})
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
/* harmony export */   L6: () => (/* binding */ activeAccounts),
/* harmony export */   dz: () => (/* binding */ pool),
/* harmony export */   mo: () => (/* binding */ readMembers)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7392);
/* harmony import */ var _aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2503);
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1695);
/* harmony import */ var _event_coverage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4479);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7694);
/* harmony import */ var _trail_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3072);
// The member-account trail inventory: every active account of the organization, its trails in every
// region, and whether each records management events. Reads only, in a bounded pool of accounts.






/** How often the log says how far the inventory is. */
const PROGRESS_EVERY_MS = 5_000;
/**
 * Member sessions live only as long as the inventory needs them. 900 s is STS's minimum, and a chained
 * session (the management session is itself assumed) may not exceed one hour anyway.
 */
const MEMBER_SESSION_SECONDS = 900;
/** The account id an ARN carries. */
const accountOfArn = (arn) => arn.split(':')[4] ?? '';
/** ACTIVE accounts only: a suspended or closing account has no one to ask. */
function isActive(account) {
    const state = account.State;
    return (state ?? account.Status) === 'ACTIVE';
}
/** The organization's active accounts, page by page (log verification lists them too). */
async function* activeAccounts(clients) {
    for await (const page of (0,_aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_3__/* .paginateListAccounts */ .A53)({ client: clients.organizations() }, {})) {
        for (const account of page.Accounts ?? [])
            if (account.Id && isActive(account))
                yield account;
    }
}
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
    const own = listed.value.filter((t) => t.arn && accountOfArn(t.arn) === accountId);
    if (own.length === 0)
        return { ok: true, value: [] };
    const homeOf = (t) => t.homeRegion;
    const regions = [...new Set(own.map(homeOf))];
    const [described, selectors] = await Promise.all([
        Promise.all(regions.map((region) => (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .read */ .L)('cloudtrail:DescribeTrails', async () => {
            const out = await clients.cloudtrail(region).send(new _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_4__/* .DescribeTrailsCommand */ .oSd({ includeShadowTrails: false }));
            return out.trailList ?? [];
        }))),
        Promise.all(own.map((t) => (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .read */ .L)('cloudtrail:GetEventSelectors', async () => {
            const out = await clients.cloudtrail(homeOf(t)).send(new _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_4__/* .GetEventSelectorsCommand */ .ave({ TrailName: t.arn }));
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
        const roleArn = `arn:${ctx.identity.partition}:iam::${accountId}:role/${ctx.settings.roleName}`;
        const assumed = await (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .read */ .L)('sts:AssumeRole', async () => {
            const out = await ctx.clients.sts().send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_5__/* .AssumeRoleCommand */ .QL({
                RoleArn: roleArn,
                RoleSessionName: ctx.settings.sessionName,
                DurationSeconds: MEMBER_SESSION_SECONDS
            }));
            const c = out.Credentials;
            if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken)
                throw new Error('STS returned no credentials');
            return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken };
        });
        if (!assumed.ok)
            return unreachable(assumed.failure);
        clients = ctx.clients.withCredentials(assumed.value);
    }
    // The session's own account was listed by the trail lookup already: that answer is used again.
    const listing = accountId === ctx.identity.accountId && ctx.callerTrails ? ctx.callerTrails : (0,_trail_js__WEBPACK_IMPORTED_MODULE_2__/* .listTrails */ .ao)(clients, clients.region);
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
        for await (const account of activeAccounts(clients)) {
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
/* harmony import */ var _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7392);
/* harmony import */ var _aws_trail_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2679);
/* harmony import */ var _event_coverage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4479);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7694);




function toTrailConfig(trail) {
    const arn = trail.TrailARN ?? '';
    const fields = {};
    for (const spec of _aws_trail_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .TRAIL_FIELDS */ .vf) {
        const value = (0,_aws_trail_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .reportedValue */ .F3)(spec, trail);
        if (value !== undefined)
            fields[spec.observed] = value;
    }
    // The table gives each field of TrailConfig its key and its kind (boolean or string, absent when none).
    return {
        name: trail.Name ?? '',
        arn,
        homeRegion: trail.HomeRegion ?? arn.split(':')[3] ?? '',
        ...fields
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
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .read */ .L)('cloudtrail:DescribeTrails', async () => {
        const out = await clients.cloudtrail(region).send(new _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_3__/* .DescribeTrailsCommand */ .oSd({ includeShadowTrails: true }));
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
        for await (const page of (0,_aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_3__/* .paginateListTrails */ .zlR)({ client: clients.cloudtrail(region) }, {})) {
            for (const t of page.Trails ?? []) {
                const arn = t.TrailARN ?? '';
                trails.push({ name: t.Name ?? '', arn, homeRegion: t.HomeRegion ?? arn.split(':')[3] ?? '' });
            }
        }
        return trails;
    });
}
/** One trail by its ARN, asked in its home region; null when there is none. */
function readTrail(clients, arn, region) {
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .read */ .L)('cloudtrail:GetTrail', async () => {
        const out = await clients.cloudtrail(region).send(new _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_3__/* .GetTrailCommand */ .mp6({ Name: arn }));
        return out.Trail ? { ...toTrailConfig(out.Trail), homeRegion: out.Trail.HomeRegion ?? region } : null;
    }, { TrailNotFoundException: null });
}
/** The trail's status; null when no trail has that ARN. */
function readTrailStatus(clients, arn, region) {
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .read */ .L)('cloudtrail:GetTrailStatus', async () => {
        return toTrailStatus(await clients.cloudtrail(region).send(new _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_3__/* .GetTrailStatusCommand */ .aMm({ Name: arn })));
    }, { TrailNotFoundException: null });
}
function readSelectors(clients, arn, region) {
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .read */ .L)('cloudtrail:GetEventSelectors', async () => {
        const out = await clients.cloudtrail(region).send(new _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_3__/* .GetEventSelectorsCommand */ .ave({ TrailName: arn }));
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
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .read */ .L)('cloudtrail:GetInsightSelectors', async () => (await clients.cloudtrail(region).send(new _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_3__/* .GetInsightSelectorsCommand */ .Qsx({ TrailName: arn }))).InsightSelectors ??
        [], { InsightNotEnabledException: [], TrailNotFoundException: null });
}
function readTags(clients, arn, region) {
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .read */ .L)('cloudtrail:ListTags', async () => {
        const out = await clients.cloudtrail(region).send(new _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_3__/* .ListTagsCommand */ .bvr({ ResourceIdList: [arn] }));
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

//# sourceMappingURL=917.index.js.map