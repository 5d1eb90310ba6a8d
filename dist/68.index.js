export const id = 68;
export const ids = [68];
export const modules = {

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

/***/ 7527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ bucketOwnerOf),
/* harmony export */   TN: () => (/* binding */ MANAGERS),
/* harmony export */   kk: () => (/* binding */ trailManager),
/* harmony export */   uY: () => (/* binding */ leftToOwner)
/* harmony export */ });
/* unused harmony export bucketManager */
/* harmony import */ var _aws_arn_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1626);
/* harmony import */ var _aws_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1191);
/* harmony import */ var _policy_bucket_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7698);
/* harmony import */ var _policy_kms_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8871);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7913);
// Who manages a trail, a bucket or a key, when another system does: AWS Control Tower or the Landing Zone
// Accelerator. Such a resource is observed and judged like any other, but its differences become findings
// with its owner's remedy, never changes (DESIGN.md, "Who owns a resource").
//
// How each is recognized. Neither AWS nor LZA documents a mark that says "this resource is ours"; these are
// the names they give their resources, and the ones their own guardrails rely on:
// - Control Tower names its resources aws-controltower-*: its organization trail (landing zone 3.0 and later)
//   is aws-controltower-BaselineCloudTrail, its log bucket aws-controltower-logs-<log archive>-<region>, and
//   its mandatory controls protect exactly arn:aws:cloudtrail:*:*:trail/aws-controltower-* and
//   arn:aws:s3:::aws-controltower* (Control Tower guide, "Mandatory controls"). What tags it puts on its trail
//   is not documented, so tags play no part.
// - LZA names its organization trail <prefix>-Organizations-CloudTrail (prefix AWSAccelerator by default) and
//   tags every resource it creates Accelerator=<prefix>; its buckets are aws-accelerator-* (the prefix,
//   lower-cased). Both from LZA's source and configuration reference, not from a documented contract.





const MANAGERS = {
    'control-tower': {
        name: 'AWS Control Tower',
        remedy: {
            trail: (trail) => `# Trail ${trail} is managed by AWS Control Tower: org-trail writes nothing to it, and a change made to\n` +
                `# the trail itself is drift that Control Tower reports (its controls refuse it in governed accounts).\n` +
                `# Change its settings (CloudTrail on or off, the KMS key, log retention) in Control Tower's landing zone\n` +
                `# settings; what they do not offer (data events, for one) takes a trail of your own that records no\n` +
                `# management events. Put back a change made to the trail by resetting the landing zone (console: Landing\n` +
                `# zone settings, Repair), from the management account in the landing zone's home region:\n` +
                `${_aws_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .LIST_LANDING_ZONES_COMMAND */ .zq}\n${(0,_aws_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .resetLandingZoneCommand */ .c8)('LANDING_ZONE_ARN')}`,
            bucket: (bucket) => `# Bucket ${bucket} is AWS Control Tower's: its mandatory controls (SCPs on the Security OU) refuse any\n` +
                `# change of its policy, encryption, logging or lifecycle to every principal but AWSControlTowerExecution,\n` +
                `# and org-trail writes nothing to it. The landing zone's administrators can apply this through\n` +
                `# AWSControlTowerExecution in the Log Archive account (Control Tower may restore its own policy when it\n` +
                `# updates or resets the landing zone); or deliver to a bucket of your own in the Log Archive account.`,
            key: (key) => `# Key ${key} encrypts the logs of a trail AWS Control Tower manages: org-trail writes nothing to it. Its policy\n` +
                `# is yours to change, keeping what Control Tower's landing zone settings require of it.`
        }
    },
    'landing-zone-accelerator': {
        name: 'the Landing Zone Accelerator (LZA)',
        remedy: {
            trail: (trail) => `# Trail ${trail} is managed by the Landing Zone Accelerator (LZA): org-trail writes nothing to it.\n` +
                `# Change it in LZA's global-config.yaml (logging.cloudtrail: organizationTrail, organizationTrailSettings)\n` +
                `# and release the accelerator's pipeline; a change made to the trail itself is drift from the stack LZA\n` +
                `# deployed, to be put back as global-config.yaml declares it.`,
            bucket: (bucket) => `# Bucket ${bucket} is the Landing Zone Accelerator's (LZA): LZA deploys its configuration, and org-trail\n` +
                `# writes nothing to it. Change it in LZA's global-config.yaml (logging.centralLogBucket; statements for\n` +
                `# its policy: s3ResourcePolicyAttachments, a JSON file of them), then release the accelerator's pipeline.`,
            key: (key) => `# Key ${key} is the Landing Zone Accelerator's (LZA): LZA deploys its policy, and org-trail writes nothing\n` +
                `# to it. Add these statements through LZA's global-config.yaml\n` +
                `# (logging.centralLogBucket.kmsResourcePolicyAttachments), then release its pipeline.`
        }
    }
};
const LZA_TRAIL = /-Organizations-CloudTrail$/;
const LZA_TAG = 'Accelerator';
/** The system that manages a trail, by its name (and, when read, its tags); null: none that org-trail knows. */
function trailManager(name, tags = null) {
    if (name.startsWith('aws-controltower-'))
        return 'control-tower';
    if (LZA_TRAIL.test(name) || (tags !== null && Object.hasOwn(tags, LZA_TAG)))
        return 'landing-zone-accelerator';
    return null;
}
/** The system that manages the trail's bucket: its own, by its name, or the trail's manager (then it is the trail's). */
function bucketOwnerOf(ctx) {
    return bucketManager(ctx.settings.trail.s3BucketName) ?? ctx.managedBy;
}
/** The system that manages a bucket, by its name; null: none that org-trail knows. */
function bucketManager(bucket) {
    if (bucket.startsWith('aws-controltower'))
        return 'control-tower';
    if (bucket.startsWith('aws-accelerator-'))
        return 'landing-zone-accelerator';
    return null;
}
/** The resource a write configures, as its owner's remedy names it. */
function managedBy(change) {
    switch (change.kind) {
        case 'create-bucket':
        case 'harden-bucket':
        case 'put-bucket-policy':
            return { resource: 'bucket', name: change.bucket };
        case 'put-key-policy':
            return { resource: 'key', name: change.keyArn };
        case 'create-trail':
            return { resource: 'trail', name: change.trail.name };
        case 'update-trail':
        case 'start-logging':
        case 'put-event-selectors':
        case 'put-insight-selectors':
        case 'add-tags':
            return { resource: 'trail', name: (0,_aws_arn_js__WEBPACK_IMPORTED_MODULE_4__/* .trailNameOf */ .Zu)(change.arn) };
        case 'enable-trusted-access':
        case 'create-service-linked-role':
            return null;
    }
}
/** The statements a policy write would have merged: what the owner is asked to add instead. */
function statementsOf(change) {
    if (change.kind === 'put-bucket-policy')
        return [...(change.ensure ?? []), ...(0,_policy_bucket_js__WEBPACK_IMPORTED_MODULE_1__/* .ownStatements */ .zP)(change.grant)];
    if (change.kind === 'put-key-policy')
        return (0,_policy_kms_js__WEBPACK_IMPORTED_MODULE_2__/* .kmsStatements */ .SA)(change.grant);
    return [];
}
/**
 * A step whose writes are another system's to make: no change is left, a difference org-trail would have
 * fixed is a blocker (only the owner can resolve it), and its remedy says where the owner makes it, with
 * the statements when it is a policy. A step that changes nothing of the owner's is returned as it is.
 */
function leftToOwner(step, manager, owns) {
    const changes = step.changes ?? [];
    const owned = changes.flatMap((c) => {
        const target = managedBy(c);
        return target && owns(target.resource) ? [{ change: c, ...target }] : [];
    });
    const [first] = owned;
    if (!first)
        return step;
    const rest = changes.filter((c) => !owned.some((o) => o.change === c));
    const words = MANAGERS[manager];
    const kept = rest.length > 0 ? { changes: rest } : {};
    // A write that only rides along (provenance tags) is dropped without a word.
    if (step.finding.severity === 'ok')
        return { finding: step.finding, ...kept };
    const statements = owned.flatMap((o) => statementsOf(o.change));
    const remedy = words.remedy[first.resource](first.name);
    return {
        finding: {
            ...step.finding,
            severity: step.finding.severity === 'fixable' ? 'blocker' : step.finding.severity,
            detail: `${step.finding.detail.replace(/[.\s]*$/, '.')} ${words.name} manages ${first.resource} ${first.name}, so org-trail leaves this to it.`,
            remediation: statements.length > 0 ? `${remedy}\n${(0,_findings_js__WEBPACK_IMPORTED_MODULE_3__/* .policyDocumentOf */ .Jf)(statements)}` : remedy
        },
        ...kept
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
/* unused harmony export regionsAtLimit */
/* harmony import */ var _aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5770);
/* harmony import */ var _observe_event_coverage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4479);
/* harmony import */ var _aws_actions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1966);
/* harmony import */ var _aws_cli_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1191);
/* harmony import */ var _aws_explain_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7754);
/* harmony import */ var _managers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7527);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9378);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7913);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(979);
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
/** The command to delete a trail, unless another system manages it: then where to change it instead. */
function deleteUnlessManaged(t) {
    const manager = (0,_managers_js__WEBPACK_IMPORTED_MODULE_5__/* .trailManager */ .kk)(t.name);
    if (manager === null)
        return (0,_aws_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .deleteTrailCommand */ .$S)(t.arn, t.homeRegion);
    return `# ${t.arn} is managed by ${_managers_js__WEBPACK_IMPORTED_MODULE_5__/* .MANAGERS */ .TN[manager].name}: change it there, never delete it by hand`;
}
/** A person's reading of a failure: the call, the code, and what it usually means. */
function reasonOf(failure) {
    // Grouped by reason: the kind of policy, never the account, so that one SCP over many accounts is one line.
    const named = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .isAccessDenied */ .w7)(failure.code) ? (0,_aws_explain_js__WEBPACK_IMPORTED_MODULE_4__/* .explainDenial */ .L)(failure.action, failure.message).named : null;
    if (named)
        return `${failure.action} refused by ${named} (${failure.code}): the member role's policy cannot fix it`;
    if (failure.action === 'sts:AssumeRole' && (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .isAccessDenied */ .w7)(failure.code))
        return `sts:AssumeRole denied (${failure.code}): the role does not exist in the account or does not trust the management account`;
    if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .isAccessDenied */ .w7)(failure.code))
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
            (0,_findings_js__WEBPACK_IMPORTED_MODULE_7__/* .unreadable */ .O$)({
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
        detail: `${(0,_wording_js__WEBPACK_IMPORTED_MODULE_8__/* .plural */ .L)(full.length, 'account')} ${full.length === 1 ? 'has' : 'have'} ${_aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_TRAILS_PER_REGION */ .Ww} trails in a region ${when} (a multi-region trail counts in every region): ` +
            `${listed(full, (a) => `${label(a)} in ${a.atLimit.map((l) => `${regionLabel(l.region)} (${l.trails.join(', ')})`).join(', ')}`)}. ` +
            'CloudTrail creates the organization trail there anyway, so these accounts cannot add a trail of their own in those regions.',
        remediation: `# In each account, delete the trails it no longer needs (org-trail never deletes anything):\n${full
            .slice(0, LISTED)
            .flatMap((a) => a.trails.filter((t) => t.arn !== ctx.trailArn).map((t) => `${deleteUnlessManaged(t)}  # account ${label(a)}`))
            .join('\n')}`
    }, {
        title: 'No member account at the trail limit',
        detail: `Every inspected account can still add a trail of its own in every region ${when}.`
    });
    const copies = paying.flatMap((a) => a.paidCopies.map((t) => ({ account: a, trail: t })));
    const paid = inventoryFinding('members.paid-copies', copies.length > 0 && {
        title: 'Paid copies of management events',
        detail: `${(0,_wording_js__WEBPACK_IMPORTED_MODULE_8__/* .plural */ .L)(copies.length, 'trail')} in ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_8__/* .plural */ .L)(paying.length, 'account')} ${copies.length === 1 ? 'records' : 'record'} management events as well as the organization trail; ` +
            `only the first copy of management events in a region is free, so each of them is a paid copy: ${listed(copies, ({ account, trail }) => `${trail.name} in ${label(account)}`)}.`,
        remediation: `# Run in the trail's account: delete the trail, or keep it for data events only by writing its selectors back\n` +
            `# with "IncludeManagementEvents": false (selectors.json: what get-event-selectors shows, so edited).\n${copies
                .slice(0, LISTED)
                .map(({ account, trail }) => `# account ${label(account)}\n${deleteUnlessManaged(trail)}\n` +
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
        detail: `${(0,_wording_js__WEBPACK_IMPORTED_MODULE_8__/* .plural */ .L)(unreachable.length, 'account')} of ${r.totals.accounts} could not be inspected through the role ${r.roleName}: ` +
            `${r.unreachableByReason.map((g) => `${g.count} × ${g.reason}`).join('; ')}. ${unreachable.length === 1 ? 'Its' : 'Their'} trails are not in this inventory; the organization trail does not depend on them. ` +
            `Accounts: ${listed(unreachable, label)}.`,
        remediation: `# Deploy the role "${r.roleName}" to every member account, trusting the management account ${ctx.managementAccountId} ` +
            `(org-trail's docs/inventory.md has a StackSet template), with this permission policy:\n` +
            `# ${(0,_aws_actions_js__WEBPACK_IMPORTED_MODULE_2__/* .inventoryActionsFor */ .Tz)('member').join(', ')} on "*".\n` +
            `# The role org-trail runs as needs sts:AssumeRole on arn:${partition}:iam::*:role/${r.roleName}.`
    }, {
        title: 'Every member account inspected',
        detail: `${(0,_wording_js__WEBPACK_IMPORTED_MODULE_8__/* .plural */ .L)(r.totals.accounts, 'account')} inspected through the role ${r.roleName}.`
    });
    return [limit, paid, lost];
}
/** An inventory finding: a warning with what was found and what to do, or ok when nothing was. */
function inventoryFinding(id, found, clear) {
    return (0,_findings_js__WEBPACK_IMPORTED_MODULE_7__/* .prerequisite */ .l1)(found ? { id, severity: 'warning', ...found } : { id, severity: 'ok', ...clear });
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
/* harmony import */ var _aws_arn_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1626);
/* harmony import */ var _cloudtrail_request_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8735);
/* harmony import */ var _cloudtrail_statement_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1851);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1561);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2863);
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3842);
// The KMS key policy CloudTrail needs to encrypt an organization trail's logs: analysis and merge.






/** KMS key policies are limited to 32 KB. */
const MAX_KEY_POLICY_BYTES = 32 * 1024;
function kmsRequests(g) {
    return (0,_cloudtrail_request_js__WEBPACK_IMPORTED_MODULE_0__/* .kmsRequests */ ._e)({ trailArn: g.trailArn, accountId: g.accountId, ...(g.organizationId ? { organizationId: g.organizationId } : {}) }, g.keyArn, g.bucketKey);
}
function kmsStatements(g) {
    return [
        (0,_cloudtrail_statement_js__WEBPACK_IMPORTED_MODULE_1__/* .allowCloudTrail */ .F)('OrgTrailKmsEncrypt', 'kms:GenerateDataKey*', '*', {
            StringEquals: { 'aws:SourceArn': [g.trailArn] },
            StringLike: {
                'kms:EncryptionContext:aws:cloudtrail:arn': (0,_aws_arn_js__WEBPACK_IMPORTED_MODULE_3__/* .trailArn */ .eL)(g.partition, '*', g.accountId, '*')
            }
        }),
        // Scoped to the trail as AWS's key-policy guide recommends for every CloudTrail statement.
        (0,_cloudtrail_statement_js__WEBPACK_IMPORTED_MODULE_1__/* .allowCloudTrail */ .F)('OrgTrailKmsDescribe', 'kms:DescribeKey', '*', { StringEquals: { 'aws:SourceArn': [g.trailArn] } }),
        // AWS's guide says CloudTrail needs kms:Decrypt with an S3 Bucket Key, without showing the statement:
        // scoped to the trail with aws:SourceArn like the others.
        ...(g.bucketKey
            ? [(0,_cloudtrail_statement_js__WEBPACK_IMPORTED_MODULE_1__/* .allowCloudTrail */ .F)('OrgTrailKmsDecrypt', 'kms:Decrypt', '*', { StringEquals: { 'aws:SourceArn': [g.trailArn] } })]
            : [])
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
function mergeKeyPolicy(policy, g) {
    return (0,_merge_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeOwnStatements */ .n)(policy, kmsStatements(g), (p) => missingKmsActions(p, g).length === 0, g.trailArn);
}
function parseKeyPolicy(text) {
    return (0,_document_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePolicyDocument */ .X)(text, 'key policy');
}


/***/ })

};

//# sourceMappingURL=68.index.js.map