export const id = 475;
export const ids = [475];
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

/***/ 7475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyLogs: () => (/* binding */ verifyLogs)
});

// EXTERNAL MODULE: ./src/aws/arn.ts
var arn = __webpack_require__(1626);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/observe/members.ts
var members = __webpack_require__(8127);
// EXTERNAL MODULE: ./src/observe/organization.ts
var organization = __webpack_require__(7445);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudtrail/dist-cjs/index.js
var dist_cjs = __webpack_require__(7392);
// EXTERNAL MODULE: ./src/observe/read.ts
var read = __webpack_require__(7694);
;// CONCATENATED MODULE: ./src/integrity/keys.ts
// CloudTrail's public keys, per region (each region signs with its own keys): asked once per region for
// the window with cloudtrail:ListPublicKeys, and again around a backfill digest's making when its key was
// not among them, as the AWS CLI does.



const HOUR = 3_600_000;
/** The keys of one region and time range, by fingerprint. */
async function listKeys(clients, region, from, to) {
    return (0,read/* read */.L)('cloudtrail:ListPublicKeys', async () => {
        const keys = new Map();
        const pages = (0,dist_cjs/* paginateListPublicKeys */.BgR)({ client: clients.cloudtrail(region) }, { StartTime: from, EndTime: to });
        for await (const page of pages) {
            for (const k of page.PublicKeyList ?? []) {
                if (!k.Fingerprint || !k.Value)
                    continue;
                try {
                    // Value: the DER PKCS#1 public key (the SDK decodes the wire's base64).
                    keys.set(k.Fingerprint, (0,external_node_crypto_.createPublicKey)({ key: Buffer.from(k.Value), format: 'der', type: 'pkcs1' }));
                }
                catch {
                    // A key that does not load verifies nothing: its digests are judged as signed by an unknown key.
                }
            }
        }
        return keys;
    });
}
class PublicKeys {
    clients;
    from;
    to;
    regions = new Map();
    around = new Map();
    /** `from`–`to`: the window; the range asked ends two hours later, as digests end after their hour. */
    constructor(clients, from, to) {
        this.clients = clients;
        this.from = from;
        this.to = to;
    }
    /**
     * The key of `fingerprint` in `region`: undefined when CloudTrail publishes none. A backfill digest
     * (`madeAt`) whose key is not among the window's is looked for in the hour around its making.
     */
    async find(region, fingerprint, madeAt) {
        const window = await this.regionKeys(region);
        if (!window.ok)
            return window;
        const key = window.value.get(fingerprint);
        if (key || !madeAt)
            return { ok: true, value: key };
        const hour = Math.floor(madeAt.getTime() / HOUR);
        const cacheKey = `${region}:${hour}`;
        let nearby = this.around.get(cacheKey);
        if (!nearby) {
            nearby = listKeys(this.clients, region, new Date((hour - 1) * HOUR), new Date((hour + 2) * HOUR));
            this.around.set(cacheKey, nearby);
        }
        const found = await nearby;
        return found.ok ? { ok: true, value: found.value.get(fingerprint) } : found;
    }
    regionKeys(region) {
        let keys = this.regions.get(region);
        if (!keys) {
            keys = listKeys(this.clients, region, this.from, new Date(this.to.getTime() + 2 * HOUR));
            this.regions.set(region, keys);
        }
        return keys;
    }
}

;// CONCATENATED MODULE: ./src/integrity/limit.ts
// A bound on requests in flight, shared by every account and region being verified.
/** Runs tasks with at most `size` running at once, the others waiting in the order they came. */
function limit(size) {
    let running = 0;
    const waiting = [];
    return async (task) => {
        // A finished task hands its slot to the next waiting one directly, so none can slip in between.
        if (running >= size)
            await new Promise((resolve) => waiting.push(resolve));
        else
            running += 1;
        try {
            return await task();
        }
        finally {
            const next = waiting.shift();
            if (next)
                next();
            else
                running -= 1;
        }
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-account/dist-cjs/index.js
var client_account_dist_cjs = __webpack_require__(2990);
;// CONCATENATED MODULE: ./src/integrity/layout.ts
// Where CloudTrail puts an organization trail's digests (CloudTrail user guide, "CloudTrail digest file
// structure"): [prefix/]AWSLogs/<org-id>/<account>/CloudTrail-Digest/<region>/YYYY/MM/DD/
// <account>_CloudTrail-Digest_<region>_<trail>_<home-region>_<YYYYMMDDTHHMMSSZ>[_backfill].json.gz,
// the timestamp being the digest's end. Pure.
/** [prefix/]AWSLogs/[o-id/] */
function logsRoot(place) {
    return `${place.prefix ? `${place.prefix}/` : ''}AWSLogs/${place.organizationId ? `${place.organizationId}/` : ''}`;
}
/** The folder an account's digests of every region are under. */
function accountDigestRoot(place) {
    return `${logsRoot(place)}${place.account}/CloudTrail-Digest/`;
}
/** The folder a region's digests are under (every day, every trail delivering there). */
function digestFolder(place) {
    return `${accountDigestRoot(place)}${place.region}/`;
}
const pad = (n, width = 2) => String(n).padStart(width, '0');
/** YYYYMMDDTHHMMSSZ, as digest names carry it. */
function digestTimestamp(date) {
    return (`${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T` +
        `${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`);
}
function dayFolder(date) {
    return `${date.getUTCFullYear()}/${pad(date.getUTCMonth() + 1)}/${pad(date.getUTCDate())}/`;
}
/** The key a (non-backfill) digest ending at `end` would have. */
function digestKey(place, end) {
    return `${digestFolder(place)}${dayFolder(end)}${namePrefix(place)}${digestTimestamp(end)}.json.gz`;
}
function namePrefix(place) {
    return `${place.account}_CloudTrail-Digest_${place.region}_${place.trailName}_${place.homeRegion}_`;
}
/**
 * Where a listing of the digests ending after `from` starts (S3's StartAfter, exclusive): the key a digest
 * ending one minute before would have, as the AWS CLI's validate-logs lists (so that a digest ending at
 * `from` exactly is included).
 */
function listingStart(place, from) {
    return digestKey(place, new Date(from.getTime() - 60_000));
}
const layout_escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Reads the keys of one trail's digests of one account and region; any other key (another trail's
 * digests delivered to the same folder, anything else put there) is not this trail's, and gets null.
 */
function digestNameReader(place) {
    const pattern = new RegExp(`^${layout_escape(digestFolder(place))}\\d{4}/\\d{2}/\\d{2}/${layout_escape(namePrefix(place))}` +
        '(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})Z(_backfill)?\\.json\\.gz$');
    return (key) => {
        const m = pattern.exec(key);
        if (!m)
            return null;
        const [, y, mo, d, h, mi, s, backfill] = m;
        const end = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
        return Number.isNaN(end.getTime()) ? null : { key, end, backfill: backfill !== undefined };
    };
}
/** True when `key` lies under the region folder this listing covers (a link the listing can judge). */
function isInFolder(place, bucket, key) {
    return bucket === place.bucket && key.startsWith(digestFolder(place));
}
/** The region folders (…/CloudTrail-Digest/<region>/) of a delimiter listing, as region names. */
function regionOfFolder(place, folder) {
    const root = accountDigestRoot(place);
    if (!folder.startsWith(root) || !folder.endsWith('/'))
        return null;
    const region = folder.slice(root.length, -1);
    return /^[a-z]{2}(-[a-z]+)+-\d+$/.test(region) ? region : null;
}

// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
;// CONCATENATED MODULE: ./src/integrity/objects.ts
// The S3 reads of log verification: digest listings, digests, log files hashed as they stream in. Each
// answer is data: the object, its absence, or why it could not be read (never mistaken for tampering).





/**
 * What a failed read was refused by. S3 reads an SSE-KMS object by asking KMS to decrypt its data key as
 * the caller: a refusal from KMS comes back from S3 as an error whose code is KMS's ("KMS.DisabledException"…)
 * or as AccessDenied naming kms:Decrypt (S3 does not document the exact wording; both are matched).
 */
function refusalOf(error, action) {
    const code = (0,errors/* errorCode */.CA)(error);
    const message = (0,errors/* errorMessage */.gJ)(error);
    const kms = code.startsWith('KMS.') || /\bkms[:.]/i.test(message) || /KMS key|ciphertext/i.test(message);
    return { action: kms ? 'kms:Decrypt' : action, code, message };
}
const isMissing = (error) => {
    const code = (0,errors/* errorCode */.CA)(error);
    return code === 'NoSuchKey' || code === 'NotFound';
};
/**
 * The keys under `prefix` after `startAfter`, in S3's (lexicographic) order, a page at a time: the window
 * is never held whole. Throws what the listing throws.
 */
async function* objects_listKeys(s3, bucket, prefix, startAfter) {
    for await (const page of (0,client_s3_dist_cjs/* paginateListObjectsV2 */.OqA)({ client: s3 }, { Bucket: bucket, Prefix: prefix, StartAfter: startAfter })) {
        for (const object of page.Contents ?? [])
            if (object.Key)
                yield object.Key;
    }
}
/** The sub-folders of `prefix` (a delimiter listing). Throws what the listing throws. */
async function listFolders(s3, bucket, prefix) {
    const folders = [];
    for await (const page of (0,client_s3_dist_cjs/* paginateListObjectsV2 */.OqA)({ client: s3 }, { Bucket: bucket, Prefix: prefix, Delimiter: '/' })) {
        for (const p of page.CommonPrefixes ?? [])
            if (p.Prefix)
                folders.push(p.Prefix);
    }
    return folders;
}
/** A digest object: its (gzip) bytes and its user metadata. Digests are small, so they are read whole. */
async function getDigestObject(s3, bucket, key) {
    try {
        const out = await s3.send(new client_s3_dist_cjs/* GetObjectCommand */.jLs({ Bucket: bucket, Key: key }));
        const body = out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
        return { ok: true, value: { body, metadata: out.Metadata ?? {} } };
    }
    catch (error) {
        if (isMissing(error))
            return { ok: false, missing: true };
        return { ok: false, missing: false, refusal: refusalOf(error, 's3:GetObject') };
    }
}
/**
 * Streams a log file through gunzip into SHA-256: memory holds a chunk, not the file. A stream that is
 * not gzip, or has anything after its end, is corrupt (the AWS CLI fails such a file too).
 */
async function hashLogFile(s3, bucket, key) {
    let body;
    try {
        const out = await s3.send(new client_s3_dist_cjs/* GetObjectCommand */.jLs({ Bucket: bucket, Key: key }));
        body = out.Body;
    }
    catch (error) {
        if (isMissing(error))
            return { ok: false, missing: true };
        return { ok: false, missing: false, refusal: refusalOf(error, 's3:GetObject') };
    }
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    try {
        await (0,promises_.pipeline)(body, (0,external_node_zlib_.createGunzip)(), async (chunks) => {
            for await (const chunk of chunks) {
                bytes += chunk.length;
                hash.update(chunk);
            }
        });
    }
    catch (error) {
        const code = error.code;
        // zlib's own errors are the file's; anything else (a connection reset mid-body) is the read's.
        if (typeof code === 'string' && code.startsWith('Z_'))
            return { ok: true, value: { corrupt: `not a valid gzip file (${(0,errors/* errorMessage */.gJ)(error)})` } };
        return { ok: false, missing: false, refusal: refusalOf(error, 's3:GetObject') };
    }
    return { ok: true, value: { sha256: hash.digest('hex'), bytes } };
}

;// CONCATENATED MODULE: ./src/integrity/regions.ts
// The regions whose logs are verified, asked of AWS, never a list written here: a multi-region trail
// delivers the logs of every region enabled in an account (account:ListRegions of the account org-trail
// runs in). The regions enabled by default are enabled in every account, so each must deliver there; an
// opt-in region is each account's own choice, so it is verified for the accounts the bucket holds digests
// of there, as is any region the bucket holds digests of for an account (a member may have opted in a
// region the management account has not).




function enabledRegions(clients) {
    return (0,read/* read */.L)('account:ListRegions', async () => {
        const client = await clients.account();
        const everywhere = [];
        const optedIn = [];
        const pages = (0,client_account_dist_cjs.paginateListRegions)({ client }, { RegionOptStatusContains: ['ENABLED', 'ENABLED_BY_DEFAULT'] });
        for await (const page of pages)
            for (const r of page.Regions ?? [])
                if (r.RegionName)
                    (r.RegionOptStatus === 'ENABLED_BY_DEFAULT' ? everywhere : optedIn).push(r.RegionName);
        return { everywhere: everywhere.sort(), optedIn: optedIn.sort() };
    });
}
/** The regions the bucket holds digests of for one account: its CloudTrail-Digest/<region>/ folders. */
async function deliveredRegions(s3, place) {
    try {
        const folders = await listFolders(s3, place.bucket, accountDigestRoot(place));
        return { ok: true, regions: folders.flatMap((f) => regionOfFolder(place, f) ?? []) };
    }
    catch (error) {
        return { ok: false, refusal: refusalOf(error, 's3:ListBucket') };
    }
}

;// CONCATENATED MODULE: ./src/integrity/shard.ts
// accounts-shard: which accounts one job of a matrix verifies. Pure.

/**
 * The job an account belongs to, from its id alone: the same in every job of the matrix whatever order
 * Organizations lists the accounts in, and an account joining or leaving moves no other account. A hash,
 * not the id's own digits, so that ids handed out in sequence spread evenly.
 */
function shardOf(accountId, count) {
    return ((0,external_node_crypto_.createHash)('sha256').update(accountId).digest().readUInt32BE(0) % count) + 1;
}
function inShard(accountId, shard) {
    return shard === null || shardOf(accountId, shard.count) === shard.index;
}

// EXTERNAL MODULE: ./src/integrity/types.ts
var types = __webpack_require__(7458);
;// CONCATENATED MODULE: ./src/integrity/tally.ts
// What verification has found so far, shared by every account and region being verified: counts, and
// lists kept to a bound so that a bucket tampered with wholesale still makes a report of bounded size.

class Capped {
    seen;
    items = [];
    omitted = 0;
    constructor(seen = () => '') {
        this.seen = seen;
    }
    keys = new Set();
    add(item) {
        const id = this.seen(item);
        if (id !== '') {
            // The same refusal in every account of a region is said once per region and action.
            if (this.keys.has(id))
                return;
            this.keys.add(id);
        }
        if (this.items.length < types/* MAX_LISTED */.B)
            this.items.push(item);
        else
            this.omitted += 1;
    }
    get total() {
        return this.items.length + this.omitted;
    }
}
class Tally {
    problems = new Capped();
    unreadable = new Capped((u) => u.key === '' && u.action !== 's3:ListBucket' ? `${u.region}|${u.action}|${u.code}` : '');
    loggingOff = new Capped();
    counts = {
        digests: { valid: 0, invalid: 0, unverified: 0 },
        logFiles: { valid: 0, invalid: 0, unverified: 0 },
        bytesHashed: 0
    };
    accountSet = new Set();
    regionSet = new Set();
    units = 0;
    stale = 0;
    /** Account-region pairs finished. */
    done = 0;
    /** An account and region about to be verified. */
    begin(account, region) {
        this.accountSet.add(account);
        this.regionSet.add(region);
        this.units += 1;
    }
    problem(p) {
        if (p.kind === 'stale')
            this.stale += 1;
        this.problems.add(p);
    }
    /** Problems other than stale: evidence that logs were altered, moved or deleted. */
    get integrityProblems() {
        return this.problems.total - this.stale;
    }
    get unitsStarted() {
        return this.units;
    }
    totals() {
        return {
            accounts: this.accountSet.size,
            regions: this.regionSet.size,
            accountRegions: this.units,
            ...structuredClone(this.counts)
        };
    }
    /**
     * invalid: evidence of tampering or loss; stale: logs stopped arriving; unverified: something could not
     * be read, so integrity is not proven; valid: every digest and log file of the window verified.
     */
    verdict() {
        if (this.integrityProblems > 0)
            return 'invalid';
        if (this.stale > 0)
            return 'stale';
        const c = this.counts;
        if (this.unreadable.total > 0 || c.digests.unverified > 0 || c.logFiles.unverified > 0)
            return 'unverified';
        return 'valid';
    }
}

;// CONCATENATED MODULE: ./src/integrity/chain.ts
const MINUTE = 60_000;
const chain_HOUR = 60 * MINUTE;
/** Digests are hourly: a span longer than this with no digest is hours with no digest. */
const SLACK = 5 * MINUTE;
/** An account and region's newest digest may be this old before the account and region is stale. */
const STALE_AFTER_MS = 2 * chain_HOUR;
const iso = (d) => d.toISOString().replace('.000Z', 'Z');
const hours = (ms) => Math.max(1, Math.round(ms / chain_HOUR));
const noProblem = { problems: [], loggingOff: null };
/**
 * The digests missing before the one a link names (ending at `linkEnd`): CloudTrail's digests end an hour
 * apart, so each hour the chain continues across with no digest is one more digest missing, at the key
 * that hour's end gives it. After the digest before (`tail`), the hours are those that fit between it and
 * the named one, and any span left over is a gap; at the window's start (no digest before), every digest
 * that would end inside the window.
 */
function missingBefore(after, linkEnd, at, ctx, tail) {
    if (!linkEnd)
        return [];
    const found = [];
    const fits = (end) => (tail ? end - chain_HOUR - after.getTime() >= -SLACK : end > after.getTime());
    let t = linkEnd.getTime() - chain_HOUR;
    for (; fits(t); t -= chain_HOUR)
        found.push({
            kind: 'digest-missing',
            key: ctx.keyAt(new Date(t)),
            detail: `No digest ends at ${iso(new Date(t))} although the chain continues across that hour (${at} links back past it)`
        });
    if (tail && t - after.getTime() > SLACK)
        found.push({
            kind: 'digest-chain-gap',
            key: at,
            detail: `No digest covers ${iso(after)} to ${iso(new Date(t))} although the chain shows the trail was logging`
        });
    return found;
}
/**
 * Judges the link of a standard (hourly) digest to the digest before it in the listing, `tail` (null for
 * the first of the window). The chain holds when the link names the tail's key and carries the tail's
 * signature. A link to a key the listing should have shown but did not is a missing digest, and so is
 * each hour before it that no digest covers while the chain continues; a digest that starts a new chain
 * (its link is null) shows logging was off, which is not a problem.
 */
function judgeLink(tail, d, ctx) {
    const link = d.previous;
    if (link === null) {
        const after = tail?.end ?? ctx.from;
        // A window starts at any minute, digests at CloudTrail's: less than an hour before the first is not a gap.
        const tolerance = tail ? SLACK : chain_HOUR;
        return {
            problems: [],
            loggingOff: d.start.getTime() - after.getTime() > tolerance ? { from: after, to: d.start } : null
        };
    }
    // A chain continuing in another bucket or folder (the trail's bucket or prefix changed): not judged here.
    if (!ctx.inListing(link.bucket, link.key))
        return noProblem;
    if (tail === null) {
        if (link.key <= ctx.listedAfter)
            return noProblem; // the digest before ends before the window
        return {
            problems: [
                missing(link.key, d.key),
                // What ends after the listing's start is in the window (the window starts at any minute).
                ...missingBefore(new Date(ctx.from.getTime() - MINUTE), ctx.endOf(link.key), d.key, ctx, false)
            ],
            loggingOff: null
        };
    }
    if (link.key === tail.key) {
        if (tail.signature !== null && link.signature !== tail.signature)
            return {
                problems: [
                    {
                        kind: 'digest-chain-gap',
                        key: d.key,
                        detail: `Its link names ${tail.key} but carries another signature than that digest's: the digest there is not the one this chain continues`
                    }
                ],
                loggingOff: null
            };
        // An unbroken link across time no digest covers: CloudTrail skipped an hour (or a digest was made
        // to disappear with its successor re-signed, which only CloudTrail's key could do).
        if (d.start.getTime() - tail.end.getTime() > SLACK)
            return {
                problems: [
                    {
                        kind: 'digest-chain-gap',
                        key: d.key,
                        detail: `No digest covers ${iso(tail.end)} to ${iso(d.start)}: this digest links straight to ${tail.key}, which ends then`
                    }
                ],
                loggingOff: null
            };
        return noProblem;
    }
    if (link.key > tail.key && link.key < d.key) {
        return {
            problems: [missing(link.key, d.key), ...missingBefore(tail.end, ctx.endOf(link.key), d.key, ctx, true)],
            loggingOff: null
        };
    }
    return {
        problems: [
            {
                kind: 'digest-chain-gap',
                key: d.key,
                detail: `Its link names ${link.key}, not the digest before it (${tail.key})`
            }
        ],
        loggingOff: null
    };
}
function missing(key, namedBy) {
    return { kind: 'digest-missing', key, detail: `Named as the previous digest by ${namedBy}, it is not in the bucket` };
}
/**
 * Judges the link of a backfill digest. How CloudTrail links backfill digests is not documented; the AWS
 * CLI follows their links like the hourly chain's and fails when a named digest is not there. So does
 * this: a link to a key the listing covers, before this digest, that the listing did not show is a
 * missing digest.
 */
function judgeBackfillLink(d, ctx, listed) {
    const link = d.previous;
    if (link === null || !ctx.inListing(link.bucket, link.key) || link.key <= ctx.listedAfter)
        return noProblem;
    // A link forward cannot be judged by a listing read oldest first (CloudTrail does not link forward).
    if (link.key >= d.key)
        return noProblem;
    return listed(link.key) === 'no' ? { problems: [missing(link.key, d.key)], loggingOff: null } : noProblem;
}
/** Whether an account and region still delivers: its newest digest ends less than two hours ago. */
function staleness(newestEnd, from, now) {
    const since = newestEnd ?? from;
    const age = now.getTime() - since.getTime();
    if (age <= STALE_AFTER_MS)
        return { stale: false };
    return {
        stale: true,
        detail: newestEnd
            ? `The newest digest ends at ${iso(newestEnd)}, ${hours(age)} h ago: digests are delivered hourly`
            : `No digest since ${iso(from)} (${hours(age)} h): digests are delivered hourly`
    };
}

;// CONCATENATED MODULE: ./src/integrity/digest.ts
// One digest file, read and judged on its own: its format, its place, its signature (CloudTrail user
// guide, "CloudTrail digest file structure" and "Custom implementations of CloudTrail log file integrity
// validation"). Pure: bytes and a public key in, a verdict out.


/** Members a digest must have before it can be judged (as the AWS CLI requires them too). */
const REQUIRED = [
    'digestPublicKeyFingerprint',
    'digestS3Bucket',
    'digestS3Object',
    'previousDigestSignature',
    'digestEndTime',
    'digestStartTime'
];
const SIGNATURE_ALGORITHM = 'SHA256withRSA';
const isText = (v) => typeof v === 'string';
const isHex = (v) => v.length > 0 && v.length % 2 === 0 && /^[0-9a-fA-F]+$/.test(v);
/**
 * Reads a digest object: gzip, JSON, the members CloudTrail always writes, and the signature metadata.
 * `metadata` is the object's user metadata (x-amz-meta-*, lower-cased names, as the SDK gives them).
 */
function readDigest(input) {
    let raw;
    try {
        raw = (0,external_node_zlib_.gunzipSync)(input.body);
    }
    catch {
        return { ok: false, reason: 'not a gzip file' };
    }
    let json;
    try {
        const parsed = JSON.parse(raw.toString('utf8'));
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
            throw new Error('not an object');
        json = parsed;
    }
    catch {
        return { ok: false, reason: 'not a JSON digest' };
    }
    const absent = REQUIRED.filter((name) => !(name in json));
    if (absent.length > 0)
        return { ok: false, reason: `lacks ${absent.join(', ')}` };
    const signature = input.metadata.signature;
    const algorithm = input.metadata['signature-algorithm'];
    if (!signature || !algorithm)
        return { ok: false, reason: 'has no signature metadata (signature, signature-algorithm)' };
    const { digestEndTime, digestStartTime, digestS3Bucket, digestS3Object, digestPublicKeyFingerprint } = json;
    if (!isText(digestEndTime) ||
        !isText(digestStartTime) ||
        !isText(digestS3Bucket) ||
        !isText(digestS3Object) ||
        !isText(digestPublicKeyFingerprint))
        return { ok: false, reason: 'has a member of the wrong type' };
    const start = new Date(digestStartTime);
    const end = new Date(digestEndTime);
    if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()))
        return { ok: false, reason: 'has unreadable times' };
    const previousSignature = json.previousDigestSignature;
    if (previousSignature !== null && !isText(previousSignature))
        return { ok: false, reason: 'has a member of the wrong type' };
    const { previousDigestS3Bucket: pb, previousDigestS3Object: pk } = json;
    const files = json.logFiles ?? [];
    if (!Array.isArray(files))
        return { ok: false, reason: 'has logFiles that is not a list' };
    const logFiles = [];
    for (const f of files) {
        const file = f;
        if (!file || !isText(file.s3Bucket) || !isText(file.s3Object) || !isText(file.hashValue))
            return { ok: false, reason: 'lists a log file without s3Bucket, s3Object or hashValue' };
        logFiles.push({ bucket: file.s3Bucket, key: file.s3Object, hashValue: file.hashValue.toLowerCase() });
    }
    let generatedAt = null;
    if (input.backfill) {
        const stamp = input.metadata['backfill-generation-timestamp'];
        generatedAt = stamp ? new Date(stamp) : null;
        if (!generatedAt || Number.isNaN(generatedAt.getTime()))
            return { ok: false, reason: 'is a backfill digest without backfill-generation-timestamp metadata' };
    }
    return {
        ok: true,
        digest: {
            bucket: input.bucket,
            key: input.key,
            backfill: input.backfill,
            endTimeText: digestEndTime,
            start,
            end,
            ownBucket: digestS3Bucket,
            ownKey: digestS3Object,
            fingerprint: digestPublicKeyFingerprint,
            signature,
            algorithm,
            // The AWS CLI treats a digest without either of these as the start of a chain, and so does this.
            previous: isText(pb) && isText(pk) && pb !== '' && pk !== ''
                ? { bucket: pb, key: pk, signature: previousSignature }
                : null,
            previousSignatureText: previousSignature,
            logFiles,
            sha256: (0,external_node_crypto_.createHash)('sha256').update(raw).digest('hex'),
            generatedAt
        }
    };
}
/**
 * What CloudTrail signs: the end time as written, the digest's own bucket/key, the hex SHA-256 of the
 * uncompressed digest and the previous digest's signature ("null" in the first digest of a chain).
 */
function stringToSign(d) {
    return `${d.endTimeText}\n${d.ownBucket}/${d.ownKey}\n${d.sha256}\n${d.previousSignatureText ?? 'null'}`;
}
/**
 * Judges a readable digest, in the order the AWS CLI does: its place, then its key, then its signature.
 * `publicKey` is the key of its fingerprint in its region, undefined when CloudTrail does not publish one.
 */
function judgeDigest(d, publicKey, region) {
    if (d.ownBucket !== d.bucket || d.ownKey !== d.key)
        return {
            kind: 'digest-moved',
            detail: `This digest was delivered to s3://${d.ownBucket}/${d.ownKey} and has been moved from there`
        };
    if (d.algorithm !== SIGNATURE_ALGORITHM)
        return { kind: 'digest-invalid', detail: `Its signature algorithm is ${d.algorithm}, not ${SIGNATURE_ALGORITHM}` };
    if (!publicKey)
        return {
            kind: 'digest-invalid',
            detail: `It is signed with the key ${d.fingerprint}, which CloudTrail's ListPublicKeys does not return in ${region}`
        };
    if (!isHex(d.signature))
        return { kind: 'digest-invalid', detail: 'Its signature metadata is not hexadecimal' };
    const ok = (0,external_node_crypto_.verify)('sha256', Buffer.from(stringToSign(d)), publicKey, Buffer.from(d.signature, 'hex'));
    return ok ? { kind: 'valid' } : { kind: 'digest-invalid', detail: 'Its signature does not verify' };
}

;// CONCATENATED MODULE: ./src/integrity/unit.ts




/** Digests read ahead of the one being judged, per account and region. */
const READ_AHEAD = 4;
/** Digests whose log files may be hashing at once, per account and region. */
const LOG_BATCHES = 6;
/** Listed keys remembered for judging backfill links (three days of hourly digests). */
const REMEMBERED = 72;
/** Keys listed lately, to tell a backfill link to a missing digest from one older than what is remembered. */
class Remembered {
    floor;
    keys = new Set();
    order = [];
    constructor(floor) {
        this.floor = floor;
    }
    add(key) {
        this.keys.add(key);
        this.order.push(key);
        if (this.order.length > REMEMBERED) {
            const old = this.order.shift();
            this.keys.delete(old);
            this.floor = old;
        }
    }
    listed = (key) => (this.keys.has(key) ? 'yes' : key > this.floor ? 'no' : 'unknown');
}
/**
 * A log file S3 refuses with a plain AccessDenied, when the trail encrypts log files with a KMS key: S3
 * answers so when KMS refuses to decrypt for the caller (S3's reference does not document the answer;
 * users report this one), and the digests, which are not under that key, were readable.
 */
function logFileRefusal(r, key) {
    if (!key || r.action !== 's3:GetObject' || r.code !== 'AccessDenied')
        return r;
    return {
        action: 'kms:Decrypt',
        code: r.code,
        message: `The log files are encrypted with ${key} (SSE-KMS): reading them needs kms:Decrypt on that key as well as s3:GetObject. S3 said: ${r.message}`
    };
}
async function verifyUnit(ctx, unit) {
    const { place } = unit;
    const { tally } = ctx;
    tally.begin(place.account, place.region);
    const nameOf = digestNameReader(place);
    const verifiedAfter = listingStart(place, ctx.windowStart);
    // Keys before the window only tell how recent the newest digest is, when the window is under two hours.
    const freshFrom = new Date(Math.min(ctx.windowStart.getTime(), ctx.now.getTime() - STALE_AFTER_MS));
    const chain = {
        listedAfter: verifiedAfter,
        from: unit.from,
        inListing: (bucket, key) => isInFolder(place, bucket, key),
        endOf: (key) => nameOf(key)?.end ?? null,
        keyAt: (end) => digestKey(place, end)
    };
    const remembered = new Remembered(verifiedAfter);
    const problem = (kind, key, detail) => tally.problem({ account: place.account, region: place.region, kind, key, detail });
    const refused = (key, r) => tally.unreadable.add({ account: place.account, region: place.region, key, ...r });
    // A missing digest may be one found moved (from there, or over it): known once the listing is read.
    const missing = new Map();
    const moved = new Set();
    let tail = null;
    let newest = null;
    const batches = [];
    const hashAll = (d) => Promise.all(d.logFiles.map(async (f) => {
        const read = await ctx.limit(() => hashLogFile(ctx.s3, f.bucket, f.key));
        const c = tally.counts.logFiles;
        if (!read.ok) {
            if (read.missing) {
                c.invalid += 1;
                problem('log-file-missing', f.key, `Listed by ${d.key}, it is not in the bucket`);
            }
            else {
                c.unverified += 1;
                refused(f.key, logFileRefusal(read.refusal, ctx.logsKey));
            }
        }
        else if ('corrupt' in read.value) {
            c.invalid += 1;
            problem('log-file-invalid', f.key, `Listed by ${d.key}, it is ${read.value.corrupt}`);
        }
        else if (read.value.sha256 !== f.hashValue) {
            c.invalid += 1;
            problem('log-file-invalid', f.key, `Its SHA-256 is not the one ${d.key} records: it was altered`);
        }
        else {
            c.valid += 1;
            tally.counts.bytesHashed += read.value.bytes;
        }
    })).then(() => undefined);
    const judge = async ({ name, read }) => {
        const c = tally.counts.digests;
        const standard = !name.backfill;
        const unjudged = { key: name.key, end: name.end, signature: null };
        if (!read.ok) {
            if (read.missing) {
                c.invalid += 1;
                problem('digest-missing', name.key, 'Listed, then gone when read: it was deleted during the run');
            }
            else {
                c.unverified += 1;
                refused(name.key, read.refusal);
                if (standard)
                    tail = unjudged;
            }
            return;
        }
        const parsed = readDigest({ bucket: place.bucket, key: name.key, backfill: name.backfill, ...read.value });
        if (!parsed.ok) {
            c.invalid += 1;
            problem('digest-invalid', name.key, `It ${parsed.reason}`);
            if (standard)
                tail = unjudged;
            return;
        }
        const d = parsed.digest;
        const key = await ctx.keys.find(place.region, d.fingerprint, d.generatedAt);
        let signature = null;
        if (!key.ok) {
            c.unverified += 1;
            refused('', { ...key.failure });
        }
        else {
            const verdict = judgeDigest(d, key.value, place.region);
            if (verdict.kind === 'digest-moved') {
                c.invalid += 1;
                moved.add(d.ownKey).add(name.key);
                problem('digest-moved', name.key, verdict.detail);
                return; // not part of the chain where it lies
            }
            if (verdict.kind === 'digest-invalid') {
                c.invalid += 1;
                problem('digest-invalid', name.key, verdict.detail);
                if (standard)
                    tail = unjudged;
                return;
            }
            c.valid += 1;
            signature = d.signature;
        }
        // The links of a digest whose signature could not be checked are still followed: they cost nothing.
        const link = standard ? judgeLink(tail, d, chain) : judgeBackfillLink(d, chain, remembered.listed);
        for (const p of link.problems) {
            const found = { account: place.account, region: place.region, ...p };
            if (p.kind === 'digest-missing')
                missing.set(p.key, missing.get(p.key) ?? found);
            else
                tally.problem(found);
        }
        if (link.loggingOff)
            tally.loggingOff.add({
                account: place.account,
                region: place.region,
                from: link.loggingOff.from.toISOString(),
                to: link.loggingOff.to.toISOString()
            });
        if (standard)
            tail = { key: d.key, end: d.end, signature };
        if (signature !== null && ctx.logFiles === 'all' && d.logFiles.length > 0) {
            batches.push(hashAll(d));
            if (batches.length >= LOG_BATCHES)
                await batches.shift();
        }
    };
    const ahead = [];
    try {
        for await (const key of objects_listKeys(ctx.s3, place.bucket, digestFolder(place), listingStart(place, freshFrom))) {
            const name = nameOf(key);
            if (!name)
                continue;
            if (!name.backfill && (newest === null || name.end > newest.end))
                newest = name;
            if (key <= verifiedAfter)
                continue;
            remembered.add(key);
            ahead.push(ctx.limit(async () => ({ name, read: await getDigestObject(ctx.s3, place.bucket, key) })));
            if (ahead.length >= READ_AHEAD)
                await judge(await ahead.shift());
        }
    }
    catch (error) {
        // Without the listing nothing more of this account and region can be said: not even that it is stale.
        refused('', refusalOf(error, 's3:ListBucket'));
        for (const pending of ahead.splice(0))
            await judge(await pending);
        await Promise.all(batches);
        tally.done += 1;
        return;
    }
    for (const pending of ahead.splice(0))
        await judge(await pending);
    await Promise.all(batches);
    for (const m of missing.values())
        if (!moved.has(m.key))
            tally.problem(m);
    const fresh = staleness(newest?.end ?? null, unit.from, ctx.now);
    if (fresh.stale)
        problem('stale', newest?.key ?? digestFolder(place), fresh.detail);
    tally.done += 1;
}

;// CONCATENATED MODULE: ./src/integrity/index.ts










/** Accounts verified at once; each verifies all its regions at once. */
const ACCOUNTS_AT_ONCE = 16;
/**
 * S3 reads in flight across every account and region. Under the SDK's default of 50 sockets per host, so
 * that requests wait here, in order, rather than in the socket pool.
 */
const READS_IN_FLIGHT = 48;
const PROGRESS_EVERY_MS = 5_000;
/** Why there is nothing to verify, when there is not. */
function skipReason(trail, organizationId) {
    if (trail === null)
        return 'The trail does not exist: there are no logs to verify.';
    if (!trail.logFileValidationEnabled)
        return 'Log file validation is off on the trail: CloudTrail delivers no digest files, so the logs cannot be verified.';
    if (trail.isOrganizationTrail && organizationId === null)
        return "The organization could not be read, so its accounts' logs cannot be found.";
    return null;
}
const mb = (bytes) => (bytes / 1_048_576).toFixed(1);
async function* accountsOf(input, trail, tally) {
    const shard = input.settings.shard;
    if (!trail.isOrganizationTrail) {
        // An account trail logs its own account only, under AWSLogs/<account>/.
        const id = (0,arn/* accountOf */.XP)(trail.arn);
        if (inShard(id, shard))
            yield { id, joined: null };
        return;
    }
    try {
        for await (const a of (0,organization/* activeAccounts */.L6)(input.clients))
            if (a.Id && inShard(a.Id, shard))
                yield { id: a.Id, joined: a.JoinedTimestamp ?? null };
    }
    catch (error) {
        tally.unreadable.add({
            account: '',
            region: '',
            key: '',
            action: 'organizations:ListAccounts',
            code: (0,errors/* errorCode */.CA)(error),
            message: (0,errors/* errorMessage */.gJ)(error)
        });
    }
}
async function verifyLogs(input) {
    const { settings, trail, log } = input;
    const now = input.now ?? new Date();
    const windowStart = new Date(now.getTime() - settings.window.ms);
    const tally = new Tally();
    const result = (skipped) => ({
        verdict: skipped ? 'unverified' : tally.verdict(),
        window: { from: windowStart.toISOString(), to: now.toISOString(), duration: settings.window.text },
        logFiles: settings.logFiles,
        shard: settings.shard,
        counts: tally.totals(),
        problems: tally.problems.items,
        unreadable: tally.unreadable.items,
        loggingOff: tally.loggingOff.items,
        omitted: {
            problems: tally.problems.omitted,
            unreadable: tally.unreadable.omitted,
            loggingOff: tally.loggingOff.omitted
        },
        skipped
    });
    const skipped = skipReason(trail, input.organizationId);
    if (skipped !== null || trail === null) {
        log(`Log verification: ${skipped}`);
        return result(skipped);
    }
    const started = Date.now();
    const base = {
        bucket: trail.s3BucketName,
        prefix: trail.s3KeyPrefix,
        organizationId: trail.isOrganizationTrail ? input.organizationId : null,
        trailName: trail.name,
        homeRegion: trail.homeRegion
    };
    // Regions every account must deliver; opt-in ones are verified where an account has digests there.
    let regions = [trail.homeRegion];
    if (trail.isMultiRegionTrail) {
        const enabled = await enabledRegions(input.clients);
        if (enabled.ok)
            regions = [...enabled.value.everywhere];
        else
            tally.unreadable.add({ account: '', region: '', key: '', ...enabled.failure });
    }
    const shard = settings.shard ? ` (accounts shard ${settings.shard.index}/${settings.shard.count})` : '';
    log(`Log verification: the ${settings.window.text} from ${windowStart.toISOString()} in s3://${base.bucket}/${base.prefix}${shard}, ` +
        `${trail.isMultiRegionTrail ? `${regions.length} regions enabled by default and any other an account delivers` : base.homeRegion}, log files: ${settings.logFiles}`);
    const ctx = {
        s3: input.s3,
        keys: new PublicKeys(input.clients, windowStart, now),
        limit: limit(READS_IN_FLIGHT),
        tally,
        now,
        windowStart,
        logFiles: settings.logFiles,
        logsKey: trail.kmsKeyId || null
    };
    const progress = setInterval(() => {
        const c = tally.counts;
        log(`Log verification: ${tally.done} of ${tally.unitsStarted}+ account-regions, ${c.digests.valid + c.digests.invalid} digests, ` +
            `${c.logFiles.valid + c.logFiles.invalid} log files (${mb(c.bytesHashed)} MB) verified`);
    }, PROGRESS_EVERY_MS);
    progress.unref();
    try {
        await (0,members/* pool */.d)(accountsOf(input, trail, tally), ACCOUNTS_AT_ONCE, async (account) => {
            const joined = account.joined && account.joined > windowStart ? account.joined : null;
            const from = joined ?? windowStart;
            const place = { ...base, account: account.id };
            let mine = regions;
            if (trail.isMultiRegionTrail) {
                const delivered = await ctx.limit(() => deliveredRegions(input.s3, place));
                if (delivered.ok)
                    mine = [...new Set([...regions, ...delivered.regions])].sort();
                else
                    tally.unreadable.add({ account: account.id, region: '', key: '', ...delivered.refusal });
            }
            await Promise.all(mine.map((region) => verifyUnit(ctx, { place: { ...place, region }, from })));
        });
    }
    finally {
        clearInterval(progress);
    }
    const out = result(null);
    const c = out.counts;
    log(`Log verification: ${out.verdict}; ${c.accounts} accounts, ${c.accountRegions} account-regions; digests ${c.digests.valid} valid, ` +
        `${c.digests.invalid} invalid; log files ${c.logFiles.valid} valid, ${c.logFiles.invalid} invalid (${mb(c.bytesHashed)} MB hashed); ` +
        `${tally.problems.total} problem(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return out;
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

//# sourceMappingURL=475.index.js.map