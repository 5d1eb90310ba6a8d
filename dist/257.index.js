export const id = 257;
export const ids = [257];
export const modules = {

/***/ 9001:
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

/***/ 2878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ s3DataEventCoverage),
/* harmony export */   o: () => (/* binding */ managementEventCoverage)
/* harmony export */ });
/* harmony import */ var _aws_arn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2529);

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

/***/ 2257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T9: () => (/* binding */ EVERY_REGION),
/* harmony export */   WY: () => (/* binding */ reviewMembers),
/* harmony export */   c_: () => (/* binding */ checkMembers),
/* harmony export */   e_: () => (/* binding */ needsAttention)
/* harmony export */ });
/* unused harmony export regionsAtLimit */
/* harmony import */ var _aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8967);
/* harmony import */ var _observe_event_coverage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2878);
/* harmony import */ var _aws_actions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9001);
/* harmony import */ var _aws_cli_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4772);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4051);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4678);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(522);
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
    if (failure.action === 'sts:AssumeRole' && (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isAccessDenied */ .w7)(failure.code))
        return `sts:AssumeRole denied (${failure.code}): the role does not exist in the account or does not trust the management account`;
    if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isAccessDenied */ .w7)(failure.code))
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
const label = (a) => (a.name ? `${a.accountId} (${a.name})` : a.accountId);
const regionLabel = (region) => (region === EVERY_REGION ? 'every region' : region);
/** The three findings of the inventory. None of them ever blocks the organization trail. */
function checkMembers(ctx, r) {
    if (r.listFailure) {
        return [
            (0,_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .unreadable */ .O$)({
                id: 'members.unreachable',
                title: 'Member accounts could not be listed',
                failure: r.listFailure,
                severity: 'warning'
            })
        ];
    }
    const full = r.accounts.filter((a) => a.atLimit.length > 0);
    const paying = r.accounts.filter((a) => a.paidCopies.length > 0);
    const unreachable = r.accounts.filter((a) => a.status === 'unreachable');
    const when = r.organizationTrailExists ? 'with the organization trail' : 'once the organization trail is created';
    const limit = inventoryFinding('members.trail-limit', full.length > 0 && {
        title: 'Member accounts at the trail limit',
        detail: `${(0,_wording_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .L)(full.length, 'account')} ${full.length === 1 ? 'has' : 'have'} ${_aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_TRAILS_PER_REGION */ .Ww} trails in a region ${when} (a multi-region trail counts in every region): ` +
            `${listed(full, (a) => `${label(a)} in ${a.atLimit.map((l) => `${regionLabel(l.region)} (${l.trails.join(', ')})`).join(', ')}`)}. ` +
            'CloudTrail creates the organization trail there anyway, so these accounts cannot add a trail of their own in those regions.',
        remediation: `# In each account, delete the trails it no longer needs (org-trail never deletes anything):\n${full
            .slice(0, LISTED)
            .flatMap((a) => a.trails
            .filter((t) => t.arn !== ctx.trailArn)
            .map((t) => `${(0,_aws_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .deleteTrailCommand */ .$S)(t.arn, t.homeRegion)}  # account ${label(a)}`))
            .join('\n')}`
    }, {
        title: 'No member account at the trail limit',
        detail: `Every inspected account can still add a trail of its own in every region ${when}.`
    });
    const copies = paying.flatMap((a) => a.paidCopies.map((t) => ({ account: a, trail: t })));
    const paid = inventoryFinding('members.paid-copies', copies.length > 0 && {
        title: 'Paid copies of management events',
        detail: `${(0,_wording_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .L)(copies.length, 'trail')} in ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .L)(paying.length, 'account')} ${copies.length === 1 ? 'records' : 'record'} management events as well as the organization trail; ` +
            `only the first copy of management events in a region is free, so each of them is a paid copy: ${listed(copies, ({ account, trail }) => `${trail.name} in ${label(account)}`)}.`,
        remediation: `# Run in the trail's account: delete the trail, or keep it for data events only by writing its selectors back\n` +
            `# with "IncludeManagementEvents": false (selectors.json: what get-event-selectors shows, so edited).\n${copies
                .slice(0, LISTED)
                .map(({ account, trail }) => `# account ${label(account)}\n${(0,_aws_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .deleteTrailCommand */ .$S)(trail.arn, trail.homeRegion)}\n` +
                `${(0,_aws_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .getEventSelectorsCommand */ .yH)(trail.arn, trail.homeRegion)}\n` +
                (0,_aws_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .putEventSelectorsCommand */ .Jw)(trail.arn, trail.homeRegion, 'file://selectors.json'))
                .join('\n')}`
    }, {
        title: 'No paid copy of management events',
        detail: 'No trail of an inspected account records management events as well as the organization trail.'
    });
    const partition = ctx.observed.identity.partition;
    const lost = inventoryFinding('members.unreachable', unreachable.length > 0 && {
        title: 'Member accounts not inspected',
        detail: `${(0,_wording_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .L)(unreachable.length, 'account')} of ${r.totals.accounts} could not be inspected through the role ${r.roleName}: ` +
            `${r.unreachableByReason.map((g) => `${g.count} × ${g.reason}`).join('; ')}. ${unreachable.length === 1 ? 'Its' : 'Their'} trails are not in this inventory; the organization trail does not depend on them. ` +
            `Accounts: ${listed(unreachable, label)}.`,
        remediation: `# Deploy the role "${r.roleName}" to every member account, trusting the management account ${ctx.managementAccountId} ` +
            `(the README's member-account inventory section has a StackSet template), with this permission policy:\n` +
            `# ${(0,_aws_actions_js__WEBPACK_IMPORTED_MODULE_2__/* .inventoryActionsFor */ .Tz)('member').join(', ')} on "*".\n` +
            `# The role org-trail runs as needs sts:AssumeRole on arn:${partition}:iam::*:role/${r.roleName}.`
    }, {
        title: 'Every member account inspected',
        detail: `${(0,_wording_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .L)(r.totals.accounts, 'account')} inspected through the role ${r.roleName}.`
    });
    return [limit, paid, lost];
}
/** An inventory finding: a warning with what was found and what to do, or ok when nothing was. */
function inventoryFinding(id, found, clear) {
    return (0,_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .prerequisite */ .l1)(found ? { id, severity: 'warning', ...found } : { id, severity: 'ok', ...clear });
}


/***/ })

};

//# sourceMappingURL=257.index.js.map