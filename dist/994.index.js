export const id = 994;
export const ids = [994];
export const modules = {

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

/***/ 7329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ renderMembers),
/* harmony export */   j6: () => (/* binding */ memberOutputs)
/* harmony export */ });
/* unused harmony exports MEMBER_TRAILS_MAX_BYTES, SUMMARY_ATTENTION_ROWS, SUMMARY_FOLDED_ROWS */
/* harmony import */ var _plan_members_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8068);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4285);
// The member-account inventory in the job summary and in the member-trails output. It shows what the
// plan judged (src/plan/members.ts); it decides nothing.


/**
 * GitHub keeps at most 1 MB of one output. member-trails stays under it: accounts are added in the plan's
 * order (those that need attention first) until the next would cross the bound, and the rest left out.
 */
const MEMBER_TRAILS_MAX_BYTES = 1_000_000;
/** Rows the summary shows before pointing at the output: the summary of a step is limited to 1 MiB too. */
const SUMMARY_ATTENTION_ROWS = 100;
const SUMMARY_FOLDED_ROWS = 300;
/** One account as the member-trails output gives it. */
function entryOf(a) {
    return {
        accountId: a.accountId,
        name: a.name,
        status: a.status,
        ...(a.reason ? { reason: a.reason } : {}),
        trails: a.trails.map((t) => ({
            name: t.name,
            arn: t.arn,
            homeRegion: t.homeRegion,
            isOrganizationTrail: t.isOrganizationTrail,
            isMultiRegionTrail: t.isMultiRegionTrail,
            managementEvents: t.managementEvents
        }))
    };
}
/** The member-trails outputs: the JSON array, cut to maxBytes (UTF-8), and whether it was cut. */
function memberOutputs(r, maxBytes = MEMBER_TRAILS_MAX_BYTES) {
    const parts = [];
    let bytes = 2; // "[" and "]"
    for (const account of r.accounts) {
        const json = JSON.stringify(entryOf(account));
        const size = Buffer.byteLength(json) + (parts.length > 0 ? 1 : 0);
        if (bytes + size > maxBytes)
            break;
        parts.push(json);
        bytes += size;
    }
    return {
        'member-trails': `[${parts.join(',')}]`,
        'member-trails-truncated': String(parts.length < r.accounts.length)
    };
}
const regionLabel = (region) => (region === _plan_members_js__WEBPACK_IMPORTED_MODULE_0__/* .EVERY_REGION */ .T9 ? 'every region' : region);
function attentionOf(a) {
    const notes = [];
    if (a.reason)
        notes.push(`❌ unreachable: ${a.reason}`);
    for (const l of a.atLimit)
        notes.push(`⚠️ at the trail limit in ${regionLabel(l.region)}`);
    if (a.paidCopies.length > 0)
        notes.push(`⚠️ ${a.paidCopies.length} paid ${a.paidCopies.length === 1 ? 'copy' : 'copies'}: ${a.paidCopies.map((t) => t.name).join(', ')}`);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(notes.join('\n'));
}
const trailsOf = (a) => a.status === 'unreachable' ? '?' : a.trails.length === 0 ? 'none' : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(a.trails.map((t) => t.name).join(', '));
const more = (n) => (n > 0 ? `\n\n…and ${n} more: see the \`member-trails\` output.` : '');
/** Totals, then the accounts that need attention, then the rest folded away. */
function renderMembers(r) {
    const head = '### Member accounts';
    if (r.listFailure)
        return `${head}\n\n⚠️ The organization's accounts could not be listed (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(r.listFailure.action)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(r.listFailure.code)}), so no member account was inspected.`;
    const t = r.totals;
    const totals = `**${t.accounts}** active account${t.accounts === 1 ? '' : 's'} inspected through the role ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(r.roleName)}: ` +
        `**${t.atLimit}** at the trail limit, **${t.paidCopies}** paid ${t.paidCopies === 1 ? 'copy' : 'copies'} of management events in **${t.paidCopyAccounts}** account${t.paidCopyAccounts === 1 ? '' : 's'}, ` +
        `**${t.unreachable}** unreachable; ${t.trails} trail${t.trails === 1 ? '' : 's'} of their own in all.` +
        (r.organizationTrailExists ? '' : ' The organization trail does not exist yet: it will count in every account.');
    const reasons = r.unreachableByReason.length > 0
        ? `\n\n${r.unreachableByReason.map((g) => `- ${g.count} × ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(g.reason)}`).join('\n')}`
        : '';
    const attention = r.accounts.filter(_plan_members_js__WEBPACK_IMPORTED_MODULE_0__/* .needsAttention */ .e_);
    const rest = r.accounts.filter((a) => !(0,_plan_members_js__WEBPACK_IMPORTED_MODULE_0__/* .needsAttention */ .e_)(a));
    const parts = [`${head}\n\n${totals}${reasons}`];
    if (attention.length > 0) {
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Account', 'Name', 'Needs attention', 'Own trails'], attention
            .slice(0, SUMMARY_ATTENTION_ROWS)
            .map((a) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(a.accountId), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(a.name), attentionOf(a), trailsOf(a)])) + more(attention.length - SUMMARY_ATTENTION_ROWS));
    }
    if (rest.length > 0) {
        const rows = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Account', 'Name', 'Own trails'], rest.slice(0, SUMMARY_FOLDED_ROWS).map((a) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(a.accountId), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(a.name), trailsOf(a)]));
        parts.push(`<details><summary>✅ ${rest.length} account${rest.length === 1 ? '' : 's'} need nothing</summary>\n\n${rows}${more(rest.length - SUMMARY_FOLDED_ROWS)}\n\n</details>`);
    }
    return parts.join('\n\n');
}


/***/ }),

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderSummary: () => (/* binding */ renderSummary)
/* harmony export */ });
/* harmony import */ var _policy_bucket_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7698);
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9059);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4285);
/* harmony import */ var _members_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7329);




const ICON = { ok: '✅', fixable: '🔧', warning: '⚠️', blocker: '❌' };
const HEADLINE = {
    created: '🟢 created',
    updated: '🟢 updated',
    unchanged: '🟢 unchanged',
    'in-sync': '🟢 in sync',
    drift: '🟡 drift',
    blocked: '🔴 blocked'
};
/** The name the action goes by: the heading names the trail only when it is called something else. */
const ACTION_NAME = 'org-trail';
/** More rows than this and a list folds away under its count. */
const FOLD_AFTER = 12;
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** True when this run is an apply that went ahead: its changes are done, its fixable findings fixed. */
const applied = (o) => o.mode === 'apply' && o.status !== 'blocked';
function verdict(o, changeCount) {
    const changes = plural(changeCount, 'change');
    const blockers = o.findings.filter((f) => f.severity === 'blocker').length;
    switch (o.status) {
        case 'blocked':
            return o.mode === 'check'
                ? `Apply would write nothing: ${plural(blockers, 'blocker')} must be fixed first. Each is below with its fix.`
                : `Nothing was written: ${plural(blockers, 'blocker')} must be fixed first. Each is below with its fix.`;
        case 'drift':
            return `The trail or its prerequisites differ from the declaration: apply would make ${changes}.`;
        case 'in-sync':
            return 'The trail and every prerequisite match the declaration. Nothing to do.';
        case 'created':
            return `Created the trail and made ${changes} in all.`;
        case 'updated':
            return `${o.adopted ? 'Adopted the trail another run had just created; made' : 'Made'} ${changes} to converge the trail.`;
        case 'unchanged':
            return 'Everything already matched the declaration: no write was made.';
    }
}
const yesNo = (value, yes, no) => (value ? `✅ ${yes}` : `❌ ${no}`);
/** The first lines: which trail, and whether it logs. */
function trailLine(o) {
    const t = o.trail;
    if (t === null) {
        return applied(o)
            ? `**Trail:** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(o.trailArn)} · not found after apply`
            : `**Trail:** none yet · apply would create ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(o.trailArn)}`;
    }
    const logging = o.trailStatus ? yesNo(o.trailStatus.isLogging, 'logging', 'not logging') : '❔ logging unknown';
    return `**Trail:** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(t.arn)} · ${logging}`;
}
/** A fix as it is pasted: a command or a policy in a code block of its own, a sentence as a sentence. */
function fixBlock(remediation) {
    const text = remediation.trimStart();
    const language = /^[[{]/.test(text)
        ? 'json'
        : /^(aws |# )/.test(text)
            ? 'sh'
            : /^[a-z-]+: [|>]/.test(text)
                ? 'yaml'
                : null;
    if (language === null && !remediation.includes('\n'))
        return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .plain */ .pj)(remediation);
    return `\`\`\`${language ?? ''}\n${remediation}\n\`\`\``;
}
/** Every blocker with its exact fix, on the first screen: the reader should not have to scroll for it. */
function blockersSection(o) {
    const blockers = o.findings.filter((f) => f.severity === 'blocker');
    if (blockers.length === 0)
        return '';
    const items = blockers.map((f, i) => `**${i + 1}. ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .plain */ .pj)(f.title)}** (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(f.id)}): ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .plain */ .pj)(f.detail)}${f.remediation ? `\n\n${fixBlock(f.remediation)}` : ''}`);
    return `### ❌ ${blockers.length === 1 ? 'Blocker' : `Blockers (${blockers.length})`}\n\n${items.join('\n\n')}`;
}
function trailTable(o) {
    const t = o.trail;
    if (t === null) {
        return `The trail ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(o.trailName)} does not exist; apply would create it as ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(o.trailArn)}.`;
    }
    const s = o.trailStatus;
    const rows = [
        ['Name', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(t.name)],
        ['ARN', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(t.arn)],
        ['Home region', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(t.homeRegion)],
        ['Organization trail', yesNo(t.isOrganizationTrail, 'yes', 'no')],
        ['Multi-region', yesNo(t.isMultiRegionTrail, 'yes', 'no')],
        ['Global service events', yesNo(t.includeGlobalServiceEvents, 'included', 'excluded')],
        ['Log file validation', yesNo(t.logFileValidationEnabled, 'on', 'off')],
        ['Bucket and prefix', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(`s3://${t.s3BucketName}/${t.s3KeyPrefix ? `${t.s3KeyPrefix}/` : ''}`)],
        ['Logging', s ? yesNo(s.isLogging, 'logging', 'stopped') : 'unknown'],
        ['Latest delivery', s?.latestDeliveryTime ? s.latestDeliveryTime.toISOString() : 'none yet'],
        ['Latest delivery error', s?.latestDeliveryError ? `⚠️ ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(s.latestDeliveryError)}` : 'none'],
        ['Latest digest delivery error', s?.latestDigestDeliveryError ? `⚠️ ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(s.latestDigestDeliveryError)}` : 'none']
    ];
    if (t.kmsKeyId)
        rows.push(['KMS key', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(t.kmsKeyId)]);
    if (t.cloudWatchLogsLogGroupArn)
        rows.push(['CloudWatch Logs', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(t.cloudWatchLogsLogGroupArn)]);
    if (t.snsTopicArn)
        rows.push(['SNS topic', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(t.snsTopicArn)]);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['Setting', 'Value'], rows);
}
function fold(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** The statements a policy change merges: the text says "merged", so the page shows them. */
function mergedStatements(change) {
    if (change.kind !== 'put-bucket-policy' && change.kind !== 'put-key-policy')
        return null;
    let statements = [];
    try {
        statements = ((0,_policy_bucket_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePolicy */ .ON)(change.after)?.Statement ?? []).filter((s) => change.sids.includes(String(s.Sid)));
    }
    catch {
        return null;
    }
    const target = change.kind === 'put-bucket-policy' ? `bucket ${change.bucket}` : `KMS key ${change.keyArn}`;
    return { target, statements: JSON.stringify(statements, null, 2) };
}
function changesSection(o) {
    const records = (0,_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .describeChanges */ .DT)(o.changes, o.trailName);
    const done = applied(o);
    const title = done
        ? `Changes made (${records.length})`
        : o.mode === 'apply'
            ? `Changes apply will make once unblocked (${records.length})`
            : `Changes apply would make (${records.length})`;
    if (records.length === 0)
        return `### ${title}\n\n${done ? 'None: no write request was made.' : 'None.'}`;
    const rows = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['What', 'Before', 'After'], records.map((r) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(r.what), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(r.before), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(r.after)]));
    const statements = o.changes.flatMap((c) => {
        const merged = mergedStatements(c);
        return merged
            ? [
                fold(`${done ? 'Statements merged into' : 'Statements apply would merge into'} the policy of ${escapeHtml(merged.target)}`, `\`\`\`json\n${merged.statements}\n\`\`\``)
            ]
            : [];
    });
    const body = records.length > FOLD_AFTER ? fold(`${plural(records.length, 'change')}`, rows) : rows;
    return [`### ${title}`, body, ...statements].join('\n\n');
}
/** Whether a finding still asks something of the reader (it is not ok, nor fixed by this very run). */
function isOpen(f, o) {
    if (f.remediation === '' || f.severity === 'ok')
        return false;
    return !(f.severity === 'fixable' && applied(o));
}
function prerequisiteState(f, o) {
    if (f.severity !== 'fixable')
        return ICON[f.severity];
    return applied(o) ? '🔧 fixed' : '🔧 to fix';
}
/** A finding's text in a row: what the plan said, or, once this run fixed it, that it did. */
function findingText(f, o) {
    if (f.severity === 'fixable' && applied(o))
        return `Before this run: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(f.title)}. **Fixed** (see Changes made).`;
    // A blocker's detail and fix are at the top of the page already.
    if (f.severity === 'blocker')
        return `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(f.title)}**: see Blockers above.`;
    return `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(f.title)}**: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(f.detail)}`;
}
const ORDER = ['blocker', 'fixable', 'warning', 'ok'];
const bySeverity = (a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity);
function passedList(passed, allPassed) {
    const items = passed
        .map((f) => `<li>✅ <code>${escapeHtml(f.id)}</code> ${escapeHtml(f.title)}: ${escapeHtml(f.detail)}</li>`)
        .join('\n');
    return fold(allPassed ? `✅ All ${passed.length} passed` : `✅ ${passed.length} passed`, `<ul>\n${items}\n</ul>`);
}
/** What needs attention, in a table; what passed, folded away below it. */
function prerequisitesSection(findings, o) {
    const open = [...findings].filter((f) => f.severity !== 'ok').sort(bySeverity);
    const passed = findings.filter((f) => f.severity === 'ok');
    const parts = [];
    if (open.length > 0) {
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['', 'Check', 'Finding'], open.map((f) => [prerequisiteState(f, o), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(f.id), findingText(f, o)])));
    }
    if (passed.length > 0)
        parts.push(passedList(passed, open.length === 0));
    return `### Prerequisites\n\n${parts.join('\n\n')}`;
}
const STATE = {
    pass: '✅ pass',
    fail: '❌ fail',
    unknown: '❔ unknown',
    'no-trail': '➖ no trail',
    'no-key': '➖ no key'
};
/** "❌ now → ✅ after apply" where apply would change the control, else its state. */
function controlState(f) {
    const c = f.control;
    if (!c)
        return f.severity === 'ok' ? '✅ pass' : `${ICON[f.severity]} ${f.severity}`;
    if (c.afterApply === null)
        return STATE[c.now];
    const now = c.now === 'pass' || c.now === 'fail' ? `${STATE[c.now].split(' ')[0]} now` : STATE[c.now];
    const after = c.afterApply === 'pass' || c.afterApply === 'fail' ? STATE[c.afterApply].split(' ')[0] : STATE[c.afterApply];
    return `${now} → ${after} after apply`;
}
/** Every control, passed ones included: an auditor reads this table as the list of what was judged. */
function postureSection(findings) {
    const rows = findings.map((f) => [
        controlState(f),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(f.control?.securityHub ?? f.id),
        f.control?.cis ? f.control.cis : '—',
        `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(f.title)}**: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(f.detail)}`
    ]);
    const failing = findings.filter((f) => f.severity !== 'ok').length;
    const intro = `${findings.length - failing} of ${findings.length} pass. Control ids are AWS Security Hub's; CIS is the ` +
        'CIS AWS Foundations Benchmark v3.0.0 recommendation.';
    return `### Posture\n\n${intro}\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['State', 'Control', 'CIS', 'Finding'], rows)}`;
}
/** Each open finding that is not a blocker (those are on the first screen), folded, with its fix to paste. */
function howToFix(o) {
    const open = o.findings.filter((f) => isOpen(f, o) && f.severity !== 'blocker');
    if (open.length === 0)
        return '';
    const items = [...open]
        .sort(bySeverity)
        .map((f) => fold(`${ICON[f.severity]} <b>${escapeHtml(f.title)}</b> (<code>${escapeHtml(f.id)}</code>)`, `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .plain */ .pj)(f.detail)}\n\n${fixBlock(f.remediation)}`));
    return `### How to fix\n\n${items.join('\n\n')}`;
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** The job summary, as Markdown. A pure function of the outcome: it shows, it never decides. */
function renderSummary(o) {
    const prerequisites = o.findings.filter((f) => f.category === 'prerequisite');
    const posture = o.findings.filter((f) => f.category === 'posture');
    const count = (0,_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .describeChanges */ .DT)(o.changes, o.trailName).length;
    const name = o.trailName === ACTION_NAME ? '' : `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(o.trailName)} · `;
    const head = `## ${ACTION_NAME} · ${name}${HEADLINE[o.status]}\n\n**${o.mode === 'check' ? 'Check' : 'Apply'}:** ${verdict(o, count)}`;
    const failures = o.failures.length > 0 ? `\n\n> [!CAUTION]\n> The step fails: ${o.failures.map(_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn).join('; ')}.` : '';
    const sections = [
        head + failures,
        trailLine(o),
        blockersSection(o),
        changesSection(o),
        `### Trail\n\n${trailTable(o)}`,
        prerequisitesSection(prerequisites, o),
        posture.length > 0 ? postureSection(posture) : '',
        o.members ? (0,_members_js__WEBPACK_IMPORTED_MODULE_2__/* .renderMembers */ .O)(o.members) : '',
        howToFix(o),
        `<sub>Run as ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(o.identity.arn)} · home region ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(o.homeRegion)} · mode ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(o.mode)}</sub>`
    ];
    return sections.filter((s) => s !== '').join('\n\n') + '\n';
}


/***/ })

};

//# sourceMappingURL=994.index.js.map