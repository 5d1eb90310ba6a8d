export const id = 504;
export const ids = [504];
export const modules = {

/***/ 6602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tm: () => (/* binding */ combineShards),
/* harmony export */   sq: () => (/* binding */ integrityFailure),
/* harmony export */   tG: () => (/* binding */ kindsOf)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7458);
/* harmony import */ var _plan_wording_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(979);
// What a verification's result means for the step, and several shards' results as one. Pure.


/** "2 log-file-invalid, 1 digest-missing": the kinds found, most frequent first. */
function kindsOf(r) {
    const counts = new Map();
    for (const p of r.problems)
        counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
    return [...counts]
        .sort((a, b) => b[1] - a[1])
        .map(([kind, n]) => `${n} ${kind}`)
        .join(', ');
}
/** Why the step fails over the logs (fail-on-log-integrity), or null when they were verified valid. */
function integrityFailure(r) {
    const problems = r.problems.length + r.omitted.problems;
    switch (r.verdict) {
        case 'valid':
            return null;
        case 'invalid':
            return `Log integrity is invalid: ${(0,_plan_wording_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(problems, 'problem')} in the ${r.window.duration} verified (${kindsOf(r)}) (fail-on-log-integrity is true)`;
        case 'stale':
            return `Logs are stale: ${(0,_plan_wording_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(problems, 'account and region')} delivered no digest for over two hours (fail-on-log-integrity is true)`;
        case 'unverified':
            return r.skipped
                ? `The logs could not be verified: ${r.skipped.replace(/\.$/, '')} (fail-on-log-integrity is true)`
                : `The logs could not all be verified: ${(0,_plan_wording_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(r.unreadable.length + r.omitted.unreadable, 'read')} refused or failed (${[...new Set(r.unreadable.map((u) => u.action))].join(', ')}) (fail-on-log-integrity is true)`;
    }
}
const ORDER = ['invalid', 'stale', 'unverified', 'valid'];
/** The jobs of a matrix (accounts-shard), each a part of the accounts, as one result. */
function combineShards(parts) {
    const first = parts[0];
    if (!first)
        throw new Error('no part to combine');
    const sum = (f) => parts.reduce((n, r) => n + f(r), 0);
    const capped = (lists, omitted) => {
        const all = parts.flatMap(lists);
        return { items: all.slice(0, _types_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_LISTED */ .B), omitted: all.length - Math.min(all.length, _types_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_LISTED */ .B) + sum(omitted) };
    };
    const problems = capped((r) => r.problems, (r) => r.omitted.problems);
    const unreadable = capped((r) => r.unreadable, (r) => r.omitted.unreadable);
    const loggingOff = capped((r) => r.loggingOff, (r) => r.omitted.loggingOff);
    const count = first.shard?.count ?? 1;
    const present = new Set(parts.map((r) => r.shard?.index ?? 1));
    const missingShards = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !present.has(i));
    const verdict = ORDER.find((v) => parts.some((r) => r.verdict === v)) ?? 'valid';
    return {
        // A missing job's accounts were not verified at all.
        verdict: missingShards.length > 0 && verdict === 'valid' ? 'unverified' : verdict,
        window: {
            from: parts.map((r) => r.window.from).sort()[0],
            to: parts
                .map((r) => r.window.to)
                .sort()
                .at(-1),
            duration: first.window.duration
        },
        logFiles: parts.every((r) => r.logFiles === 'all') ? 'all' : 'none',
        shard: null,
        counts: {
            accounts: sum((r) => r.counts.accounts),
            regions: Math.max(...parts.map((r) => r.counts.regions)),
            accountRegions: sum((r) => r.counts.accountRegions),
            digests: {
                valid: sum((r) => r.counts.digests.valid),
                invalid: sum((r) => r.counts.digests.invalid),
                unverified: sum((r) => r.counts.digests.unverified)
            },
            logFiles: {
                valid: sum((r) => r.counts.logFiles.valid),
                invalid: sum((r) => r.counts.logFiles.invalid),
                unverified: sum((r) => r.counts.logFiles.unverified)
            },
            bytesHashed: sum((r) => r.counts.bytesHashed)
        },
        problems: problems.items,
        unreadable: unreadable.items,
        loggingOff: loggingOff.items,
        omitted: { problems: problems.omitted, unreadable: unreadable.omitted, loggingOff: loggingOff.omitted },
        skipped: parts.find((r) => r.skipped)?.skipped ?? null,
        missingShards
    };
}


/***/ }),

/***/ 3993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ changeCount)
/* harmony export */ });
/**
 * How many changes a set of writes makes, as every report counts them: one per field of an update-trail,
 * one per tag of an add-tags, one for any other write (report/changes.ts gives each its own row).
 */
function changeCount(changes) {
    return changes.reduce((n, c) => n + settingsWritten(c), 0);
}
function settingsWritten(change) {
    if (change.kind === 'update-trail')
        return change.fields.length;
    if (change.kind === 'add-tags')
        return Object.keys(change.tags).length;
    return 1;
}


/***/ }),

/***/ 7434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bw: () => (/* binding */ logIntegrityOutput),
/* harmony export */   Df: () => (/* binding */ integrityAnnotation),
/* harmony export */   ES: () => (/* binding */ renderIntegrityRollup),
/* harmony export */   cL: () => (/* binding */ renderLogIntegrity)
/* harmony export */ });
/* unused harmony exports FIRST_PROBLEMS, integrityHeadline */
/* harmony import */ var _integrity_verdict_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6602);
/* harmony import */ var _plan_wording_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(979);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4285);



/** Problems shown on the summary's first screen; the report holds them all (up to its bound). */
const FIRST_PROBLEMS = 10;
const VERDICT = {
    valid: '✅ valid',
    invalid: '❌ invalid',
    stale: '⚠️ stale',
    unverified: '❔ unverified'
};
const n = (x) => x.toLocaleString('en-US');
/** A count with thousands separators: it can reach hundreds of thousands of digests. */
const plural = (x, word) => `${n(x)} ${(0,_plan_wording_js__WEBPACK_IMPORTED_MODULE_0__/* .noun */ .j)(x, word)}`;
const mb = (bytes) => `${(bytes / 1_048_576).toFixed(1)} MB`;
/** The output log-integrity: the verdict, or off without verify-logs. */
function logIntegrityOutput(r) {
    return r?.verdict ?? 'off';
}
/** One line: the verdict and what it covers. */
function integrityHeadline(r) {
    const c = r.counts;
    const shard = r.shard ? ` · accounts shard ${r.shard.index}/${r.shard.count}` : '';
    if (r.skipped)
        return `**Logs (${r.window.duration}):** ${VERDICT[r.verdict]} · ${r.skipped}`;
    const files = r.logFiles === 'all'
        ? `${plural(c.logFiles.valid + c.logFiles.invalid, 'log file')} (${mb(c.bytesHashed)} hashed)`
        : 'log files not fetched (verify-log-files: none)';
    return (`**Logs (${r.window.duration}):** ${VERDICT[r.verdict]} · ${plural(c.accounts, 'account')} × ${plural(c.regions, 'region')}${shard} · ` +
        `${plural(c.digests.valid + c.digests.invalid, 'digest')} · ${files}`);
}
function problemsTable(r, limit) {
    const shown = r.problems.slice(0, limit);
    const rows = shown.map((p) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(p.kind), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(p.account), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(p.region), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(p.key), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(p.detail)]);
    const more = r.problems.length + r.omitted.problems - shown.length;
    return ((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Problem', 'Account', 'Region', 'Key', 'What was found'], rows) +
        (more > 0 ? `\n\n…and ${plural(more, 'more problem')}: see the run report (\`logIntegrity.problems\`).` : ''));
}
function unreadableList(r, limit) {
    const shown = r.unreadable.slice(0, limit);
    const items = shown.map((u) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(u.action)} refused or failing (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(u.code)})${u.account ? ` in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(u.account)}` : ''}${u.region ? ` ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(u.region)}` : ''}` +
        `${u.key ? `: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(u.key)}` : ''}`);
    const more = r.unreadable.length + r.omitted.unreadable - shown.length;
    if (more > 0)
        items.push(`- …and ${n(more)} more in the run report (\`logIntegrity.unreadable\`).`);
    return items.join('\n');
}
/**
 * The log section: on the first screen, the verdict, its counts and the first problems with their keys;
 * below, what could not be read (never counted as tampering) and the periods logging was off.
 */
function renderLogIntegrity(r) {
    const parts = [`### Log integrity`, integrityHeadline(r)];
    if (r.skipped)
        return parts.join('\n\n');
    const c = r.counts;
    parts.push(`From ${r.window.from} to ${r.window.to}. Digests: ${n(c.digests.valid)} valid, ${n(c.digests.invalid)} invalid` +
        (c.digests.unverified ? `, ${n(c.digests.unverified)} unverified` : '') +
        (r.logFiles === 'all'
            ? `. Log files: ${n(c.logFiles.valid)} valid, ${n(c.logFiles.invalid)} invalid` +
                (c.logFiles.unverified ? `, ${n(c.logFiles.unverified)} unverified` : '')
            : '') +
        '.');
    if (r.problems.length > 0)
        parts.push(`**Problems:** ${(0,_integrity_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .kindsOf */ .tG)(r)}.`, problemsTable(r, FIRST_PROBLEMS));
    if (r.unreadable.length > 0)
        parts.push('**Could not be read** (what the role lacks or AWS refused; not evidence of tampering, but not verified either):', unreadableList(r, FIRST_PROBLEMS));
    if (r.loggingOff.length > 0) {
        const shown = r.loggingOff.slice(0, FIRST_PROBLEMS);
        const more = r.loggingOff.length + r.omitted.loggingOff - shown.length;
        parts.push(`<details><summary>Logging was off ${plural(r.loggingOff.length + r.omitted.loggingOff, 'time')} (a new digest chain began: not tampering)</summary>\n\n` +
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Account', 'Region', 'From', 'To'], shown.map((l) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(l.account), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(l.region), l.from, l.to])) +
            (more > 0 ? `\n\n…and ${n(more)} more in the run report.` : '') +
            '\n\n</details>');
    }
    return parts.join('\n\n');
}
/** One annotation when the logs are not verified valid: the verdict and the first problems' keys. */
function integrityAnnotation(r) {
    if (r.verdict === 'valid')
        return null;
    const first = r.problems.slice(0, 3).map((p) => `${p.kind} ${p.account} ${p.region}: ${p.key}`);
    const unread = r.unreadable.slice(0, 3).map((u) => `${u.action} (${u.code})${u.key ? `: ${u.key}` : ''}`);
    const lines = r.skipped ? [r.skipped] : [...first, ...(first.length === 0 ? unread : [])];
    return {
        level: r.verdict === 'invalid' ? 'error' : 'warning',
        title: `Log integrity: ${r.verdict}`,
        message: [integrityHeadline(r).replace(/\*\*/g, ''), ...lines].join('\n')
    };
}
/**
 * The roll-up's log section: the reports of one organization, trail and window (the jobs of an
 * accounts-shard matrix, or one run) combined into one verdict. A job of the matrix whose report is
 * missing leaves its accounts unverified, and fails the roll-up.
 */
function renderIntegrityRollup(reports) {
    const groups = new Map();
    for (const r of reports) {
        if (!r.logIntegrity)
            continue;
        const organization = r.organization?.id ?? r.organization?.managementAccount ?? r.identity?.account ?? 'unknown';
        const id = `${organization}|${r.trail.name}|${r.logIntegrity.window.duration}|${r.logIntegrity.shard?.count ?? 1}`;
        const group = groups.get(id) ?? { organization, reports: [] };
        group.reports.push(r);
        groups.set(id, group);
    }
    if (groups.size === 0)
        return { markdown: '', failures: [] };
    const failures = [];
    const rows = [];
    const details = [];
    for (const { organization, reports: group } of groups.values()) {
        const combined = (0,_integrity_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .combineShards */ .Tm)(group.map((r) => r.logIntegrity));
        const c = combined.counts;
        const missing = combined.missingShards;
        const count = group[0]?.logIntegrity?.shard?.count ?? 1;
        if (missing.length > 0)
            failures.push(`${organization}: the reports of accounts-shard ${missing.map((i) => `${i}/${count}`).join(', ')} are missing: their accounts' logs are not verified`);
        rows.push([
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(organization),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(group[0]?.trail.name ?? ''),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(combined.window.duration),
            VERDICT[combined.verdict],
            count > 1 ? `${count - missing.length}/${count}` : '—',
            n(c.accounts),
            n(c.digests.valid + c.digests.invalid),
            n(c.logFiles.valid + c.logFiles.invalid),
            n(combined.problems.length + combined.omitted.problems)
        ]);
        if (combined.problems.length > 0 || combined.unreadable.length > 0)
            details.push(`#### ${organization} · ${group[0]?.trail.name ?? ''}`, '', renderLogIntegrity(combined).replace(/^### Log integrity\n\n/, ''), '');
    }
    const markdown = [
        '### Log integrity',
        '',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Organization', 'Trail', 'Window', 'Verdict', 'Shards', 'Accounts', 'Digests', 'Log files', 'Problems'], rows),
        '',
        ...failures.map((f) => `> [!WARNING]\n> ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(f)}\n`),
        ...details
    ].join('\n');
    return { markdown, failures };
}


/***/ }),

/***/ 6504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publish: () => (/* binding */ publish)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/plan/change-count.ts
var change_count = __webpack_require__(3993);
;// CONCATENATED MODULE: ./src/report/comment.ts
const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** The hidden line that finds our comment again, one per trail and region. */
function commentMarker(trailName, region) {
    return `<!-- org-trail:${trailName}:${region} -->`;
}
/**
 * Posts the plan on the pull request that triggered the run, editing the comment of an earlier run
 * instead of adding another. Without a token, or outside a pull request, it does nothing.
 */
async function publishComment(token, marker, body) {
    if (token === '' || !PR_EVENTS.has(process.env.GITHUB_EVENT_NAME ?? ''))
        return 'skipped';
    // Octokit is loaded only when a comment is due.
    const github = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const { context } = github;
    const pull = context.payload.pull_request;
    if (!pull)
        return 'skipped';
    const octokit = github.getOctokit(token);
    const { owner, repo } = context.repo;
    const text = `${marker}\n${body}`;
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: pull.number,
        per_page: 100
    });
    const ours = comments.find((c) => c.body?.includes(marker));
    if (ours) {
        await octokit.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body: text });
        return 'updated';
    }
    await octokit.rest.issues.createComment({ owner, repo, issue_number: pull.number, body: text });
    return 'created';
}

// EXTERNAL MODULE: ./src/report/changes.ts
var changes = __webpack_require__(9059);
// EXTERNAL MODULE: ./src/report/log-integrity.ts
var log_integrity = __webpack_require__(7434);
// EXTERNAL MODULE: ./src/plan/members.ts
var members = __webpack_require__(8068);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/members.ts
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
const regionLabel = (region) => (region === members/* EVERY_REGION */.T9 ? 'every region' : region);
function attentionOf(a) {
    const notes = [];
    if (a.reason)
        notes.push(`❌ unreachable: ${a.reason}`);
    for (const l of a.atLimit)
        notes.push(`⚠️ at the trail limit in ${regionLabel(l.region)}`);
    if (a.paidCopies.length > 0)
        notes.push(`⚠️ ${a.paidCopies.length} paid ${a.paidCopies.length === 1 ? 'copy' : 'copies'}: ${a.paidCopies.map((t) => t.name).join(', ')}`);
    return (0,markdown/* cell */.Hn)(notes.join('\n'));
}
const trailsOf = (a) => a.status === 'unreachable' ? '?' : a.trails.length === 0 ? 'none' : (0,markdown/* cell */.Hn)(a.trails.map((t) => t.name).join(', '));
const more = (n) => (n > 0 ? `\n\n…and ${n} more: see the \`member-trails\` output.` : '');
/** Totals, then the accounts that need attention, then the rest folded away. */
function renderMembers(r) {
    const head = '### Member accounts';
    if (r.listFailure)
        return `${head}\n\n⚠️ The organization's accounts could not be listed (${(0,markdown/* code */.aY)(r.listFailure.action)}: ${(0,markdown/* cell */.Hn)(r.listFailure.code)}), so no member account was inspected.`;
    const t = r.totals;
    const totals = `**${t.accounts}** active account${t.accounts === 1 ? '' : 's'} inspected through the role ${(0,markdown/* code */.aY)(r.roleName)}: ` +
        `**${t.atLimit}** at the trail limit, **${t.paidCopies}** paid ${t.paidCopies === 1 ? 'copy' : 'copies'} of management events in **${t.paidCopyAccounts}** account${t.paidCopyAccounts === 1 ? '' : 's'}, ` +
        `**${t.unreachable}** unreachable; ${t.trails} trail${t.trails === 1 ? '' : 's'} of their own in all.` +
        (r.organizationTrailExists ? '' : ' The organization trail does not exist yet: it will count in every account.');
    const reasons = r.unreachableByReason.length > 0
        ? `\n\n${r.unreachableByReason.map((g) => `- ${g.count} × ${(0,markdown/* cell */.Hn)(g.reason)}`).join('\n')}`
        : '';
    const attention = r.accounts.filter(members/* needsAttention */.e_);
    const rest = r.accounts.filter((a) => !(0,members/* needsAttention */.e_)(a));
    const parts = [`${head}\n\n${totals}${reasons}`];
    if (attention.length > 0) {
        parts.push((0,markdown/* table */.tp)(['Account', 'Name', 'Needs attention', 'Own trails'], attention
            .slice(0, SUMMARY_ATTENTION_ROWS)
            .map((a) => [(0,markdown/* code */.aY)(a.accountId), (0,markdown/* cell */.Hn)(a.name), attentionOf(a), trailsOf(a)])) + more(attention.length - SUMMARY_ATTENTION_ROWS));
    }
    if (rest.length > 0) {
        const rows = (0,markdown/* table */.tp)(['Account', 'Name', 'Own trails'], rest.slice(0, SUMMARY_FOLDED_ROWS).map((a) => [(0,markdown/* code */.aY)(a.accountId), (0,markdown/* cell */.Hn)(a.name), trailsOf(a)]));
        parts.push(`<details><summary>✅ ${rest.length} account${rest.length === 1 ? '' : 's'} need nothing</summary>\n\n${rows}${more(rest.length - SUMMARY_FOLDED_ROWS)}\n\n</details>`);
    }
    return parts.join('\n\n');
}

;// CONCATENATED MODULE: ./src/report/outputs.ts



/** When the outputs that need a plan are there: docs/reference.md's Outputs section says it once more. */
const UNSET_ON_ERROR = 'Unset when the run stops on an error (then see `report-path`).';
/**
 * Every output of the action, once: its description, in action.yml and docs/reference.md word for word (`npm run
 * docs` writes both from this table; action-yml.test.ts and readme.test.ts fail when they disagree).
 */
const OUTPUTS = {
    'trail-arn': {
        description: `ARN of the trail: as AWS reports it after the run, or the ARN it would have when it does not exist. An organization trail's ARN carries the management account id. ${UNSET_ON_ERROR}`
    },
    'home-region': { description: `Home region of the trail. ${UNSET_ON_ERROR}` },
    'is-logging': {
        description: `\`"true"\` when the trail is logging, else \`"false"\` (also when it does not exist). ${UNSET_ON_ERROR}`
    },
    status: {
        description: `apply mode: \`created\`, \`updated\`, \`unchanged\` or \`blocked\`; check mode: \`in-sync\`, \`drift\` or \`blocked\` (the README's Status values say what each means and when the step fails). With the deprecated \`mode: summarize\`: \`passed\` or \`failed\`. ${UNSET_ON_ERROR}`
    },
    changes: {
        description: `JSON array of \`{"what", "before", "after"}\` (with \`"logArchive": true\` for a write made through \`log-archive-role-arn\`) in plan order, whatever order the writes finished in: the changes made (apply), or the changes apply would make (check, and apply when \`blocked\`: then nothing was written). \`[]\` when none. One entry per row of the summary's changes table: its length is the count the headline and the log give. ${UNSET_ON_ERROR}`
    },
    findings: {
        description: `JSON array of \`{"id", "severity", "title", "detail", "remediation"}\`, every check that ran, \`ok\` ones included. Severity is \`blocker\`, \`fixable\`, \`warning\` or \`ok\`. A posture finding also carries \`"control": {"securityHub", "cis", "now", "afterApply"}\`: its Security Hub control id, its CIS AWS Foundations Benchmark v3.0.0 recommendation (\`null\` when v3.0.0 has none), and its state (\`pass\`, \`fail\`, \`unknown\`, \`no-trail\`, \`no-key\`) now and after apply (\`null\`: apply does not change it). ${UNSET_ON_ERROR}`
    },
    'report-path': {
        description: "Path of the run's JSON report. Set whenever the report was written: on every run past input validation, also when it ends in an error. Unset when it could not be written (a warning says why)."
    },
    'report-sha256': {
        description: "Hex SHA-256 of the report file's exact bytes, also written next to it as `<report-path>.sha256` (sha256sum's format) and printed in the log. Set with `report-path`."
    },
    'log-integrity': {
        description: 'With `verify-logs`: `valid` (every digest and log file of the window verified), `invalid` (a digest or log file missing, altered or moved, or a broken chain), `stale` (an account and region whose newest digest is over two hours old) or `unverified` (something could not be read, or there was nothing to verify); `off` without `verify-logs`.'
    },
    'member-trails': {
        description: `With \`member-role-name\`: JSON array, one object per inspected account: \`accountId\`, \`name\`, \`status\` (\`ok\` or \`unreachable\`), \`reason\` (when unreachable) and \`trails\`, each \`{"name", "arn", "homeRegion", "isOrganizationTrail", "isMultiRegionTrail", "managementEvents"}\`: the account's own trails (an organization trail's shadows are not among them). Accounts that need attention come first. Kept under GitHub's 1 MB per output: accounts that would cross it are left out, and \`member-trails-truncated\` says so. Unset without \`member-role-name\`, and when the run stops on an error.`
    },
    'member-trails-truncated': {
        description: 'With `member-role-name`: `"true"` when `member-trails` had to leave accounts out to stay under 1 MB (the summary\'s totals and the findings still count every account), else `"false"`. Unset without `member-role-name`, and when the run stops on an error.'
    }
};
/** The step outputs, by name, as strings (report-path is set where the report is written). */
function outputsOf(o) {
    return {
        'trail-arn': o.trail?.arn ?? o.trailArn,
        'home-region': o.trail?.homeRegion ?? o.homeRegion,
        'is-logging': String(o.trailStatus?.isLogging === true),
        status: o.status,
        changes: JSON.stringify((0,changes/* describeChanges */.DT)(o.changes, o.trailName)),
        findings: JSON.stringify(o.findings.map(({ id, severity, title, detail, remediation, control }) => ({
            id,
            severity,
            title,
            detail,
            remediation,
            // Posture controls: the Security Hub and CIS ids auditors file them under, and the state now and after apply.
            ...(control ? { control } : {})
        }))),
        ...(o.members ? memberOutputs(o.members) : {}),
        'log-integrity': (0,log_integrity/* logIntegrityOutput */.Bw)(o.logIntegrity)
    };
}
/** Blockers as errors, prerequisite warnings as warnings, posture warnings as notices: one each. */
function annotationsOf(o) {
    const findings = o.findings
        .filter((f) => f.severity === 'blocker' || f.severity === 'warning')
        .map((f) => ({
        level: f.severity === 'blocker' ? 'error' : f.category === 'posture' ? 'notice' : 'warning',
        title: `${f.id}: ${f.title}`,
        message: f.remediation ? `${f.detail}\nFix: ${f.remediation}` : f.detail
    }));
    const logs = o.logIntegrity ? (0,log_integrity/* integrityAnnotation */.Df)(o.logIntegrity) : null;
    return logs ? [...findings, logs] : findings;
}

// EXTERNAL MODULE: ./src/report/record.ts + 7 modules
var record = __webpack_require__(4835);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(649);
// EXTERNAL MODULE: ./src/report/step.ts
var step = __webpack_require__(4614);
// EXTERNAL MODULE: ./src/aws/trail-fields.ts
var trail_fields = __webpack_require__(2679);
// EXTERNAL MODULE: ./src/policy/bucket.ts
var bucket = __webpack_require__(7698);
// EXTERNAL MODULE: ./src/plan/managers.ts
var managers = __webpack_require__(7527);
// EXTERNAL MODULE: ./src/plan/wording.ts
var wording = __webpack_require__(979);
;// CONCATENATED MODULE: ./src/report/headline.ts


const STATUS = {
    created: '🟢 created',
    updated: '🟢 updated',
    unchanged: '🟢 unchanged',
    'in-sync': '🟢 in sync',
    drift: '🟡 drift',
    blocked: '🔴 blocked'
};
const LOGS = {
    valid: 'logs ✅ valid',
    invalid: 'logs ❌ invalid',
    stale: 'logs ⚠️ stale',
    unverified: 'logs ❔ unverified'
};
/** The name the action goes by: the heading names the trail only when it is called something else. */
const ACTION_NAME = 'org-trail';
/**
 * The posture rows as they are now (after an apply: as re-read). A control of a trail that does not exist
 * yet (no-trail, no-key) is not judged; a delivery row fails when it is a warning.
 */
function postureTally(findings) {
    let judged = 0;
    let failing = 0;
    let unknown = 0;
    let noTrail = false;
    for (const f of findings) {
        if (f.category !== 'posture')
            continue;
        const now = f.control ? f.control.now : f.severity === 'warning' ? 'fail' : 'pass';
        noTrail ||= now === 'no-trail';
        if (now === 'no-trail' || now === 'no-key')
            continue;
        judged++;
        if (now === 'fail')
            failing++;
        if (now === 'unknown')
            unknown++;
    }
    return { judged, failing, unknown, noTrail };
}
/** Left out when there is no trail: the bucket's controls alone would say "all pass" of nothing. */
function postureLabel(t) {
    if (t.judged === 0 || t.noTrail)
        return '';
    const controls = t.judged === 1 ? 'posture control' : 'posture controls';
    if (t.failing === 0 && t.unknown === 0)
        return `✅ ${t.judged === 1 ? 'the' : `all ${t.judged}`} ${controls} pass`;
    if (t.failing === 0)
        return `❔ ${t.unknown} of ${t.judged} ${controls} unknown`;
    return `⚠️ ${t.failing} of ${t.judged} ${controls} fail${t.unknown > 0 ? ` · ❔ ${t.unknown} unknown` : ''}`;
}
/** True when this run is an apply that went ahead: its changes are done, its fixable findings fixed. */
const applied = (o) => o.mode === 'apply' && o.status !== 'blocked';
/** What the run did or would do, in one sentence. */
function verdict(o, changeCount) {
    const changes = (0,wording/* plural */.L)(changeCount, 'change');
    const blockers = o.findings.filter((f) => f.severity === 'blocker').length;
    switch (o.status) {
        case 'blocked':
            return o.mode === 'check'
                ? `Apply would write nothing: ${(0,wording/* plural */.L)(blockers, 'blocker')} must be fixed first.`
                : `Nothing was written: ${(0,wording/* plural */.L)(blockers, 'blocker')} must be fixed first.`;
        case 'drift':
            return `The trail or its prerequisites differ from the declaration: apply would make ${changes}.`;
        case 'in-sync':
            return 'The trail and every prerequisite match the declaration.';
        case 'created':
            return `Created the trail and made ${changes} in all.`;
        case 'updated':
            return `${o.adopted ? 'Adopted the trail another run had just created; made' : 'Made'} ${changes} to converge the trail.`;
        case 'unchanged':
            return 'Everything already matched the declaration: no write was made.';
    }
}
/**
 * What to do next, in one sentence; null when everything is green. The first thing that is not green
 * decides: a blocker, then drift, then the logs, then the posture.
 */
function nextStep(o) {
    const blockers = o.findings.filter((f) => f.severity === 'blocker');
    const first = blockers[0];
    if (first) {
        const which = `${(0,markdown/* plain */.pj)(first.title)} (${(0,markdown/* code */.aY)(first.id)})`;
        return blockers.length === 1
            ? `fix the blocker ${which} as shown below, then run again.`
            : `fix the ${blockers.length} blockers shown below, starting with ${which}, then run again.`;
    }
    if (o.status === 'drift') {
        return 'run apply to make these changes, or change the declaration to match the trail.';
    }
    switch (o.logIntegrity?.verdict) {
        case 'invalid':
            return 'find out who changed or removed the files listed under Log integrity: those logs cannot be trusted as they are.';
        case 'stale':
            return 'find out why CloudTrail stopped delivering to the accounts and regions listed under Log integrity.';
        case 'unverified':
            return 'grant the reads named under Log integrity, then run again to verify every log.';
        default:
    }
    const tally = postureTally(o.findings);
    if (tally.failing > 0) {
        return `fix the failing posture controls: each has its fix under How to fix (declare it${applied(o) ? ' and run apply again' : ''}, or run the command shown).`;
    }
    if (tally.unknown > 0)
        return 'grant the reads named under How to fix, so that every posture control can be judged.';
    return null;
}
/** The heading and the paragraph under it. */
function renderHeadline(o, changeCount) {
    const name = o.trailName === ACTION_NAME ? '' : `${(0,markdown/* code */.aY)(o.trailName)} · `;
    const parts = [
        STATUS[o.status],
        postureLabel(postureTally(o.findings)),
        o.logIntegrity ? LOGS[o.logIntegrity.verdict] : ''
    ].filter((p) => p !== '');
    const next = nextStep(o);
    return (`## ${ACTION_NAME} · ${name}${parts.join(' · ')}\n\n` +
        `**${o.mode === 'check' ? 'Check' : 'Apply'}:** ${verdict(o, changeCount)}${next ? ` **Next:** ${next}` : ''}`);
}

;// CONCATENATED MODULE: ./src/report/summary.ts










const ICON = { ok: '✅', fixable: '🔧', warning: '⚠️', blocker: '❌' };
/** More rows than this and a list folds away under its count. */
const FOLD_AFTER = 12;
const yesNo = (value, yes, no) => (value ? `✅ ${yes}` : `❌ ${no}`);
/** The first lines: which trail, and whether it logs. */
function trailLine(o) {
    const t = o.trail;
    if (t === null) {
        return applied(o)
            ? `**Trail:** ${(0,markdown/* code */.aY)(o.trailArn)} · not found after apply`
            : `**Trail:** none yet · apply would create ${(0,markdown/* code */.aY)(o.trailArn)}`;
    }
    const logging = o.trailStatus ? yesNo(o.trailStatus.isLogging, 'logging', 'not logging') : '❔ logging unknown';
    // Who manages it, when another system does: org-trail only watched it.
    const owner = o.managedBy
        ? ` · managed by ${(0,markdown/* plain */.pj)(managers/* MANAGERS */.TN[o.managedBy].name)}: org-trail watches it and writes nothing to it, its bucket or its key`
        : '';
    return `**Trail:** ${(0,markdown/* code */.aY)(t.arn)} · ${logging}${owner}`;
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
        return (0,markdown/* plain */.pj)(remediation);
    return `\`\`\`${language ?? ''}\n${remediation}\n\`\`\``;
}
/** Every blocker with its exact fix, on the first screen: the reader should not have to scroll for it. */
function blockersSection(o) {
    const blockers = o.findings.filter((f) => f.severity === 'blocker');
    if (blockers.length === 0)
        return '';
    const items = blockers.map((f, i) => `**${i + 1}. ${(0,markdown/* plain */.pj)(f.title)}** (${(0,markdown/* code */.aY)(f.id)}): ${(0,markdown/* plain */.pj)(f.detail)}${f.remediation ? `\n\n${fixBlock(f.remediation)}` : ''}`);
    return `### ❌ ${blockers.length === 1 ? 'Blocker' : `Blockers (${blockers.length})`}\n\n${items.join('\n\n')}`;
}
/** The trail's fields of one kind as rows: each flag as the table says it, each reference the trail uses. */
function fieldRows(t, kind) {
    return trail_fields/* TRAIL_FIELDS */.vf.flatMap((f) => {
        if (f.kind !== kind || f.row === null)
            return [];
        const label = f.row ?? f.label;
        if (f.kind === 'flag')
            return [[label, yesNo((0,trail_fields/* observedValue */.ki)(f, t) === true, f.says[0], f.says[1])]];
        const value = (0,trail_fields/* observedValue */.ki)(f, t);
        return value === '' ? [] : [[label, (0,markdown/* code */.aY)(String(value))]];
    });
}
function trailTable(o) {
    const t = o.trail;
    if (t === null) {
        return `The trail ${(0,markdown/* code */.aY)(o.trailName)} does not exist; apply would create it as ${(0,markdown/* code */.aY)(o.trailArn)}.`;
    }
    const s = o.trailStatus;
    const rows = [
        ['Name', (0,markdown/* code */.aY)(t.name)],
        ['ARN', (0,markdown/* code */.aY)(t.arn)],
        ['Home region', (0,markdown/* code */.aY)(t.homeRegion)],
        ...fieldRows(t, 'flag'),
        ['Bucket and prefix', (0,markdown/* code */.aY)((0,trail_fields/* deliveryLocation */.Sz)(t.s3BucketName, t.s3KeyPrefix))],
        ['Logging', s ? yesNo(s.isLogging, 'logging', 'stopped') : 'unknown'],
        ['Latest delivery', s?.latestDeliveryTime ? s.latestDeliveryTime.toISOString() : 'none yet'],
        ['Latest delivery error', s?.latestDeliveryError ? `⚠️ ${(0,markdown/* cell */.Hn)(s.latestDeliveryError)}` : 'none'],
        ['Latest digest delivery error', s?.latestDigestDeliveryError ? `⚠️ ${(0,markdown/* cell */.Hn)(s.latestDigestDeliveryError)}` : 'none']
    ];
    rows.push(...fieldRows(t, 'reference'));
    return (0,markdown/* table */.tp)(['Setting', 'Value'], rows);
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
        statements = ((0,bucket/* parsePolicy */.ON)(change.after)?.Statement ?? []).filter((s) => change.sids.includes(String(s.Sid)));
    }
    catch {
        return null;
    }
    const target = change.kind === 'put-bucket-policy' ? `bucket ${change.bucket}` : `KMS key ${change.keyArn}`;
    return { target, statements: JSON.stringify(statements, null, 2) };
}
function changesSection(o) {
    const records = (0,changes/* describeChanges */.DT)(o.changes, o.trailName);
    const done = applied(o);
    const title = done
        ? `Changes made (${records.length})`
        : o.mode === 'apply'
            ? `Changes apply will make once unblocked (${records.length})`
            : `Changes apply would make (${records.length})`;
    // No changes: the headline says so already.
    if (records.length === 0)
        return '';
    const rows = (0,markdown/* table */.tp)(['What', 'Before', 'After'], records.map((r) => [(0,markdown/* cell */.Hn)(r.what), (0,markdown/* cell */.Hn)(r.before), (0,markdown/* cell */.Hn)(r.after)]));
    const statements = o.changes.flatMap((c) => {
        const merged = mergedStatements(c);
        return merged
            ? [
                fold(`${done ? 'Statements merged into' : 'Statements apply would merge into'} the policy of ${(0,markdown/* html */.qy)(merged.target)}`, `\`\`\`json\n${merged.statements}\n\`\`\``)
            ]
            : [];
    });
    const body = records.length > FOLD_AFTER ? fold(`${(0,wording/* plural */.L)(records.length, 'change')}`, rows) : rows;
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
        return `Before this run: ${(0,markdown/* cell */.Hn)(f.title)}. **Fixed** (see Changes made).`;
    // A blocker's detail and fix are at the top of the page already.
    if (f.severity === 'blocker')
        return `**${(0,markdown/* cell */.Hn)(f.title)}**: see Blockers above.`;
    return `**${(0,markdown/* cell */.Hn)(f.title)}**: ${(0,markdown/* cell */.Hn)(f.detail)}`;
}
const ORDER = ['blocker', 'fixable', 'warning', 'ok'];
const bySeverity = (a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity);
function passedList(passed, allPassed) {
    const items = passed
        .map((f) => `<li>✅ <code>${(0,markdown/* html */.qy)(f.id)}</code> ${(0,markdown/* html */.qy)(f.title)}: ${(0,markdown/* html */.qy)(f.detail)}</li>`)
        .join('\n');
    return fold(allPassed ? `✅ All ${passed.length} passed` : `✅ ${passed.length} passed`, `<ul>\n${items}\n</ul>`);
}
/** What needs attention, in a table; what passed, folded away below it. */
function prerequisitesSection(findings, o) {
    const open = [...findings].filter((f) => f.severity !== 'ok').sort(bySeverity);
    const passed = findings.filter((f) => f.severity === 'ok');
    const parts = [];
    if (open.length > 0) {
        parts.push((0,markdown/* table */.tp)(['', 'Check', 'Finding'], open.map((f) => [prerequisiteState(f, o), (0,markdown/* code */.aY)(f.id), findingText(f, o)])));
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
        (0,markdown/* code */.aY)(f.control?.securityHub ?? f.id),
        f.control?.cis ? f.control.cis : '—',
        `**${(0,markdown/* cell */.Hn)(f.title)}**: ${(0,markdown/* cell */.Hn)(f.detail)}`
    ]);
    const failing = findings.filter((f) => f.severity !== 'ok').length;
    const intro = `${findings.length - failing} of ${findings.length} pass. Control ids are AWS Security Hub's; CIS is the ` +
        'CIS AWS Foundations Benchmark v3.0.0 recommendation.';
    return `### Posture\n\n${intro}\n\n${(0,markdown/* table */.tp)(['State', 'Control', 'CIS', 'Finding'], rows)}`;
}
/** Each open finding that is not a blocker (those are on the first screen), folded, with its fix to paste. */
function howToFix(o) {
    const open = o.findings.filter((f) => isOpen(f, o) && f.severity !== 'blocker');
    if (open.length === 0)
        return '';
    const items = [...open]
        .sort(bySeverity)
        .map((f) => fold(`${ICON[f.severity]} <b>${(0,markdown/* html */.qy)(f.title)}</b> (<code>${(0,markdown/* html */.qy)(f.id)}</code>)`, `${(0,markdown/* plain */.pj)(f.detail)}\n\n${fixBlock(f.remediation)}`));
    return `### How to fix\n\n${items.join('\n\n')}`;
}
/** The job summary, as Markdown. A pure function of the outcome: it shows, it never decides. */
function renderSummary(o) {
    const prerequisites = o.findings.filter((f) => f.category === 'prerequisite');
    const posture = o.findings.filter((f) => f.category === 'posture');
    const head = renderHeadline(o, (0,change_count/* changeCount */.Y)(o.changes));
    const failures = o.failures.length > 0 ? `\n\n> [!CAUTION]\n> The step fails: ${o.failures.map(markdown/* cell */.Hn).join('; ')}.` : '';
    const sections = [
        head + failures,
        trailLine(o),
        o.logIntegrity ? (0,log_integrity/* renderLogIntegrity */.cL)(o.logIntegrity) : '',
        blockersSection(o),
        changesSection(o),
        `### Trail\n\n${trailTable(o)}`,
        prerequisitesSection(prerequisites, o),
        posture.length > 0 ? postureSection(posture) : '',
        o.members ? renderMembers(o.members) : '',
        howToFix(o),
        `<sub>Run as ${(0,markdown/* code */.aY)(o.identity.arn)} · home region ${(0,markdown/* code */.aY)(o.homeRegion)} · mode ${(0,markdown/* code */.aY)(o.mode)}</sub>`
    ];
    return sections.filter((s) => s !== '').join('\n\n') + '\n';
}

;// CONCATENATED MODULE: ./src/report/publish.ts
// Publishing the Outcome of a run: its report file, outputs, annotations, job summary, pull-request
// comment, and the step's failure. What is said is rendered elsewhere; this only hands it to the runner.








/**
 * Every line GitHub shows is redacted of the masked values (`secrets`: account ids, when mask-aws-account-id
 * is true); the run report is not (step.ts's writeReport says why).
 */
async function publish(outcome, settings, secrets, run) {
    await (0,step/* writeReport */.u5)(settings.reportPath, (0,record/* reportOf */.EI)(outcome, run, new Date()));
    for (const [name, value] of Object.entries(outputsOf(outcome)))
        core/* setOutput */.uH(name, value);
    for (const a of annotationsOf(outcome)) {
        const message = (0,redact/* redact */.E)(a.message, secrets);
        const properties = { title: (0,redact/* redact */.E)(a.title, secrets) };
        if (a.level === 'error')
            core/* error */.z3(message, properties);
        else if (a.level === 'warning')
            core/* warning */.$e(message, properties);
        else
            core/* notice */.lm(message, properties);
    }
    const markdown = (0,redact/* redact */.E)(renderSummary(outcome), secrets);
    await (0,step/* writeSummary */.Sy)(markdown);
    const n = (0,change_count/* changeCount */.Y)(outcome.changes);
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
        (0,step/* fail */.fJ)((0,redact/* redact */.E)(outcome.failures.join('. '), secrets));
}


/***/ }),

/***/ 649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact)
/* harmony export */ });
/** Replaces each secret value (account ids, when masked) everywhere in the text. */
function redact(text, secrets) {
    return secrets.filter((s) => s.length > 0).reduce((out, secret) => out.split(secret).join('***'), text);
}


/***/ })

};

//# sourceMappingURL=504.index.js.map