export const id = 460;
export const ids = [460];
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

/***/ 2460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  apply: () => (/* binding */ apply),
  lanes: () => (/* binding */ lanes)
});

// EXTERNAL MODULE: ./src/plan/writes.ts
var writes = __webpack_require__(7491);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/aws/cloudtrail.ts
var cloudtrail = __webpack_require__(5770);
// EXTERNAL MODULE: ./src/policy/bucket.ts
var policy_bucket = __webpack_require__(7698);
// EXTERNAL MODULE: ./src/policy/document.ts
var policy_document = __webpack_require__(1561);
// EXTERNAL MODULE: ./src/aws/explain.ts
var explain = __webpack_require__(7754);
;// CONCATENATED MODULE: ./src/apply/propagation.ts
// Waiting for AWS to see a write: the one mechanism behind every domain wait of apply. AWS documents these
// delays only as "a short amount of time" (S3's consistency model: bucket configurations, a new bucket;
// IAM and Organizations changes; policies CloudTrail checks): how long is not documented anywhere.
// A wait is paced by AWS's answers: the request (or read) is tried again after a short delay that
// doubles up to a cap, and stops as soon as AWS shows the write, within a bound named below.



/**
 * The pace of every wait: 0.5 s, doubling to 5 s, two minutes in all (the time terraform-provider-aws gives
 * S3 and IAM changes to propagate). A window of a few seconds costs about that, with at most one delay too
 * many; a write AWS never shows fails after two minutes, having sent about 27 requests.
 */
const PACE = { firstMs: 500, capMs: 5000, totalMs: 120_000 };
/** The delays between tries, derived from the pace: they add up to its total exactly. */
const PROPAGATION_DELAYS_MS = (() => {
    const delays = [];
    for (let total = 0, next = PACE.firstMs; total < PACE.totalMs; next = Math.min(next * 2, PACE.capMs)) {
        const delay = Math.min(next, PACE.totalMs - total);
        delays.push(delay);
        total += delay;
    }
    return delays;
})();
const seconds = (ms) => `${Number((ms / 1000).toFixed(1))}s`;
/**
 * Tries until AWS shows what was written, paced by PROPAGATION_DELAYS_MS; each wait is logged with why.
 * When the delays run out, the last try's failure is thrown.
 */
async function untilSeen(deps, attempt) {
    for (let wait = 0;; wait++) {
        const result = await attempt();
        if (result.seen)
            return result.value;
        const delay = PROPAGATION_DELAYS_MS[wait];
        if (delay === undefined)
            throw result.failure();
        deps.log(`${result.reason}; waiting ${seconds(delay)} (wait ${wait + 1} of at most ${PROPAGATION_DELAYS_MS.length}, ${seconds(PACE.totalMs)} in all)`);
        await deps.sleep(delay);
    }
}
/**
 * What an error of a later request may be about: each grant this run made whose kind of write lists the
 * error (plan/writes.ts), and each grant the plan found in place, which someone may have made moments
 * before this run. Without one the error is permanent and reported at once.
 */
function pendingGrants(applied, found) {
    return [
        ...found.flatMap((f) => {
            const propagation = writes/* WRITE_KINDS */.WU[f.kind].propagation;
            return propagation ? [{ errors: propagation.errors, what: f.what, madeByThisRun: false }] : [];
        }),
        ...applied.flatMap((change) => {
            const propagation = (0,writes/* writeOf */.tg)(change).propagation;
            if (!propagation)
                return [];
            const errors = [...propagation.errors, ...(propagation.sharedErrors ?? [])];
            return [{ errors, what: propagation.granted(change), madeByThisRun: true }];
        })
    ];
}
/** CloudTrail's refusals of the CloudWatch Logs role or log group: "Access denied." after IAM changes, maybe not yet seen. */
const CLOUDWATCH_ERRORS = new Set([
    'InvalidCloudWatchLogsRoleArnException',
    'InvalidCloudWatchLogsLogGroupArnException'
]);
/** The services whose answers a wait is about, named for the log. */
const SERVICE_NAMES = { cloudtrail: 'CloudTrail', s3: 'S3', kms: 'KMS' };
const serviceOf = (error) => (error instanceof errors/* AwsCallError */.iQ ? SERVICE_NAMES[error.action.split(':')[0] ?? ''] : undefined) ?? 'AWS';
/** Why an error means "not yet", for the log; null when it does not. */
function notYet(error, pending) {
    const code = (0,errors/* errorCode */.CA)(error);
    // "Access denied." for a CloudWatch Logs role right after someone changed it is IAM propagation.
    if (CLOUDWATCH_ERRORS.has(code) && /access denied/i.test((0,errors/* errorMessage */.gJ)(error)))
        return {
            reason: `${code}: CloudTrail does not see the CloudWatch Logs role as IAM has it now yet`,
            concerned: [{ errors: [code], what: 'the CloudWatch Logs role as IAM has it now', madeByThisRun: false }]
        };
    const concerned = pending.filter((p) => p.errors.includes(code));
    if (concerned.length === 0)
        return null;
    const named = concerned.map((p) => (p.madeByThisRun ? `${p.what}, written by this run,` : `${p.what} as found`));
    return { reason: `${code}: ${serviceOf(error)} does not see ${named.join(' and ')} yet`, concerned };
}
/** A wait that ran out, explained; `refusal` is AWS's last answer, for what explains it better (apply/elsewhere.ts). */
class NotSeenInTime extends errors/* ActionError */.lZ {
    refusal;
    constructor(title, message, refusal) {
        super(title, message);
        this.refusal = refusal;
    }
}
/**
 * The failure once the wait ran out. For a grant this run made, AWS is most likely still catching up, so
 * the usual advice (for a grant missing all along: add a permission, a statement) is left to the next run,
 * which makes no such write; for a grant found in place, the usual advice comes first.
 */
function notSeenInTime(error, concerned) {
    const { title, message } = (0,explain/* explain */.W)(error);
    const waited = `org-trail waited ${seconds(PACE.totalMs)} for AWS to see ${concerned.map((p) => p.what).join(' and ')}`;
    if (concerned.some((p) => p.madeByThisRun) && error instanceof errors/* AwsCallError */.iQ) {
        const said = error.awsMessage.replace(/[.\s]+$/, '');
        return new NotSeenInTime(title, `${error.action} failed with ${error.code}: ${said}. ${waited}, made by this run, and AWS does not show it yet (how long that takes is not documented). Run again: the next run finds it made, and explains the refusal if it persists.`, error);
    }
    return new NotSeenInTime(title, `${message} (${waited}, in case it was made moments before this run.)`, error);
}
/**
 * Sends a write, and sends it again, paced, while AWS answers with an error that means it does not see a
 * grant yet: one this run made (the propagation column of plan/writes.ts) or one the plan found in place.
 */
function withPropagation(pending, deps, send) {
    return untilSeen(deps, async () => {
        try {
            return { seen: true, value: await send() };
        }
        catch (error) {
            const { applied, found } = pending();
            const why = notYet(error, pendingGrants(applied, found));
            if (why === null)
                throw error;
            return { seen: false, reason: why.reason, failure: () => notSeenInTime(error, why.concerned) };
        }
    });
}

;// CONCATENATED MODULE: ./src/apply/run.ts


/** A change's write request: a failure of it names the IAM action of its kind (plan/writes.ts). */
function writeRequest(change, send) {
    return (0,errors/* call */.T1)((0,writes/* writeOf */.tg)(change).action(change), send);
}

;// CONCATENATED MODULE: ./src/apply/bucket.ts







/**
 * Read, merge, write, re-read. The policy is read again right before the write so that a statement added
 * since the plan's read is kept, and checked after it so that a concurrent writer who replaced it is
 * noticed: then the merge is done once more. S3 may answer the re-read with the policy from before the
 * write for a while (its consistency model): a re-read that shows exactly what the read before the write
 * showed is that, and is read again, paced; only a third version is another writer's.
 */
async function writeBucketPolicy(access, change) {
    const { s3, log } = access;
    const { bucket, grant, ensure = [] } = change;
    const current = () => (0,errors/* call */.T1)('s3:GetBucketPolicy', () => s3.send(new dist_cjs/* GetBucketPolicyCommand */.mCJ({ Bucket: bucket }))).then((out) => out.Policy ?? null, (error) => {
        if ((0,errors/* errorCode */.CA)(error) === 'NoSuchBucketPolicy')
            return null;
        throw error;
    });
    for (let attempt = 1; attempt <= 2; attempt++) {
        const before = await current();
        const ensured = (0,policy_bucket/* ensureStatements */.fd)((0,policy_bucket/* parsePolicy */.ON)(before), ensure);
        const merged = (0,policy_bucket/* mergePolicy */.VA)(ensured.policy, grant);
        const changed = [...ensured.changedSids, ...merged.changedSids];
        if (changed.length === 0)
            return;
        const bytes = (0,policy_document/* policyBytes */.we)(merged.policy);
        if (bytes > cloudtrail/* MAX_BUCKET_POLICY_BYTES */.lJ) {
            throw new errors/* ActionError */.lZ('Bucket policy would exceed 20 KB', `Merging CloudTrail's statements into the policy of ${bucket} gives ${bytes} bytes; nothing was written.`);
        }
        log(`Merging statements ${changed.join(', ')} into the policy of bucket ${bucket}`);
        await writeRequest(change, () => s3.send(new dist_cjs/* PutBucketPolicyCommand */.BfN({ Bucket: bucket, Policy: (0,policy_document/* policyText */.MJ)(merged.policy) })));
        const after = (0,policy_bucket/* parsePolicy */.ON)(await untilSeen(access, () => reread(current, bucket, before)));
        if ((0,policy_bucket/* missingPermissions */.HR)(after, grant).length === 0 && (0,policy_bucket/* ensureStatements */.fd)(after, ensure).changedSids.length === 0)
            return;
        log(`The policy of bucket ${bucket} was changed by another writer meanwhile; merging again`);
    }
    throw new errors/* ActionError */.lZ('Bucket policy keeps changing', `Another writer replaced the policy of ${bucket} twice while org-trail merged into it. Serialize the writers (a concurrency group) and run again.`);
}
/** The policy after this run's write: not yet seen while S3 still answers what it answered before it. */
async function reread(current, bucket, before) {
    const text = await current();
    if (text !== before)
        return { seen: true, value: text };
    return {
        seen: false,
        reason: `S3 still answers the policy of bucket ${bucket} as it was before this run's write`,
        failure: () => new errors/* ActionError */.lZ('Bucket policy write not seen', `S3 accepted org-trail's write of the policy of ${bucket}, but ${PACE.totalMs / 1000}s later still answered the policy as it was before the write: either S3 has not caught up, or another writer put that policy back (S3 cannot tell the two apart). If another tool manages this policy, serialize the writers (a concurrency group) or have that tool add CloudTrail's statements; then run again.`)
    };
}
/**
 * Creates the bucket with object ownership enforced. Its other hardening settings and its policy are
 * changes of their own, each observed on every run, so an interrupted run is finished by the next.
 */
async function createBucket({ s3, log }, change) {
    const { bucket, region } = change;
    log(`Creating bucket ${bucket} in ${region}`);
    await writeRequest(change, () => s3.send(new dist_cjs/* CreateBucketCommand */.cZX({
        Bucket: bucket,
        ObjectOwnership: 'BucketOwnerEnforced',
        ...(region === 'us-east-1'
            ? {}
            : { CreateBucketConfiguration: { LocationConstraint: region } })
    }))).catch((error) => {
        // Created by an earlier, interrupted run of ours: carry on hardening it.
        if ((0,errors/* errorCode */.CA)(error) !== 'BucketAlreadyOwnedByYou')
            throw error;
    });
}
/** One hardening setting of the log bucket: private, encrypted, versioned, owned by the bucket owner. */
async function hardenBucket({ s3, log }, change) {
    const Bucket = change.bucket;
    log(`Hardening bucket ${Bucket}: ${change.setting} ${change.before} → ${change.after}`);
    switch (change.setting) {
        case 'public-access-block':
            await writeRequest(change, () => s3.send(new dist_cjs/* PutPublicAccessBlockCommand */.ZXv({
                Bucket,
                PublicAccessBlockConfiguration: {
                    BlockPublicAcls: true,
                    IgnorePublicAcls: true,
                    BlockPublicPolicy: true,
                    RestrictPublicBuckets: true
                }
            })));
            return;
        case 'encryption':
            await writeRequest(change, () => s3.send(new dist_cjs/* PutBucketEncryptionCommand */.iRK({
                Bucket,
                ServerSideEncryptionConfiguration: {
                    Rules: [
                        {
                            ApplyServerSideEncryptionByDefault: change.kmsKeyArn
                                ? { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: change.kmsKeyArn }
                                : { SSEAlgorithm: 'AES256' },
                            BucketKeyEnabled: change.kmsKeyArn !== ''
                        }
                    ]
                }
            })));
            return;
        case 'versioning':
            await writeRequest(change, () => s3.send(new dist_cjs/* PutBucketVersioningCommand */.XjQ({ Bucket, VersioningConfiguration: { Status: 'Enabled' } })));
            return;
        case 'ownership':
            await writeRequest(change, () => s3.send(new dist_cjs/* PutBucketOwnershipControlsCommand */.o9A({
                Bucket,
                OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] }
            })));
            return;
    }
}

;// CONCATENATED MODULE: ./src/apply/elsewhere.ts
// CloudTrail's refusal of a bucket or key policy org-trail could not write: the policy is another
// account's, so the fix is there, and the failure says exactly what to add and where.

/** Which policy each refusal is about; InsufficientEncryptionPolicyException names "S3 bucket X or KMS key Y". */
const REFUSALS = {
    InsufficientS3BucketPolicyException: ['bucket'],
    InsufficientEncryptionPolicyException: ['key', 'bucket']
};
const owner = (p) => p.accountId
    ? `account ${p.accountId}`
    : `the account that owns bucket ${p.name} (S3 does not tell another account who owns a bucket)`;
/**
 * The failure to report when CloudTrail refused the trail for a policy of another account: its title,
 * the owning account, and the statements to add there (also the failure summary's fix). Null: not such
 * a refusal.
 */
function refusedElsewhere(error, elsewhere) {
    const code = (0,errors/* errorCode */.CA)(error);
    const concerned = (REFUSALS[code] ?? []).flatMap((resource) => elsewhere.filter((p) => p.resource === resource));
    const [first] = concerned;
    if (!first)
        return null;
    const said = error instanceof errors/* AwsCallError */.iQ ? error.awsMessage : (0,errors/* errorMessage */.gJ)(error);
    const title = first.resource === 'bucket'
        ? 'Bucket policy in another account does not let CloudTrail write'
        : 'Key policy in another account does not let CloudTrail encrypt';
    const where = concerned
        .map((p) => `${p.resource === 'bucket' ? `bucket ${p.name}` : `KMS key ${p.name}`} in ${owner(p)}`)
        .join(' and ');
    const statements = concerned
        .map((p) => `${concerned.length > 1 ? `// ${p.resource === 'bucket' ? 'bucket' : 'key'} ${p.name}\n` : ''}${p.statements}`)
        .join('\n');
    return new errors/* ActionError */.lZ(title, `CloudTrail refused the trail (${code}: ${said}). The policy of ${where} must let CloudTrail ${first.resource === 'bucket' ? 'write' : 'encrypt'}; org-trail cannot write it from this account. Add these statements there (to its Statement list), then run again:\n${statements}`, { fix: statements });
}

// EXTERNAL MODULE: ./src/apply/error.ts
var apply_error = __webpack_require__(2294);
// EXTERNAL MODULE: ./src/policy/kms.ts
var policy_kms = __webpack_require__(8871);
;// CONCATENATED MODULE: ./src/apply/kms.ts




/** Like the bucket policy: read right before the write, merge, write; every other statement is kept. */
async function writeKeyPolicy({ kms, log }, change) {
    const { keyArn, grant } = change;
    // Loaded with the client, only by a run that manages a key policy.
    const { GetKeyPolicyCommand, PutKeyPolicyCommand } = await __webpack_require__.e(/* import() */ 632).then(__webpack_require__.t.bind(__webpack_require__, 2632, 19));
    const current = await (0,errors/* call */.T1)('kms:GetKeyPolicy', () => kms.send(new GetKeyPolicyCommand({ KeyId: keyArn, PolicyName: 'default' })));
    const merged = (0,policy_kms/* mergeKeyPolicy */.g$)((0,policy_kms/* parseKeyPolicy */.LB)(current.Policy ?? null), grant);
    if (merged.changedSids.length === 0)
        return;
    const bytes = (0,policy_document/* policyBytes */.we)(merged.policy);
    if (bytes > policy_kms/* MAX_KEY_POLICY_BYTES */.uU)
        throw new errors/* ActionError */.lZ('Key policy would exceed 32 KB', `Merging CloudTrail's statements into the policy of ${keyArn} gives ${bytes} bytes; nothing was written.`);
    log(`Merging statements ${merged.changedSids.join(', ')} into the policy of KMS key ${keyArn}`);
    await writeRequest(change, () => kms.send(new PutKeyPolicyCommand({ KeyId: keyArn, PolicyName: 'default', Policy: (0,policy_document/* policyText */.MJ)(merged.policy) })));
    if ((0,policy_kms/* missingKmsActions */.ZP)(merged.policy, grant).length > 0)
        throw new errors/* ActionError */.lZ('Key policy not converged', `The merged policy of ${keyArn} still lacks CloudTrail's grants.`);
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var client_iam_dist_cjs = __webpack_require__(6764);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-organizations/dist-cjs/index.js
var client_organizations_dist_cjs = __webpack_require__(2503);
;// CONCATENATED MODULE: ./src/apply/organization.ts





async function enableTrustedAccess({ clients, log }, change) {
    log(`Enabling trusted access for ${cloudtrail/* CLOUDTRAIL_PRINCIPAL */.BX} in AWS Organizations`);
    await writeRequest(change, () => clients.organizations().send(new client_organizations_dist_cjs/* EnableAWSServiceAccessCommand */.Vy_({ ServicePrincipal: cloudtrail/* CLOUDTRAIL_PRINCIPAL */.BX })));
}
async function createServiceLinkedRole({ clients, log }, change) {
    const { roleName, service } = cloudtrail/* SERVICE_LINKED_ROLES */.SF[change.role];
    log(`Creating the service-linked role ${roleName}`);
    try {
        await writeRequest(change, () => clients.iam().send(new client_iam_dist_cjs/* CreateServiceLinkedRoleCommand */.A4y({ AWSServiceName: service })));
    }
    catch (error) {
        // Another run created it in between: the goal is met.
        const code = (0,errors/* errorCode */.CA)(error);
        const taken = (code === 'InvalidInputException' || code === 'InvalidInput') && /taken/i.test(String(error.message));
        if (!taken && code !== 'EntityAlreadyExistsException')
            throw error;
    }
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudtrail/dist-cjs/index.js
var client_cloudtrail_dist_cjs = __webpack_require__(7392);
// EXTERNAL MODULE: ./src/observe/trail.ts
var observe_trail = __webpack_require__(3072);
// EXTERNAL MODULE: ./src/aws/trail-fields.ts
var trail_fields = __webpack_require__(2679);
// EXTERNAL MODULE: ./src/plan/trail-diff.ts
var trail_diff = __webpack_require__(7463);
;// CONCATENATED MODULE: ./src/apply/trail.ts






/** Changes planned before the trail existed name the ARN it was expected to get; use the one it got. */
function trailArnOf(planned, state) {
    return state.created || state.adopted ? state.trailArn : planned;
}
/** A field's value as its CreateTrail or UpdateTrail parameter: the table's kind says string or boolean. */
function parameters(values) {
    return Object.fromEntries(values.map(([field, value]) => [field, (0,trail_fields/* fieldSpec */.KQ)(field).kind === 'flag' ? value === true : String(value)]));
}
/** Every flag as declared, and every value that is set: an empty prefix or reference is left out. */
function createInput(trail) {
    const declared = trail_fields/* TRAIL_FIELDS */.vf.map((f) => [f.field, (0,trail_fields/* declaredValue */.GW)(f, trail)]);
    // The bucket is CreateTrail's one required parameter, and always declared.
    return { Name: trail.name, S3BucketName: trail.s3BucketName, ...parameters(declared.filter(([, v]) => v !== '')) };
}
/** Only the fields that change; the CloudWatch Logs role goes with its log group whenever either changes. */
function updateInput(arn, fields, cloudWatchLogs) {
    return {
        Name: arn,
        ...(cloudWatchLogs
            ? { CloudWatchLogsLogGroupArn: cloudWatchLogs.logGroupArn, CloudWatchLogsRoleArn: cloudWatchLogs.roleArn }
            : {}),
        ...parameters(fields.map((f) => [f.field, f.after]))
    };
}
async function createTrail(change, run) {
    const { trail, region } = change;
    const { deps, state } = run;
    const cloudtrail = deps.clients.cloudtrail(region);
    deps.log(`Creating trail ${trail.name} in ${region}`);
    try {
        const out = await writeRequest(change, () => cloudtrail.send(new client_cloudtrail_dist_cjs/* CreateTrailCommand */.yib(createInput(trail))));
        state.trailArn = out.TrailARN ?? state.trailArn;
        state.created = true;
    }
    catch (error) {
        if ((0,errors/* errorCode */.CA)(error) !== 'TrailAlreadyExistsException')
            throw error;
        await adoptTrail(trail, region, run);
    }
}
/** Another run created the trail between our read and our write: take it over and converge it. */
async function adoptTrail(trail, region, { options, deps, state }) {
    const cloudtrail = deps.clients.cloudtrail(region);
    const found = await (0,errors/* call */.T1)('cloudtrail:GetTrail', () => cloudtrail.send(new client_cloudtrail_dist_cjs/* GetTrailCommand */.mp6({ Name: state.trailArn })));
    if (!found.Trail)
        throw new errors/* ActionError */.lZ('Trail vanished', `CloudTrail said ${trail.name} exists, then could not find it. Run again.`);
    const config = (0,observe_trail/* toTrailConfig */.E_)(found.Trail);
    state.trailArn = config.arn;
    state.adopted = true;
    deps.log(`Trail ${trail.name} was created by another run meanwhile; adopting ${config.arn}`);
    const fields = (0,trail_diff/* diffTrail */.Kj)(config, trail);
    const refused = (0,trail_diff/* refusedChanges */.q_)(fields, options.allowDestructiveChanges);
    if (refused.length > 0) {
        throw new errors/* ActionError */.lZ('Refusing a destructive change', `The trail created meanwhile differs in ${refused.map((f) => `${(0,trail_fields/* fieldLabel */.bk)(f.field)} (${String((0,trail_diff/* weakening */.C$)(f))})`).join('; ')}; changing that needs allow-destructive-changes: true.`);
    }
    if (fields.length === 0)
        return;
    await (0,errors/* call */.T1)('cloudtrail:UpdateTrail', () => cloudtrail.send(new client_cloudtrail_dist_cjs/* UpdateTrailCommand */.nXN(updateInput(config.arn, fields, (0,trail_diff/* cloudWatchLogsPair */.Gx)(fields, trail)))));
}
async function updateTrail(change, { deps }) {
    deps.log(`Updating trail ${change.arn}: ${change.fields.map((f) => `${(0,trail_fields/* fieldLabel */.bk)(f.field)} ${String(f.before)} → ${String(f.after)}`).join(', ')}`);
    await writeRequest(change, () => deps.clients
        .cloudtrail(change.region)
        .send(new client_cloudtrail_dist_cjs/* UpdateTrailCommand */.nXN(updateInput(change.arn, change.fields, change.cloudWatchLogs))));
}
async function startLogging(change, { deps, state }) {
    const arn = trailArnOf(change.arn, state);
    deps.log(`Starting logging of ${arn}`);
    await writeRequest(change, () => deps.clients.cloudtrail(change.region).send(new client_cloudtrail_dist_cjs/* StartLoggingCommand */.NMP({ Name: arn })));
}
async function putEventSelectors(change, { deps, state }) {
    const arn = trailArnOf(change.arn, state);
    deps.log(`Setting the ${change.eventSelectors ? 'event' : 'advanced event'} selectors of ${arn}`);
    await writeRequest(change, () => deps.clients.cloudtrail(change.region).send(new client_cloudtrail_dist_cjs/* PutEventSelectorsCommand */.PTj({
        TrailName: arn,
        ...(change.eventSelectors
            ? {
                EventSelectors: change.eventSelectors.map((s) => ({
                    ...s,
                    DataResources: s.DataResources.map((d) => ({ ...d }))
                }))
            }
            : {
                AdvancedEventSelectors: (change.advancedEventSelectors ?? []).map((s) => ({
                    ...s,
                    FieldSelectors: s.FieldSelectors.map((f) => ({ ...f }))
                }))
            })
    })));
}
async function putInsightSelectors(change, { deps, state }) {
    const arn = trailArnOf(change.arn, state);
    deps.log(`Setting the insight selectors of ${arn}`);
    await writeRequest(change, () => deps.clients.cloudtrail(change.region).send(new client_cloudtrail_dist_cjs/* PutInsightSelectorsCommand */.JYC({
        TrailName: arn,
        InsightSelectors: change.insightSelectors.map((s) => ({ ...s }))
    })));
}
async function addTags(change, { deps, state }) {
    const arn = trailArnOf(change.arn, state);
    deps.log(`Tagging ${arn}: ${Object.keys(change.tags).join(', ')}`);
    await writeRequest(change, () => deps.clients.cloudtrail(change.region).send(new client_cloudtrail_dist_cjs/* AddTagsCommand */.yjM({
        ResourceId: arn,
        TagsList: Object.entries(change.tags).map(([Key, Value]) => ({ Key, Value }))
    })));
}

;// CONCATENATED MODULE: ./src/apply/index.ts








async function apply(plan, options, deps) {
    const applied = [];
    const run = {
        options,
        deps,
        state: { trailArn: plan.trailArn, created: false, adopted: false },
        applied,
        found: plan.foundGrants ?? []
    };
    const stages = [...new Set(plan.changes.map(writes/* stageOf */.gV))].sort((a, b) => a - b);
    try {
        for (const stage of stages) {
            // Independent writes of one stage go together; writes to one bucket or one trail go one after
            // another. Every write of the stage settles before a failure is reported, so `applied` is complete.
            const results = await Promise.allSettled(lanes(plan.changes.filter((c) => (0,writes/* stageOf */.gV)(c) === stage)).map(async (lane) => {
                for (const change of lane) {
                    await execute(change, run);
                    applied.push(change);
                }
            }));
            const failed = results.find((r) => r.status === 'rejected');
            if (failed)
                throw failed.reason;
        }
    }
    catch (error) {
        // A wait that ran out on a refusal of another account's policy: that account's statements explain it.
        const refusal = error instanceof NotSeenInTime ? error.refusal : error;
        throw new apply_error/* ApplyError */.d(refusedElsewhere(refusal, plan.policiesElsewhere ?? []) ?? error, applied);
    }
    return { applied, ...run.state };
}
/** The stage's changes as lanes: each lane's writes go one after another, the lanes at once. */
function lanes(changes) {
    const byResource = new Map();
    const alone = [];
    for (const change of changes) {
        const resource = (0,writes/* writeOf */.tg)(change).lane?.resource(change);
        if (resource === undefined)
            alone.push([change]);
        else
            byResource.set(resource, [...(byResource.get(resource) ?? []), change]);
    }
    const order = (c) => (0,writes/* writeOf */.tg)(c).lane?.order ?? 0;
    return [...[...byResource.values()].map((lane) => lane.sort((a, b) => order(a) - order(b))), ...alone];
}
/** The clients a change's resource is reached with: the Log Archive session's for the changes marked so. */
function clientsOf(change, deps) {
    if (!change.logArchive)
        return deps.clients;
    if (!deps.logArchive)
        throw new Error('A Log Archive change was planned without a Log Archive session');
    return deps.logArchive;
}
/** The log bucket is reached with the run's own session, or the Log Archive account's. */
const bucketAccess = (deps, change) => ({
    s3: clientsOf(change, deps).s3(),
    log: deps.log,
    sleep: deps.sleep
});
/** The writer of each kind of change (its other columns: plan/writes.ts); the type asks for every kind. */
const WRITERS = {
    'enable-trusted-access': (change, { deps }) => enableTrustedAccess(deps, change),
    'create-service-linked-role': (change, { deps }) => createServiceLinkedRole(deps, change),
    'put-bucket-policy': (change, { deps }) => writeBucketPolicy(bucketAccess(deps, change), change),
    'create-bucket': (change, { deps }) => createBucket(bucketAccess(deps, change), change),
    'harden-bucket': (change, { deps }) => hardenBucket(bucketAccess(deps, change), change),
    'put-key-policy': async (change, { deps }) => writeKeyPolicy({ kms: await clientsOf(change, deps).kms(change.region), log: deps.log }, change),
    'create-trail': createTrail,
    'update-trail': updateTrail,
    'start-logging': startLogging,
    'put-event-selectors': putEventSelectors,
    'put-insight-selectors': putInsightSelectors,
    'add-tags': addTags
};
/**
 * A change's writer, sent again (paced, bounded) while AWS answers that it does not see yet a grant this
 * run made or the plan found: every write waits the same way, by the table's propagation column.
 */
function execute(change, run) {
    // TypeScript cannot tie the writer's kind to the change's; the table above does.
    const write = WRITERS[change.kind];
    return withPropagation(() => run, run.deps, () => write(change, run));
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


/***/ }),

/***/ 7463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ weakening),
/* harmony export */   Gx: () => (/* binding */ cloudWatchLogsPair),
/* harmony export */   Kj: () => (/* binding */ diffTrail),
/* harmony export */   qH: () => (/* binding */ destructiveVerb),
/* harmony export */   q_: () => (/* binding */ refusedChanges)
/* harmony export */ });
/* harmony import */ var _aws_trail_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2679);

/**
 * The settings where the trail differs from its declaration. References must be resolved first (the KMS
 * key and SNS topic as ARNs) since AWS reports ARNs.
 */
function diffTrail(observed, declared) {
    return _aws_trail_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .TRAIL_FIELDS */ .vf.filter((f) => !((0,_aws_trail_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .isOptional */ .dK)(f) && (0,_aws_trail_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .declaredValue */ .GW)(f, declared) === '') && (0,_aws_trail_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .observedValue */ .ki)(f, observed) !== (0,_aws_trail_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .declaredValue */ .GW)(f, declared)).map((f) => ({
        field: f.field,
        before: (0,_aws_trail_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .observedValue */ .ki)(f, observed),
        after: (0,_aws_trail_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .declaredValue */ .GW)(f, declared)
    }));
}
/**
 * Why a change is destructive, or null when it is not: it weakens the trail (a protection turned off) or
 * moves something that depends on its current value (the S3 key prefix added, changed or removed).
 */
function weakening(change) {
    const rule = (0,_aws_trail_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldSpec */ .KQ)(change.field);
    if (rule.kind === 'flag')
        return rule.weakening !== undefined && change.before === true && change.after === false ? rule.weakening : null;
    return rule.moving !== undefined && change.before !== change.after ? rule.moving : null;
}
/**
 * The changes org-trail refuses to make: the destructive ones, unless allow-destructive-changes. The plan
 * leaves them out, and apply refuses a trail another run created meanwhile that would need them.
 */
function refusedChanges(fields, allowDestructiveChanges) {
    return allowDestructiveChanges ? [] : fields.filter((f) => weakening(f) !== null);
}
/** How a destructive change is named to people: a protection is turned off, a value is changed. */
function destructiveVerb(field) {
    const rule = (0,_aws_trail_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldSpec */ .KQ)(field);
    return rule.kind !== 'flag' && rule.moving !== undefined ? 'change' : 'turn off';
}
/** CloudTrail takes the CloudWatch Logs role only together with its log group: both go when either changes. */
function cloudWatchLogsPair(fields, declared) {
    return fields.some((f) => f.field === 'CloudWatchLogsLogGroupArn' || f.field === 'CloudWatchLogsRoleArn')
        ? { logGroupArn: declared.cloudWatchLogsLogGroupArn, roleArn: declared.cloudWatchLogsRoleArn }
        : undefined;
}


/***/ }),

/***/ 7491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WU: () => (/* binding */ WRITE_KINDS),
/* harmony export */   gV: () => (/* binding */ stageOf),
/* harmony export */   tg: () => (/* binding */ writeOf)
/* harmony export */ });
/* harmony import */ var _aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5770);

const bucketLane = { resource: (change) => `s3:${change.bucket}`, order: 0 };
/** A run manages one trail. */
const trailLane = (order) => ({ resource: () => 'cloudtrail:trail', order });
/** Each hardening setting is one S3 request. */
const HARDENING_ACTIONS = {
    'public-access-block': 's3:PutBucketPublicAccessBlock',
    encryption: 's3:PutEncryptionConfiguration',
    versioning: 's3:PutBucketVersioning',
    ownership: 's3:PutBucketOwnershipControls'
};
const WRITE_KINDS = {
    'create-bucket': {
        stage: 0,
        lane: bucketLane,
        logArchive: true,
        action: () => 's3:CreateBucket',
        // S3 answers NoSuchBucket for a while after CreateBucket (its consistency model; terraform-provider-aws
        // retries a new bucket's writes on it). That CloudTrail may say S3BucketDoesNotExistException likewise
        // is not documented; waiting for it after this run's own CreateBucket costs nothing otherwise.
        propagation: {
            errors: ['NoSuchBucket', 'S3BucketDoesNotExistException'],
            granted: (change) => `bucket ${change.bucket}`
        }
    },
    'harden-bucket': {
        stage: 1,
        lane: bucketLane,
        logArchive: true,
        action: (change) => HARDENING_ACTIONS[change.setting],
        propagation: null
    },
    'put-bucket-policy': {
        stage: 1,
        lane: bucketLane,
        logArchive: true,
        action: () => 's3:PutBucketPolicy',
        propagation: {
            errors: ['InsufficientS3BucketPolicyException'],
            sharedErrors: ['InsufficientEncryptionPolicyException'],
            granted: (change) => `the policy of bucket ${change.bucket}`
        }
    },
    'put-key-policy': {
        stage: 1,
        lane: null,
        logArchive: true,
        action: () => 'kms:PutKeyPolicy',
        propagation: {
            errors: ['InsufficientEncryptionPolicyException'],
            granted: (change) => `the policy of KMS key ${change.keyArn}`
        }
    },
    'enable-trusted-access': {
        stage: 1,
        lane: null,
        logArchive: false,
        action: () => 'organizations:EnableAWSServiceAccess',
        // Right after trusted access (or CloudTrail's service-linked role) is made, CloudTrail has been seen
        // answering InsufficientDependencyServiceAccessPermissionException for a while (reported, not documented).
        propagation: {
            errors: ['CloudTrailAccessNotEnabledException', 'InsufficientDependencyServiceAccessPermissionException'],
            granted: () => 'trusted access for CloudTrail'
        }
    },
    'create-service-linked-role': {
        stage: 1,
        lane: null,
        logArchive: false,
        action: () => 'iam:CreateServiceLinkedRole',
        propagation: {
            errors: ['NoManagementAccountSLRExistsException', 'InsufficientDependencyServiceAccessPermissionException'],
            granted: (change) => `the service-linked role ${_aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICE_LINKED_ROLES */ .SF[change.role].roleName}`
        }
    },
    'create-trail': {
        stage: 2,
        lane: trailLane(0),
        logArchive: false,
        action: () => 'cloudtrail:CreateTrail',
        propagation: null
    },
    'update-trail': {
        stage: 2,
        lane: trailLane(0),
        logArchive: false,
        action: () => 'cloudtrail:UpdateTrail',
        propagation: null
    },
    // CloudTrail refuses Insights on the API call rate of a trail that logs no write management events: the
    // event selectors go first. Tags and logging follow.
    'put-event-selectors': {
        stage: 3,
        lane: trailLane(1),
        logArchive: false,
        action: () => 'cloudtrail:PutEventSelectors',
        propagation: null
    },
    'put-insight-selectors': {
        stage: 3,
        lane: trailLane(2),
        logArchive: false,
        action: () => 'cloudtrail:PutInsightSelectors',
        propagation: null
    },
    'add-tags': {
        stage: 3,
        lane: trailLane(3),
        logArchive: false,
        action: () => 'cloudtrail:AddTags',
        propagation: null
    },
    'start-logging': {
        stage: 3,
        lane: trailLane(4),
        logArchive: false,
        action: () => 'cloudtrail:StartLogging',
        propagation: null
    }
};
/** The row of a change's kind. TypeScript cannot tie a change's kind to its row's type; the table above does. */
function writeOf(change) {
    return WRITE_KINDS[change.kind];
}
function stageOf(change) {
    return WRITE_KINDS[change.kind].stage;
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

//# sourceMappingURL=460.index.js.map