export const id = 509;
export const ids = [509];
export const modules = {

/***/ 509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  contextOf: () => (/* binding */ contextOf),
  plan: () => (/* binding */ plan)
});

// EXTERNAL MODULE: ./src/aws/arn.ts
var aws_arn = __webpack_require__(1626);
// EXTERNAL MODULE: ./src/aws/cloudtrail.ts
var cloudtrail = __webpack_require__(5770);
// EXTERNAL MODULE: ./src/plan/members.ts
var plan_members = __webpack_require__(8068);
// EXTERNAL MODULE: ./src/plan/posture.ts + 1 modules
var posture = __webpack_require__(3051);
// EXTERNAL MODULE: ./src/aws/cli.ts
var cli = __webpack_require__(1191);
// EXTERNAL MODULE: ./src/plan/findings.ts
var findings = __webpack_require__(7913);
;// CONCATENATED MODULE: ./src/plan/organization.ts
// The organization's part: who the caller is, the organization and its features, trusted access and
// the service-linked roles CloudTrail needs.



function checkCaller(ctx) {
    const { identity } = ctx.observed;
    const id = 'caller.management-account';
    if (ctx.callerIsManagement || !ctx.settings.trail.isOrganizationTrail) {
        return (0,findings/* prerequisite */.l1)({
            id,
            severity: 'ok',
            title: 'Caller may manage the trail',
            detail: `Running as ${identity.arn}.`
        });
    }
    const delegated = ctx.observed.delegatedAdministrator;
    const mgmt = ctx.managementAccountId;
    if (delegated?.ok && delegated.value) {
        return (0,findings/* prerequisite */.l1)({
            id,
            severity: 'ok',
            title: 'Caller is a delegated administrator for CloudTrail',
            detail: `Account ${identity.accountId} is registered; the trail ARN carries the management account ${mgmt}.`
        });
    }
    const register = (0,cli/* registerDelegatedAdministratorCommand */.DK)(identity.accountId);
    if (delegated && !delegated.ok) {
        const read = (0,findings/* failedRead */.Yr)(delegated.failure);
        return (0,findings/* prerequisite */.l1)({
            id,
            severity: 'warning',
            title: 'Caller is not the management account',
            detail: `Account ${identity.accountId} is not the management account ${mgmt}, and whether it is a delegated administrator for CloudTrail could not be read: ${read.what}.${read.why} CloudTrail will refuse if it is not.`,
            remediation: `# Use a role in the management account ${mgmt}, or register this account (run in the management account):\n${register}`
        });
    }
    return (0,findings/* prerequisite */.l1)({
        id,
        severity: 'blocker',
        title: 'Caller cannot create an organization trail',
        detail: `Account ${identity.accountId} is neither the management account ${mgmt} nor a delegated administrator for CloudTrail: the wrong role was assumed.`,
        remediation: `# Set role-to-assume to a role in the management account ${mgmt}, or register this account (run in the management account):\n${register}`
    });
}
function checkOrganization(ctx) {
    if (!ctx.settings.trail.isOrganizationTrail)
        return [];
    const org = ctx.observed.organization;
    if (!org.ok)
        return [(0,findings/* unreadable */.O$)({ id: 'organization.exists', title: 'Organization', failure: org.failure })];
    if (org.value === null) {
        return [
            (0,findings/* prerequisite */.l1)({
                id: 'organization.exists',
                severity: 'blocker',
                title: 'Account is in no organization',
                detail: `Account ${ctx.observed.identity.accountId} belongs to no AWS Organizations organization, so it cannot have an organization trail.`,
                remediation: `# Create the organization from this account, or set the input is-organization-trail: false.\n${cli/* CREATE_ORGANIZATION_COMMAND */.nQ}`
            })
        ];
    }
    const steps = [
        (0,findings/* prerequisite */.l1)({
            id: 'organization.exists',
            severity: 'ok',
            title: 'Organization',
            detail: `Organization ${org.value.id}, management account ${org.value.managementAccountId}.`
        })
    ];
    if (org.value.featureSet !== 'ALL') {
        steps.push((0,findings/* prerequisite */.l1)({
            id: 'organization.all-features',
            severity: 'blocker',
            title: 'Organization is not in ALL features mode',
            detail: `Organization ${org.value.id} has only consolidated billing (${org.value.featureSet}); CloudTrail organization trails need all features. Enabling them starts a handshake that every member account must accept, so org-trail never starts it.`,
            remediation: `# From the management account; then every member account must accept the handshake\n# (${cli/* HANDSHAKE_COMMANDS */.DX.join(', ')}).\n${cli/* ENABLE_ALL_FEATURES_COMMAND */.ki}`
        }));
    }
    else {
        steps.push((0,findings/* prerequisite */.l1)({
            id: 'organization.all-features',
            severity: 'ok',
            title: 'All features enabled',
            detail: `Organization ${org.value.id} is in ALL features mode.`
        }));
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
        return [(0,findings/* unreadable */.O$)({ id, title, failure: access.failure })];
    if (access.value)
        return [(0,findings/* prerequisite */.l1)({ id, severity: 'ok', title, detail: 'CloudTrail is a trusted service of the organization.' })];
    const command = (0,cli/* enableTrustedAccessCommand */._A)();
    if (!ctx.callerIsManagement) {
        return [
            (0,findings/* prerequisite */.l1)({
                id,
                severity: 'blocker',
                title,
                detail: 'CloudTrail is not a trusted service, and only the management account can enable it.',
                remediation: `# Run in the management account:\n${command}`
            })
        ];
    }
    if (!ctx.settings.enableTrustedAccess) {
        return [
            (0,findings/* prerequisite */.l1)({
                id,
                severity: 'blocker',
                title,
                detail: 'CloudTrail is not a trusted service and enable-trusted-access is false.',
                remediation: `# Or set the input enable-trusted-access: true.\n${command}`
            })
        ];
    }
    return [
        (0,findings/* prerequisite */.l1)({
            id,
            severity: 'fixable',
            title,
            detail: 'CloudTrail is not a trusted service of the organization.',
            remediation: command,
            changes: [{ kind: 'enable-trusted-access' }]
        })
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
    const command = (0,cli/* createServiceLinkedRoleCommand */.gg)(service);
    if (!ctx.callerIsManagement) {
        return (0,findings/* prerequisite */.l1)({
            id,
            severity: 'warning',
            title,
            detail: 'The management account must have it; a delegated administrator cannot check its roles.',
            remediation: `# In the management account, if the role is missing:\n${command}`
        });
    }
    const exists = ctx.observed.serviceLinkedRoles[role];
    if (!exists.ok)
        return (0,findings/* unreadable */.O$)({ id, title, failure: exists.failure });
    if (exists.value)
        return (0,findings/* prerequisite */.l1)({ id, severity: 'ok', title, detail: 'Exists in the management account.' });
    return (0,findings/* prerequisite */.l1)({
        id,
        severity: 'fixable',
        title,
        detail: `The management account has no ${roleName}; CloudTrail needs it to log for the organization.`,
        remediation: command,
        changes: [{ kind: 'create-service-linked-role', role }]
    });
}

// EXTERNAL MODULE: ./src/policy/bucket.ts
var bucket = __webpack_require__(7698);
// EXTERNAL MODULE: ./src/policy/document.ts
var policy_document = __webpack_require__(1561);
// EXTERNAL MODULE: ./src/plan/bucket-hardening.ts
var bucket_hardening = __webpack_require__(3290);
// EXTERNAL MODULE: ./src/aws/denials.ts
var denials = __webpack_require__(601);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/policy/kms.ts
var kms = __webpack_require__(8871);
// EXTERNAL MODULE: ./src/plan/writes.ts
var writes = __webpack_require__(7491);
;// CONCATENATED MODULE: ./src/plan/cross-account.ts
// The Log Archive layout: a bucket or KMS key owned by another account than the management account.
// Who owns it decides what org-trail can check and write, and where the statements CloudTrail needs must
// be added by someone else.









const deniedRead = (r) => !r.ok && (0,errors/* isAccessDenied */.w7)(r.failure.code);
/**
 * What S3's answers say of the bucket's owner. A 405 on GetBucketPolicy: another account's bucket. With
 * ExpectedBucketOwner, a bucket S3 served is that account's, and one whose location and policy reads were
 * both refused is some other account's (a missing permission refuses one read, not both). A bucket that
 * does not exist has no owner.
 */
function bucketOwner(bucket) {
    const { region, policy, expectedOwner } = bucket;
    if (!policy.ok && policy.failure.code === errors/* METHOD_NOT_ALLOWED */.TP)
        return { kind: 'other-account' };
    if (expectedOwner === undefined)
        return deniedRead(region) && deniedRead(policy) ? { kind: 'other-account-or-denied' } : undefined;
    if (region.ok && region.value !== null)
        return { kind: 'expected', accountId: expectedOwner };
    if (deniedRead(region) && deniedRead(policy))
        return { kind: 'unexpected', expectedAccountId: expectedOwner };
    return undefined;
}
/** Whether the bucket is (or, as far as S3 tells, may be) another account's, which org-trail has no session in. */
const elsewhereKinds = ['other-account', 'other-account-or-denied'];
/** The bucket's policy lives in an account org-trail has no session in: S3 answered 405 (or 403) and no role is given. */
function bucketPolicyElsewhere(ctx, grant) {
    if (!elsewhereKinds.includes(bucketOwner(ctx.observed.bucket)?.kind))
        return null;
    return {
        resource: 'bucket',
        name: ctx.observed.bucket.name,
        accountId: null,
        statements: (0,findings/* policyDocumentOf */.Jf)((0,bucket/* ownStatements */.zP)(grant))
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
            (0,findings/* prerequisite */.l1)({
                id,
                severity: 'blocker',
                title: `Bucket ${name} is not owned by the Log Archive account`,
                detail: `S3 refused every read of bucket ${name} made with ExpectedBucketOwner ${owner.expectedAccountId}: the bucket is not owned by the Log Archive account ${owner.expectedAccountId} (log-archive-role-arn), so CloudTrail would deliver the organization's logs to another account's bucket. Nothing is written to it.`,
                remediation: `# Use a bucket of the Log Archive account ${owner.expectedAccountId}: set s3-bucket-name to it, or create one there (create-bucket: true with another name).`
            })
        ];
    }
    if (owner === undefined || !elsewhereKinds.includes(owner.kind))
        return null;
    const statements = bucketPolicyElsewhere(ctx, grant)?.statements ?? '';
    const { requesterPays } = bucket;
    const certain = owner.kind === 'other-account';
    return [
        certain
            ? (0,findings/* prerequisite */.l1)({
                id,
                severity: 'warning',
                title: `Bucket ${name} belongs to another account`,
                detail: `S3 answered s3:GetBucketPolicy with 405 Method Not Allowed: bucket ${name} is owned by another account than ${caller}, so its policy and settings cannot be read from here. CloudTrail checks its policy itself when the trail is created or updated.`,
                remediation: `# To have org-trail check and merge the bucket's policy, give it a role in the owning account:\n# set log-archive-role-arn (see org-trail's docs/log-archive.md).`
            })
            : (0,findings/* prerequisite */.l1)({
                id,
                severity: 'warning',
                title: `Bucket ${name} is another account's, or not readable by this role`,
                detail: `S3 refused both s3:GetBucketPolicy and s3:GetBucketLocation on bucket ${name} (403): either it is owned by another account whose bucket policy grants ${caller} nothing (as a Control Tower log bucket's does), or the role org-trail uses may not read it. S3 answers both with 403 and does not say which. Nothing is blocked for it: CloudTrail checks the bucket's policy itself when the trail is created or updated.`,
                remediation: `# If the bucket is another account's (a Log Archive account): to have org-trail check and merge its
# policy, set log-archive-role-arn to a role there (see org-trail's docs/log-archive.md), or add the
# statements of the s3.bucket-policy finding there yourself.
# If it is this account's: allow "s3:GetBucketPolicy" and "s3:GetBucketLocation" in the permission policy
# of the role org-trail uses (see org-trail's docs/permissions.md).`
            }),
        (0,findings/* prerequisite */.l1)({
            id: 's3.bucket-exists',
            severity: 'ok',
            title: `Bucket ${name}`,
            detail: certain
                ? `Exists, owned by another account; its region cannot be read from account ${caller}.`
                : `Exists (S3 refuses its reads rather than saying it does not exist); its region cannot be read from account ${caller}.`
        }),
        (0,findings/* prerequisite */.l1)({
            id: 's3.requester-pays',
            severity: 'warning',
            title: 'Requester Pays not checked',
            detail: requesterPays.ok && requesterPays.value
                ? `Requester Pays is on for bucket ${name}: CloudTrail cannot deliver to it.`
                : certain
                    ? `Bucket ${name} belongs to another account; whether Requester Pays is off (CloudTrail cannot deliver otherwise) is for that account to check.`
                    : `Whether Requester Pays is off for bucket ${name} (CloudTrail cannot deliver otherwise) is for the account that owns it to check; if that is this account, allow "s3:GetBucketRequestPayment" to have org-trail check it.`,
            remediation: `# In the account that owns the bucket (Payer must be BucketOwner):\n${(0,cli/* getRequestPaymentCommand */.ne)(name)}`
        }),
        (0,findings/* prerequisite */.l1)({
            id: 's3.bucket-policy',
            severity: 'warning',
            title: 'Bucket policy is in another account',
            detail: `The policy of bucket ${name} cannot be read from account ${caller}. The statements below must be added in the account that owns the bucket, for ${ctx.trailArn}, unless its policy grants them already; without them CloudTrail refuses the trail (InsufficientS3BucketPolicyException).`,
            remediation: statements
        })
    ];
}
/** The owner finding of a bucket read through the Log Archive role, before its usual checks. */
function logArchiveBucketOwned(ctx) {
    const owner = bucketOwner(ctx.observed.bucket);
    if (owner?.kind !== 'expected')
        return [];
    return [
        (0,findings/* prerequisite */.l1)({
            id: 's3.bucket-owner',
            severity: 'ok',
            title: `Bucket ${ctx.observed.bucket.name} is the Log Archive account's`,
            detail: `Owned by the Log Archive account ${owner.accountId}; read and written through log-archive-role-arn, every request with ExpectedBucketOwner ${owner.accountId}.`
        })
    ];
}
/** Marks the bucket's (or key's) writes as made through the Log Archive session, when they are. */
function throughLogArchive(ctx, steps, inLogArchive) {
    if (!inLogArchive || !ctx.observed.logArchive)
        return [...steps];
    return steps.map((step) => step.changes
        ? {
            ...step,
            changes: step.changes.map((c) => ((0,writes/* writeOf */.tg)(c).logArchive ? { ...c, logArchive: true } : c))
        }
        : step);
}
/** True when the declared key's ARN names the Log Archive account and its role is given. */
function keyInLogArchive(ctx) {
    const la = ctx.observed.logArchive;
    return la !== undefined && (0,aws_arn/* accountOf */.XP)(ctx.declared.kmsKeyId) === la.accountId;
}
/** What the key policy must grant CloudTrail, for this trail. */
function keyGrantFor(ctx, keyArn) {
    return {
        partition: ctx.observed.identity.partition,
        keyArn,
        trailArn: ctx.trailArn,
        accountId: ctx.managementAccountId,
        ...(ctx.organization ? { organizationId: ctx.organization.id } : {}),
        bucketKey: (0,bucket_hardening/* usesBucketKey */.Ym)(ctx)
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
        statements: (0,findings/* policyDocumentOf */.Jf)((0,kms/* kmsStatements */.SA)(keyGrantFor(ctx, arn)))
    };
}
/** The account a declared key ARN carries, when it is neither the caller's nor the Log Archive session's. */
function foreignKeyAccount(ctx) {
    const account = (0,aws_arn/* accountOf */.XP)(ctx.declared.kmsKeyId);
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
    // Across accounts a refusal is usually the key policy's; one that names another kind of policy says so.
    const kind = (0,denials/* denialOf */.Z9)(key.failure.message).kind;
    const named = kind !== null && kind !== 'resource-based-policy' ? (0,findings/* failedRead */.Yr)(key.failure) : null;
    return [
        (0,findings/* prerequisite */.l1)({
            id: 'kms.key',
            severity: 'warning',
            title: `KMS key ${ctx.declared.kmsKeyId} could not be described`,
            detail: `The key is owned by account ${account}, and ${named ? named.what : `${key.failure.action} was refused (${key.failure.code}): its key policy does not let this account describe it`}, so whether it is enabled, symmetric and in the bucket's region is unknown.${named?.why ?? ''} CloudTrail checks the key itself when the trail is created or updated.`,
            remediation: named?.remediation ??
                `# To let org-trail check it, allow kms:DescribeKey to this account in the key policy (in account ${account}).`
        }),
        ...(elsewhere ? [keyPolicyElsewhereStep(ctx, elsewhere)] : [])
    ];
}
/** The key policy org-trail cannot read: the statements to add in the key's own account. */
function keyPolicyElsewhereStep(ctx, elsewhere) {
    return (0,findings/* prerequisite */.l1)({
        id: 'kms.key-policy',
        severity: 'warning',
        title: 'Key policy is in another account',
        detail: `KMS does not serve GetKeyPolicy across accounts, so the policy of ${elsewhere.name} cannot be checked from here. The statements below must be added in account ${elsewhere.accountId ?? 'that owns the key'} for ${ctx.trailArn}; without them CloudTrail refuses the trail (InsufficientEncryptionPolicyException).`,
        remediation: elsewhere.statements
    });
}

// EXTERNAL MODULE: ./src/plan/managers.ts
var managers = __webpack_require__(7527);
;// CONCATENATED MODULE: ./src/plan/resource-policy.ts
// The one decision taken for each resource policy org-trail may merge its statements into (the bucket's
// and the key's): unreadable text blocks, a Deny blocks, no permission to write blocks, a result over
// the size limit blocks, else apply merges. The resource supplies the policy algebra and the words.


/** The decision's step, then a warning for each Deny that could not be evaluated. */
function checkResourcePolicy(r) {
    const { id, title, words } = r;
    let policy;
    try {
        policy = r.parse(r.text);
    }
    catch (error) {
        if (!(error instanceof policy_document/* PolicyParseError */.y2))
            throw error;
        const where = `${r.where.charAt(0).toUpperCase()}${r.where.slice(1)}`;
        return [
            (0,findings/* prerequisite */.l1)({
                id,
                severity: 'blocker',
                title,
                detail: `${where}: ${error.message}.`,
                remediation: words.unparsable
            })
        ];
    }
    const denies = r.denies(policy);
    return [decide(r, policy, denies.denying), ...(0,findings/* unevaluatedDenies */.FI)(`${id}.unevaluated`, r.where, denies.unknown)];
}
function decide(r, policy, denying) {
    const { id, title, words } = r;
    const missing = r.missing(policy);
    if (missing === '')
        return {
            ...(0,findings/* prerequisite */.l1)({ id, severity: 'ok', title, detail: words.granted }),
            found: { kind: r.writeKind, what: r.where }
        };
    if (denying.length > 0)
        return (0,findings/* prerequisite */.l1)({ id, severity: 'blocker', ...words.denied, remediation: (0,findings/* pasteable */.yK)(denying) });
    if (r.owner)
        return (0,findings/* prerequisite */.l1)({
            id,
            severity: 'blocker',
            title: words.missingTitle,
            detail: r.owner.detail(missing),
            remediation: `${r.owner.remedy}\n${(0,findings/* policyDocumentOf */.Jf)(r.statements)}`
        });
    const statements = (0,findings/* pasteable */.yK)(r.statements);
    if (!r.manage) {
        return (0,findings/* prerequisite */.l1)({
            id,
            severity: 'blocker',
            title: words.missingTitle,
            detail: words.unmanaged(missing),
            remediation: statements
        });
    }
    const merged = r.merge(policy);
    const bytes = (0,policy_document/* policyBytes */.we)(merged.policy);
    if (bytes > r.maxBytes)
        return (0,findings/* prerequisite */.l1)({ id, severity: 'blocker', ...words.tooLarge(bytes, statements) });
    return (0,findings/* prerequisite */.l1)({
        id,
        severity: 'fixable',
        title: words.missingTitle,
        detail: words.fixable(missing, merged),
        remediation: statements,
        changes: [r.change(merged)]
    });
}

;// CONCATENATED MODULE: ./src/plan/bucket.ts
// The log bucket: that it exists, that Requester Pays is off, and that its policy lets CloudTrail write.









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
    const steps = [...logArchiveBucketOwned(ctx), ...throughLogArchive(ctx, checkOwnBucket(ctx), true)];
    // Control Tower's or LZA's bucket is judged like any other, but never written to: its owner is told what to do.
    const manager = (0,managers/* bucketOwnerOf */.$g)(ctx);
    return manager ? steps.map((s) => (0,managers/* leftToOwner */.uY)(s, manager, (resource) => resource === 'bucket')) : steps;
}
function checkOwnBucket(ctx) {
    const bucket = ctx.observed.bucket;
    const name = bucket.name;
    if (!bucket.region.ok) {
        // Whether it exists is unknown; its other reads may still say what else is missing.
        return [
            (0,findings/* unreadable */.O$)({ id: 's3.bucket-exists', title: `Bucket ${name}`, failure: bucket.region.failure }),
            checkRequesterPays(ctx),
            ...checkBucketPolicy(ctx)
        ];
    }
    if (bucket.region.value === null && ctx.settings.createBucket)
        return (0,bucket_hardening/* planBucketCreation */.TF)(ctx, grantFor(ctx));
    if (bucket.region.value === null) {
        return [
            (0,findings/* prerequisite */.l1)({
                id: 's3.bucket-exists',
                severity: 'blocker',
                title: `Bucket ${name} does not exist`,
                detail: 'CloudTrail needs an existing bucket to deliver log files to.',
                remediation: `# Or set the input create-bucket: true to have org-trail create it, hardened.\n${(0,cli/* createBucketCommand */.sR)(name, ctx.homeRegion)}`
            })
        ];
    }
    const steps = [
        (0,findings/* prerequisite */.l1)({
            id: 's3.bucket-exists',
            severity: 'ok',
            title: `Bucket ${name}`,
            detail: `Exists in ${bucket.region.value}.`
        })
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
        return (0,findings/* unreadable */.O$)({ id, title, failure: requesterPays.failure, severity: 'warning' });
    if (!requesterPays.value)
        return (0,findings/* prerequisite */.l1)({ id, severity: 'ok', title, detail: 'CloudTrail can deliver without paying for requests.' });
    return (0,findings/* prerequisite */.l1)({
        id,
        severity: 'blocker',
        title: 'Requester Pays is on',
        detail: `CloudTrail cannot deliver to bucket ${name} while Requester Pays is enabled.`,
        remediation: (0,cli/* putRequestPaymentCommand */.AJ)(name)
    });
}
/** A bucket another system manages: the statements CloudTrail lacks are its owner's to add. */
function ownerOfPolicy(ctx, bucket) {
    const manager = (0,managers/* bucketOwnerOf */.$g)(ctx);
    if (manager === null)
        return {};
    const { name, remedy } = managers/* MANAGERS */.TN[manager];
    return {
        owner: {
            detail: (missing) => `The policy of bucket ${bucket} does not allow ${missing}. ${name} manages the bucket, so org-trail does not change its policy: its owner must add the statements below, or the trail must deliver elsewhere.`,
            remedy: remedy.bucket(bucket)
        }
    };
}
function checkBucketPolicy(ctx) {
    const { policy, name } = ctx.observed.bucket;
    const id = 's3.bucket-policy';
    const title = 'Bucket policy lets CloudTrail write';
    if (!policy.ok)
        return [(0,findings/* unreadable */.O$)({ id, title, failure: policy.failure })];
    if (ctx.settings.trail.isOrganizationTrail && ctx.organization === null) {
        return [
            (0,findings/* prerequisite */.l1)({
                id,
                severity: 'warning',
                title,
                detail: 'Not checked: the organization id, part of the log path, is unknown.'
            })
        ];
    }
    const grant = grantFor(ctx);
    return checkResourcePolicy({
        id,
        title,
        where: `the policy of bucket ${name}`,
        text: policy.value,
        parse: bucket/* parsePolicy */.ON,
        missing: (p) => (0,bucket/* missingPermissions */.HR)(p, grant)
            .map((m) => `${m.action} on ${m.resource}`)
            .join('; '),
        denies: (p) => (0,bucket/* bucketPolicyDenies */.xR)(p, grant),
        statements: (0,bucket/* ownStatements */.zP)(grant),
        merge: (p) => (0,bucket/* mergePolicy */.VA)(p, grant),
        manage: ctx.settings.manageBucketPolicy,
        ...ownerOfPolicy(ctx, name),
        maxBytes: cloudtrail/* MAX_BUCKET_POLICY_BYTES */.lJ,
        change: (merged) => ({
            kind: 'put-bucket-policy',
            bucket: name,
            before: policy.value,
            after: (0,policy_document/* policyText */.MJ)(merged.policy),
            sids: merged.changedSids,
            grant
        }),
        writeKind: 'put-bucket-policy',
        words: {
            unparsable: 'Fix the policy by hand; org-trail never overwrites a policy it cannot read.',
            granted: `Grants ${cloudtrail/* CLOUDTRAIL_PRINCIPAL */.BX} everything it needs for ${ctx.trailArn}.`,
            denied: {
                title: 'Bucket policy denies CloudTrail',
                detail: `An explicit Deny in the policy of bucket ${name} applies to CloudTrail's delivery, and no Allow overrides a Deny; org-trail never edits someone else's Deny. Narrow these statements so that they exclude cloudtrail.amazonaws.com:`
            },
            // Named for what is wrong, not for the check: it heads the blocker list and the step's failure.
            missingTitle: 'Bucket policy does not let CloudTrail write',
            unmanaged: (what) => `The policy of bucket ${name} does not allow ${what}, and manage-bucket-policy is false. Add the statements below to its Statement list.`,
            tooLarge: (bytes, statements) => ({
                title: 'Bucket policy would exceed 20 KB',
                detail: `Adding CloudTrail's statements would make the policy of bucket ${name} ${bytes} bytes; S3 allows ${cloudtrail/* MAX_BUCKET_POLICY_BYTES */.lJ}. Nothing was written.`,
                remediation: `Shorten the policy (merge statements, use wildcards in aws:SourceArn), then add:\n${statements}`
            }),
            fixable: (what, merged) => `The policy of bucket ${name} does not allow ${what}; apply merges the statements below (${merged.changedSids.join(', ')}) and keeps every other statement.`
        }
    });
}

;// CONCATENATED MODULE: ./src/plan/kms.ts
// The trail's KMS key: usable for CloudTrail, and a key policy that lets CloudTrail encrypt.







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
        return [(0,findings/* unreadable */.O$)({ id, title: `KMS key ${declared}`, failure: key.failure })];
    if (key.value === null) {
        return [
            (0,findings/* prerequisite */.l1)({
                id,
                severity: 'blocker',
                title: `KMS key ${declared} not found`,
                detail: `No key ${declared} in ${ctx.homeRegion} is visible to the caller.`,
                remediation: (0,cli/* describeKeyCommand */.At)(declared, ctx.homeRegion)
            })
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
            ? (0,findings/* finding */.gk)({
                id,
                category: 'prerequisite',
                severity: 'ok',
                title: 'KMS key usable',
                detail: `${k.arn}: customer managed, enabled, symmetric, in the bucket's region.`
            })
            : (0,findings/* finding */.gk)({
                id,
                category: 'prerequisite',
                severity: 'blocker',
                title: 'KMS key cannot encrypt the logs',
                detail: `${k.arn}: ${problems.join('; ')}.`,
                remediation: k.keyState === 'Disabled' && !awsManaged
                    ? (0,cli/* enableKeyCommand */.Ee)(k)
                    : `# Use a symmetric, enabled customer managed key in the bucket's region, e.g. a new one:\n${(0,cli/* createKeyCommand */.zD)(bucketRegion ?? ctx.homeRegion)}`
            })
    });
    // An AWS managed key's policy is AWS's: there is nothing to check or merge.
    const elsewhere = k.foreignAccountId ? keyPolicyElsewhere(ctx) : null;
    if (elsewhere && !awsManaged)
        steps.push(keyPolicyElsewhereStep(ctx, elsewhere));
    else if (!awsManaged)
        steps.push(...checkKeyPolicy(ctx, k.arn, k.region, k.policy));
    return [...steps, ...checkBucketKeyRead(ctx)];
}
/**
 * With an S3 Bucket Key CloudTrail also needs kms:Decrypt: when the bucket's encryption cannot be read, the
 * key policy is checked without it, and that is said. (create-bucket's hardening reports the read itself.)
 */
function checkBucketKeyRead(ctx) {
    const encryption = ctx.observed.bucket.encryption;
    if (!encryption || encryption.ok || ctx.settings.createBucket)
        return [];
    return [
        (0,findings/* unreadable */.O$)({
            id: 'kms.bucket-key',
            title: `Whether bucket ${ctx.observed.bucket.name} uses an S3 Bucket Key (then CloudTrail needs kms:Decrypt)`,
            failure: encryption.failure,
            severity: 'warning'
        })
    ];
}
function checkKeyPolicy(ctx, keyArn, region, text) {
    const id = 'kms.key-policy';
    const title = 'Key policy lets CloudTrail encrypt';
    const grant = keyGrantFor(ctx, keyArn);
    const manager = ctx.managedBy ? managers/* MANAGERS */.TN[ctx.managedBy] : null;
    return checkResourcePolicy({
        id,
        title,
        where: `the policy of KMS key ${keyArn}`,
        text,
        parse: kms/* parseKeyPolicy */.LB,
        missing: (p) => (0,kms/* missingKmsActions */.ZP)(p, grant).join(', '),
        denies: (p) => (0,kms/* keyPolicyDenies */.sf)(p, grant),
        statements: (0,kms/* kmsStatements */.SA)(grant),
        merge: (p) => (0,kms/* mergeKeyPolicy */.g$)(p, grant),
        manage: ctx.settings.manageKmsKeyPolicy,
        ...(manager
            ? {
                owner: {
                    detail: (missing) => `The policy of ${keyArn} does not allow ${missing}. It is the key of a trail ${manager.name} manages, so org-trail does not change its policy: its owner must add the statements below.`,
                    remedy: manager.remedy.key(keyArn)
                }
            }
            : {}),
        maxBytes: kms/* MAX_KEY_POLICY_BYTES */.uU,
        change: (merged) => ({
            kind: 'put-key-policy',
            keyArn,
            region,
            before: text,
            after: (0,policy_document/* policyText */.MJ)(merged.policy),
            sids: merged.changedSids,
            grant
        }),
        writeKind: 'put-key-policy',
        words: {
            unparsable: '# Fix the key policy by hand; org-trail never overwrites a policy it cannot read.',
            granted: `Allows cloudtrail.amazonaws.com kms:GenerateDataKey* for ${ctx.trailArn}, kms:DescribeKey${grant.bucketKey ? ` and kms:Decrypt (bucket ${ctx.observed.bucket.name} uses an S3 Bucket Key)` : ''}.`,
            denied: {
                title: 'Key policy denies CloudTrail',
                detail: `An explicit Deny in the policy of ${keyArn} applies to CloudTrail, and no Allow overrides a Deny. Narrow these statements:`
            },
            missingTitle: title,
            unmanaged: (missing) => `The policy of ${keyArn} does not allow ${missing}; add the statements below (or set manage-kms-key-policy: true).`,
            tooLarge: (bytes, statements) => ({
                title: 'Key policy would exceed 32 KB',
                detail: `Adding CloudTrail's statements would make the policy of ${keyArn} ${bytes} bytes.`,
                remediation: statements
            }),
            fixable: (missing) => `The policy of ${keyArn} does not allow ${missing}; apply merges the statements below and keeps every other statement.`
        }
    });
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





function checkCloudWatchLogs(ctx) {
    const { cloudWatchLogsLogGroupArn: groupArn, cloudWatchLogsRoleArn: roleArn } = ctx.settings.trail;
    const group = ctx.observed.logGroup;
    const role = ctx.observed.cloudWatchRole;
    if (!groupArn || !roleArn || !group || !role)
        return [];
    const elsewhere = otherAccountThanTrail(ctx, groupArn, roleArn);
    if (elsewhere)
        return [elsewhere];
    return [checkLogGroup(groupArn, group), ...checkRole(ctx, roleArn, role)];
}
function checkLogGroup(groupArn, group) {
    const { name, region } = (0,aws_arn/* logGroupOf */.Ze)(groupArn);
    const id = 'logs.log-group';
    if (!group.ok)
        return (0,findings/* unreadable */.O$)({ id, title: `Log group ${name}`, failure: group.failure });
    if (group.value)
        return (0,findings/* prerequisite */.l1)({ id, severity: 'ok', title: `Log group ${name}`, detail: 'Exists.' });
    return (0,findings/* prerequisite */.l1)({
        id,
        severity: 'blocker',
        title: `Log group ${name} does not exist`,
        detail: 'CloudTrail delivers to an existing log group.',
        remediation: (0,cli/* createLogGroupCommand */.tK)(name, region)
    });
}
/** The role CloudTrail assumes to deliver: it exists, trusts CloudTrail, and may write every log stream. */
function checkRole(ctx, roleArn, role) {
    const id = 'logs.role';
    if (!role.ok)
        return [(0,findings/* unreadable */.O$)({ id, title: `Role ${roleArn}`, failure: role.failure })];
    if (role.value === null) {
        return [
            (0,findings/* prerequisite */.l1)({
                id,
                severity: 'blocker',
                title: 'CloudWatch Logs role does not exist',
                detail: `${roleArn} was not found.`,
                remediation: `# Create the role with this trust policy, then attach the permission statements of the logs.role finding.\n${(0,findings/* pasteable */.yK)({ Version: '2012-10-17', Statement: [CLOUDWATCH_TRUST_STATEMENT] })}`
            })
        ];
    }
    const grant = {
        logGroupArn: ctx.settings.trail.cloudWatchLogsLogGroupArn,
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
            (0,findings/* prerequisite */.l1)({
                id,
                severity: 'blocker',
                title: 'CloudWatch Logs role unreadable',
                detail: `${roleArn}: ${error.message}.`
            })
        ];
    }
    return [roleTrust(roleArn, gaps.trusts), rolePermissions(roleArn, gaps.missing, grant)];
}
function roleTrust(roleArn, trusts) {
    const id = 'logs.role-trust';
    if (trusts)
        return (0,findings/* prerequisite */.l1)({
            id,
            severity: 'ok',
            title: 'Role trusts CloudTrail',
            detail: `${roleArn} can be assumed by cloudtrail.amazonaws.com.`
        });
    return (0,findings/* prerequisite */.l1)({
        id,
        severity: 'blocker',
        title: 'Role does not trust CloudTrail',
        detail: `The trust policy of ${roleArn} does not let cloudtrail.amazonaws.com assume it. Add this statement:`,
        remediation: (0,findings/* pasteable */.yK)(CLOUDWATCH_TRUST_STATEMENT)
    });
}
function rolePermissions(roleArn, missing, grant) {
    const id = 'logs.role';
    if (missing.length === 0)
        return (0,findings/* prerequisite */.l1)({
            id,
            severity: 'ok',
            title: 'Role may write the log streams',
            detail: 'Covers the management account and the organization log streams.'
        });
    return (0,findings/* prerequisite */.l1)({
        id,
        severity: 'blocker',
        title: 'Role may not write every log stream',
        detail: `${roleArn} lacks ${missing.join('; ')}. Add these statements to its permission policy:`,
        remediation: (0,findings/* pasteable */.yK)({ Version: '2012-10-17', Statement: cloudWatchRoleStatements(grant) })
    });
}
/**
 * CloudTrail cannot use a log group or role owned by another account than the trail's (the management
 * account, which owns an organization trail even when a delegated administrator manages it). Caught as an
 * input error when role-to-assume names the account; else here.
 */
function otherAccountThanTrail(ctx, groupArn, roleArn) {
    const account = ctx.managementAccountId;
    const foreign = [groupArn, roleArn].filter((arn) => (0,aws_arn/* accountOf */.XP)(arn) !== account);
    if (foreign.length === 0)
        return null;
    return (0,findings/* prerequisite */.l1)({
        id: 'logs.account',
        severity: 'blocker',
        title: 'CloudWatch Logs group or role of another account',
        detail: `${foreign.join(' and ')} must belong to account ${account}, which owns the trail: CloudTrail cannot use a log group or role owned by a different account.`,
        remediation: `# Create the log group and its role in account ${account}, then set cloud-watch-logs-log-group-arn and cloud-watch-logs-role-arn to them.`
    });
}

// EXTERNAL MODULE: ./src/policy/cloudtrail-statement.ts
var cloudtrail_statement = __webpack_require__(1851);
;// CONCATENATED MODULE: ./src/policy/sns.ts
// The SNS topic policy that lets CloudTrail publish a notification for each log file.




function snsTopicAllowsCloudTrail(policy, topicArn, trailArn, accountId) {
    return (0,evaluate/* allows */.NB)((0,policy_document/* parsePolicyDocument */.X)(policy, 'topic policy'), (0,cloudtrail_request/* cloudTrailRequest */.N1)({ trailArn, accountId }, 'SNS:Publish', topicArn));
}
function snsStatement(topicArn, trailArn) {
    return (0,cloudtrail_statement/* allowCloudTrail */.F)('AWSCloudTrailSNSPolicy', 'SNS:Publish', topicArn, {
        StringEquals: { 'aws:SourceArn': trailArn }
    });
}

;// CONCATENATED MODULE: ./src/plan/sns.ts
// The SNS topic CloudTrail notifies, and its policy.





function checkSnsTopic(ctx) {
    const topic = ctx.observed.snsTopic;
    if (!ctx.settings.trail.snsTopicName || !topic)
        return [];
    const id = 'sns.topic';
    if (!topic.ok)
        return [(0,findings/* unreadable */.O$)({ id, title: `SNS topic ${ctx.settings.trail.snsTopicName}`, failure: topic.failure })];
    if (topic.value === null) {
        return [
            (0,findings/* prerequisite */.l1)({
                id,
                severity: 'blocker',
                title: `SNS topic ${ctx.settings.trail.snsTopicName} does not exist`,
                detail: 'CloudTrail publishes to an existing topic.',
                remediation: (0,cli/* createTopicCommand */.PP)((0,aws_arn/* topicNameOf */.oS)(ctx.settings.trail.snsTopicName), ctx.homeRegion)
            })
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
                ? (0,findings/* finding */.gk)({
                    id,
                    category: 'prerequisite',
                    severity: 'ok',
                    title: 'Topic lets CloudTrail publish',
                    detail: `${arn}.`
                })
                : (0,findings/* finding */.gk)({
                    id,
                    category: 'prerequisite',
                    severity: 'blocker',
                    title: 'Topic policy does not let CloudTrail publish',
                    detail: `Add this statement to the policy of ${arn}:`,
                    remediation: (0,findings/* pasteable */.yK)(snsStatement(arn, ctx.trailArn))
                })
        }
    ];
}

// EXTERNAL MODULE: ./src/observe/event-coverage.ts
var event_coverage = __webpack_require__(4479);
// EXTERNAL MODULE: ./src/plan/wording.ts
var wording = __webpack_require__(979);
;// CONCATENATED MODULE: ./src/plan/other-trails.ts
// The organization trails that already exist beside the declared one. A second organization trail records
// every management event again in every account, and the copy is charged (only the first copy of management
// events is free); whatever reads both trails' logs (Athena, a SIEM) sees every event twice. Control Tower and
// the Landing Zone Accelerator each run one, so on their organizations declaring a new trail is usually the
// mistake: the way forward is to watch theirs, or to declare the second one on purpose.




const ID = 'cloudtrail.other-organization-trail';
/** Whether the declared trail will record management events: with what it declares, else what it has. */
function recordsManagementEvents(ctx) {
    const { eventSelectors, advancedEventSelectors } = ctx.settings;
    if (eventSelectors)
        return (0,event_coverage/* managementEventCoverage */.o)(eventSelectors, []).any;
    if (advancedEventSelectors)
        return (0,event_coverage/* managementEventCoverage */.o)([], advancedEventSelectors).any;
    const current = ctx.observed.trail?.managementEvents;
    // A new trail gets CloudTrail's default selector: every management event.
    return current?.ok ? current.value.any : true;
}
/** One trail for people: its ARN, who manages it, and where it delivers. */
function describe(t) {
    const manager = (0,managers/* trailManager */.kk)(t.name);
    const by = manager ? `managed by ${managers/* MANAGERS */.TN[manager].name}` : 'manager unknown';
    const prefix = t.s3KeyPrefix ? `under the prefix ${t.s3KeyPrefix}` : 'with no prefix';
    return `${t.arn} (${by}) delivers to bucket ${t.s3BucketName} ${prefix}`;
}
/** The accounts that would record every management event twice: the management account and the active members. */
function twice(ctx) {
    const count = ctx.observed.activeAccounts;
    if (count?.ok)
        return `the management account and each of the ${(0,wording/* plural */.L)(Math.max(count.value - 1, 0), 'active member account')}`;
    const why = count ? `: ${(0,findings/* failedRead */.Yr)(count.failure).what}` : '';
    return `the management account and every active member account (how many is unknown${why})`;
}
/** The inputs that watch `t` instead of declaring another trail. */
function watch(t) {
    return [
        `trail-name: ${t.name}`,
        `s3-bucket-name: ${t.s3BucketName}`,
        ...(t.s3KeyPrefix ? [`s3-key-prefix: ${t.s3KeyPrefix}`] : []),
        'mode: check'
    ].join('\n');
}
/**
 * Every other organization trail the home region shows (DescribeTrails lists an organization trail, or its
 * shadow, wherever it is homed): a blocker naming each, unless the declared trail is a second one on purpose
 * (allow-second-organization-trail) or records no management events, when it is a warning with the same facts.
 */
function checkOtherOrganizationTrails(ctx, trails) {
    if (!ctx.settings.trail.isOrganizationTrail)
        return [];
    const others = trails.filter((t) => t.isOrganizationTrail && t.arn !== ctx.trailArn);
    const [first] = others;
    if (!first)
        return [
            (0,findings/* prerequisite */.l1)({
                id: ID,
                severity: 'ok',
                title: 'No other organization trail',
                detail: 'Management events are recorded once in every account.'
            })
        ];
    const records = recordsManagementEvents(ctx);
    const allowed = ctx.settings.allowSecondOrganizationTrail;
    const facts = `${others.map(describe).join('; ')}. A second organization trail records every management event again in ${twice(ctx)}, and each copy after the first is charged; whatever reads both trails' logs (Athena, a SIEM) sees every event twice.`;
    const title = others.length === 1
        ? `Another organization trail already logs the organization: ${first.name}`
        : `${others.length} other organization trails already log the organization`;
    if (!records || allowed)
        return [
            (0,findings/* prerequisite */.l1)({
                id: ID,
                severity: 'warning',
                title,
                detail: `${facts} ${records ? 'allow-second-organization-trail is true: the second trail is declared on purpose.' : 'The declared trail records no management events, so none is recorded twice.'}`
            })
        ];
    return [
        (0,findings/* prerequisite */.l1)({
            id: ID,
            severity: 'blocker',
            title,
            detail: `${facts} org-trail does not declare a second one unless told to, and writes nothing.`,
            remediation: `# Either watch the existing trail instead (check mode writes nothing; add log-archive-role-arn when its\n# bucket belongs to another account, e.g. a Log Archive account):\n${watch(first)}\n# or declare the second organization trail on purpose (every management event recorded, and charged, twice):\nallow-second-organization-trail: true`
        })
    ];
}

// EXTERNAL MODULE: ./src/aws/trail-fields.ts
var trail_fields = __webpack_require__(2679);
// EXTERNAL MODULE: ./src/plan/trail-diff.ts
var trail_diff = __webpack_require__(7463);
;// CONCATENATED MODULE: ./src/plan/trail.ts








function checkTrail(ctx) {
    const { trails, trail, trailList, trailUnreadable } = ctx.observed;
    const title = `Trail ${ctx.settings.trail.name}`;
    if (!trails.ok)
        return [(0,findings/* unreadable */.O$)({ id: 'cloudtrail.trail', title, failure: trails.failure })];
    if (trail === null) {
        // Creating needs to know that the trail is not there unread, nor in another region: never a second one.
        const unknown = trailUnreadable ?? (trailList.ok ? null : trailList.failure);
        return unknown ? [(0,findings/* unreadable */.O$)({ id: 'cloudtrail.trail', title, failure: unknown })] : planCreate(ctx, trails.value);
    }
    // Found without it; what it would add is a trail of this name elsewhere, which only matters to a create.
    const unlisted = trailList.ok
        ? []
        : [
            (0,findings/* unreadable */.O$)({
                id: 'cloudtrail.trail-list',
                title: 'Trails of every region',
                failure: trailList.failure,
                severity: 'warning'
            })
        ];
    return [...planUpdate(ctx, trails.value), ...unlisted];
}
/**
 * A single-region trail of this name homed in another region than aws-region: turning it into the
 * declared trail (multi-region, or another kind) would take over a trail of that region, and creating
 * one here would make a second trail of the same name. Neither is done; the finding says where it is.
 */
function foreignRegionalTrail(ctx, config, fields) {
    if (config.homeRegion === ctx.settings.region || config.isMultiRegionTrail)
        return null;
    const converts = fields.filter((f) => f.field === 'IsMultiRegionTrail' || f.field === 'IsOrganizationTrail');
    if (converts.length === 0)
        return null;
    return (0,findings/* prerequisite */.l1)({
        id: 'cloudtrail.home-region',
        severity: 'blocker',
        title: `A single-region trail ${config.name} exists in ${config.homeRegion}`,
        detail: `${config.arn} is homed in ${config.homeRegion}, not ${ctx.settings.region}, and logs only that region. The declaration would change its ${converts.map((f) => (0,trail_fields/* fieldLabel */.bk)(f.field).toLowerCase()).join(' and ')} setting, taking over a trail of another region; creating a trail in ${ctx.settings.region} would make a second trail named ${config.name}. org-trail does neither and writes nothing.`,
        remediation: `# Choose one:
# - manage it where it is: set aws-region: ${config.homeRegion} (and declare it as it is, or convert it there);
# - give the declared trail another name: set trail-name;
# - convert it yourself, then run again:
${(0,cli/* updateTrailCommand */.Fw)(config.arn, config.homeRegion, converts)}`
    });
}
/**
 * Only the management account may convert a trail between organization trail and account trail: a caller
 * whose account the trail's ARN does not carry (a delegated administrator) may not.
 */
function delegatedConversion(ctx, config, fields) {
    const conversion = fields.find((f) => f.field === 'IsOrganizationTrail');
    const owner = (0,aws_arn/* accountOf */.XP)(config.arn);
    if (conversion === undefined || owner === ctx.observed.identity.accountId)
        return null;
    const to = conversion.after === true ? 'an organization trail' : 'an account trail';
    return (0,findings/* prerequisite */.l1)({
        id: 'trail.organization-conversion',
        severity: 'blocker',
        title: 'Only the management account can convert the trail',
        detail: `The declaration turns ${ctx.trailArn} into ${to}, and CloudTrail lets only the management account ${ctx.managementAccountId} do that (UpdateTrail); account ${ctx.observed.identity.accountId} is a delegated administrator. Nothing was written.`,
        remediation: `# Run in the management account ${ctx.managementAccountId}:
${(0,cli/* updateTrailCommand */.Fw)(ctx.trailArn, ctx.homeRegion, [conversion])}`
    });
}
/**
 * The trails that count toward the home region's limit of the account the new trail belongs to: those
 * homed there, and every multi-region trail homed elsewhere (it counts as one trail in every region).
 */
function trailsCounted(ctx, trails) {
    return trails.filter((t) => (0,aws_arn/* accountOf */.XP)(t.arn) === ctx.managementAccountId && (t.homeRegion === ctx.homeRegion || t.isMultiRegionTrail));
}
/** A trail at the limit, for people: the command to delete it, unless another system manages it. */
function limitRemedy(t) {
    const manager = (0,managers/* trailManager */.kk)(t.name);
    return manager
        ? `${t.arn}: managed by ${managers/* MANAGERS */.TN[manager].name}, never to delete by hand`
        : (0,cli/* deleteTrailCommand */.$S)(t.arn, t.homeRegion);
}
function planCreate(ctx, trails) {
    const counted = trailsCounted(ctx, trails);
    const named = (t) => t.homeRegion === ctx.homeRegion ? t.name : `${t.name} (multi-region, homed in ${t.homeRegion})`;
    const steps = [];
    if (counted.length >= cloudtrail/* MAX_TRAILS_PER_REGION */.Ww) {
        steps.push((0,findings/* prerequisite */.l1)({
            id: 'cloudtrail.trail-limit',
            severity: 'blocker',
            title: `${ctx.homeRegion} already has ${counted.length} trails`,
            detail: `CloudTrail allows ${cloudtrail/* MAX_TRAILS_PER_REGION */.Ww} trails per region, a multi-region trail counting in every region, and the limit cannot be raised: ${counted.map(named).join(', ')}.`,
            remediation: `# Delete a trail you no longer need (in its home region), or adopt one by setting trail-name to its name:\n${counted.map((t) => `# ${limitRemedy(t)}`).join('\n')}`
        }));
        return steps;
    }
    steps.push((0,findings/* prerequisite */.l1)({
        id: 'cloudtrail.trail-limit',
        severity: 'ok',
        title: 'Room for the trail',
        detail: `${counted.length} of ${cloudtrail/* MAX_TRAILS_PER_REGION */.Ww} trails in ${ctx.homeRegion}, multi-region trails homed elsewhere included.`
    }));
    const changes = [
        {
            kind: 'create-trail',
            region: ctx.homeRegion,
            trail: { ...ctx.declared, snsTopicName: ctx.settings.trail.snsTopicName }
        }
    ];
    if (ctx.settings.startLogging)
        changes.push({ kind: 'start-logging', arn: ctx.trailArn, region: ctx.homeRegion });
    steps.push({
        finding: (0,findings/* finding */.gk)({
            id: 'cloudtrail.trail',
            category: 'prerequisite',
            severity: 'fixable',
            title: `Trail ${ctx.settings.trail.name} does not exist`,
            detail: `It will be created in ${ctx.homeRegion}.`,
            remediation: createCommand(ctx)
        }),
        changes
    });
    steps.push(...checkOtherOrganizationTrails(ctx, trails));
    return steps;
}
function planUpdate(ctx, trails) {
    const observed = ctx.observed.trail;
    if (observed === null)
        return [];
    const config = observed.config;
    const fields = (0,trail_diff/* diffTrail */.Kj)(config, ctx.declared);
    const elsewhere = foreignRegionalTrail(ctx, config, fields);
    if (elsewhere)
        return [elsewhere, ...checkOtherOrganizationTrails(ctx, trails)];
    const conversion = delegatedConversion(ctx, config, fields);
    const refused = [
        ...(0,trail_diff/* refusedChanges */.q_)(fields, ctx.settings.allowDestructiveChanges),
        ...(conversion === null ? [] : fields.filter((f) => f.field === 'IsOrganizationTrail'))
    ];
    // Refused weakenings are left out; the rest of the drift is still reported (and applied once unblocked).
    const allowed = fields.filter((f) => !refused.includes(f));
    return [
        ...(conversion ? [conversion] : []),
        ...otherHomeRegion(ctx, config),
        ...fields.flatMap((f) => weakeningStep(ctx, f)),
        ...drift(ctx, config, allowed, fields.length === 0),
        checkLogging(ctx, config),
        ...checkOtherOrganizationTrails(ctx, trails)
    ];
}
/** A trail homed elsewhere than aws-region is managed where it lives: a trail cannot move. */
function otherHomeRegion(ctx, config) {
    if (config.homeRegion === ctx.settings.region)
        return [];
    return [
        (0,findings/* prerequisite */.l1)({
            id: 'cloudtrail.home-region',
            severity: 'warning',
            title: 'Trail is homed in another region',
            detail: `${config.name} was created in ${config.homeRegion}, not ${ctx.settings.region}; org-trail manages it in ${config.homeRegion}. A trail cannot move to another home region.`,
            remediation: `Set aws-region: ${config.homeRegion} to make the declaration match.`
        })
    ];
}
/** A change that weakens the trail: refused (a blocker) unless allow-destructive-changes, then a warning. */
function weakeningStep(ctx, f) {
    const why = (0,trail_diff/* weakening */.C$)(f);
    if (why === null)
        return [];
    const id = `trail.destructive.${f.field}`;
    const label = (0,trail_fields/* fieldLabel */.bk)(f.field);
    const turnOff = (0,trail_diff/* destructiveVerb */.qH)(f.field) === 'turn off';
    const spec = (0,trail_fields/* fieldSpec */.KQ)(f.field);
    const bucketBefore = ctx.observed.trail?.config.s3BucketName ?? ctx.declared.s3BucketName;
    // Where the value points, before and after (the prefix: where the log files land).
    const moves = spec.kind !== 'flag' && spec.points
        ? ` (${spec.points(String(f.before), bucketBefore)} → ${spec.points(String(f.after), ctx.declared.s3BucketName)})`
        : '';
    if (ctx.settings.allowDestructiveChanges)
        return [
            (0,findings/* prerequisite */.l1)({
                id,
                severity: 'warning',
                title: turnOff ? `${label} will be turned off` : `${label} will change: ${(0,trail_fields/* show */.WU)(f.before)} → ${(0,trail_fields/* show */.WU)(f.after)}`,
                detail: `Allowed by allow-destructive-changes: ${why}${moves}.`
            })
        ];
    return [
        (0,findings/* prerequisite */.l1)({
            id,
            severity: 'blocker',
            title: `Refusing to ${(0,trail_diff/* destructiveVerb */.qH)(f.field)} ${turnOff ? label.toLowerCase() : `the ${label}`}`,
            detail: turnOff
                ? `The declaration turns it off, and ${why}.`
                : `The declaration changes it from ${(0,trail_fields/* show */.WU)(f.before)} to ${(0,trail_fields/* show */.WU)(f.after)}${moves}, and ${why}.`,
            remediation: turnOff
                ? `Declare it true again, or set allow-destructive-changes: true if this is intended.`
                : `${f.before === '' ? 'Leave the input empty to keep it as it is' : `Declare ${(0,trail_fields/* show */.WU)(f.before)} again (or leave the input empty to keep it)`}, or set allow-destructive-changes: true if this is intended.`
        })
    ];
}
/** The update of the fields apply may change; ok when nothing differs at all, nothing when all is refused. */
function drift(ctx, config, allowed, inSync) {
    if (inSync)
        return [
            (0,findings/* prerequisite */.l1)({
                id: 'cloudtrail.trail',
                severity: 'ok',
                title: `Trail ${config.name}`,
                detail: 'Configured as declared.'
            })
        ];
    if (allowed.length === 0)
        return [];
    const pair = (0,trail_diff/* cloudWatchLogsPair */.Gx)(allowed, ctx.declared);
    return [
        (0,findings/* prerequisite */.l1)({
            id: 'cloudtrail.trail',
            severity: 'fixable',
            title: `Trail ${config.name} differs from its declaration`,
            detail: allowed.map((f) => `${(0,trail_fields/* fieldLabel */.bk)(f.field)}: ${(0,trail_fields/* show */.WU)(f.before)} → ${(0,trail_fields/* show */.WU)(f.after)}`).join('; '),
            remediation: (0,cli/* updateTrailCommand */.Fw)(config.arn, config.homeRegion, allowed, pair),
            changes: [
                {
                    kind: 'update-trail',
                    arn: config.arn,
                    region: config.homeRegion,
                    fields: allowed,
                    ...(pair ? { cloudWatchLogs: pair } : {})
                }
            ]
        })
    ];
}
function checkLogging(ctx, config) {
    const status = ctx.observed.trail?.status;
    const id = 'cloudtrail.logging';
    if (!status)
        return (0,findings/* prerequisite */.l1)({ id, severity: 'ok', title: 'Logging', detail: '' });
    if (!status.ok)
        return (0,findings/* unreadable */.O$)({ id, title: 'Logging', failure: status.failure });
    if (status.value.isLogging)
        return (0,findings/* prerequisite */.l1)({ id, severity: 'ok', title: 'Logging', detail: `${config.name} is logging.` });
    const command = (0,cli/* startLoggingCommand */.xo)(config.arn, config.homeRegion);
    if (!ctx.settings.startLogging) {
        return (0,findings/* prerequisite */.l1)({
            id,
            severity: 'warning',
            title: 'Trail is not logging',
            detail: 'start-logging is false, so org-trail leaves it stopped: no event is recorded.',
            remediation: command
        });
    }
    return (0,findings/* prerequisite */.l1)({
        id,
        severity: 'fixable',
        title: 'Trail is not logging',
        detail: 'Logging was stopped: no event is being recorded.',
        remediation: command,
        changes: [{ kind: 'start-logging', arn: config.arn, region: config.homeRegion }]
    });
}
function createCommand(ctx) {
    const start = ctx.settings.startLogging ? `\n${(0,cli/* startLoggingCommand */.xo)(ctx.trailArn, ctx.homeRegion)}` : '';
    return `${(0,cli/* createTrailCommand */.yy)(ctx.settings.trail, ctx.homeRegion)}${start}`;
}

// EXTERNAL MODULE: ./src/settings/selectors.ts
var selectors = __webpack_require__(1043);
;// CONCATENATED MODULE: ./src/plan/selectors.ts
// Event and insight selectors: declared vs observed, compared the way AWS reads them, so that an unchanged
// declaration never causes a write; and the checks that converge them.



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
        return [(0,findings/* unreadable */.O$)({ id, title: 'Event selectors', failure: observed.failure })];
    if (!selectorsDiffer(declared, observed?.ok ? observed.value : null)) {
        return [
            (0,findings/* prerequisite */.l1)({
                id,
                severity: 'ok',
                title: 'Event selectors',
                detail: `The ${declared.kind === 'event' ? 'event' : 'advanced event'} selectors match the declaration.`
            })
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
            (0,findings/* prerequisite */.l1)({
                id: 'trail.destructive.EventSelectors',
                severity: 'blocker',
                title: 'Refusing to narrow the event selectors',
                detail: `The declared selectors log less than the trail does now: ${why}.`,
                remediation: 'Declare selectors that log all management events (ReadWriteType All), or set allow-destructive-changes: true if this is intended.'
            })
        ];
    }
    return [
        (0,findings/* prerequisite */.l1)({
            id,
            severity: why === null ? 'fixable' : 'warning',
            title: why === null ? 'Event selectors differ' : 'Event selectors will be narrowed',
            detail: why === null
                ? `The trail's selectors differ from the declared ${declared.kind === 'event' ? 'event' : 'advanced event'} selectors.`
                : `Allowed by allow-destructive-changes: ${why}.`,
            changes: [change]
        })
    ];
}
function checkInsights(ctx) {
    const declared = ctx.settings.insightSelectors;
    if (declared === null)
        return [];
    const id = 'cloudtrail.insight-selectors';
    const observed = ctx.observed.trail?.insights;
    if (observed && !observed.ok)
        return [(0,findings/* unreadable */.O$)({ id, title: 'Insight selectors', failure: observed.failure })];
    if (!insightsDiffer(declared, observed?.ok ? observed.value : null)) {
        return [(0,findings/* prerequisite */.l1)({ id, severity: 'ok', title: 'Insight selectors', detail: 'Match the declaration.' })];
    }
    return [
        (0,findings/* prerequisite */.l1)({
            id,
            severity: 'fixable',
            title: 'Insight selectors differ',
            detail: declared.length === 0
                ? 'Insights are on but declared off.'
                : `Declared: ${declared.map((s) => s.InsightType).join(', ')}.`,
            changes: [
                {
                    kind: 'put-insight-selectors',
                    arn: ctx.trailArn,
                    region: ctx.homeRegion,
                    insightSelectors: declared,
                    ...(observed?.ok ? { before: observed.value } : {})
                }
            ]
        })
    ];
}

// EXTERNAL MODULE: ./src/settings/tags.ts
var settings_tags = __webpack_require__(2312);
;// CONCATENATED MODULE: ./src/plan/tags.ts
// Tags of the trail: declared tags converged, provenance tags carried along with other changes.



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
        return [(0,findings/* unreadable */.O$)({ id, title: 'Tags', failure: observed.failure })];
    const current = observed?.ok ? observed.value : null;
    const declared = tagsToSet(tags, current);
    const overLimit = tagLimit(ctx, current, declared);
    if (overLimit)
        return [overLimit];
    const riding = otherChanges.length > 0 || Object.keys(declared).length > 0 ? tagsToSet(provenanceTags, current) : {};
    // Provenance tags are a courtesy: they never push a trail over CloudTrail's limit.
    const provenance = countAfter(current, { ...declared, ...riding }) <= settings_tags/* MAX_TAGS */.x3 ? riding : {};
    const set = { ...declared, ...provenance };
    if (Object.keys(declared).length === 0) {
        const step = (0,findings/* prerequisite */.l1)({
            id,
            severity: 'ok',
            title: 'Tags',
            detail: Object.keys(tags).length > 0 ? 'Every declared tag is set.' : 'No tags declared.'
        });
        return Object.keys(set).length > 0 ? [{ ...step, changes: [addTags(ctx, set, current)] }] : [step];
    }
    return [
        (0,findings/* prerequisite */.l1)({
            id,
            severity: 'fixable',
            title: 'Tags differ',
            detail: `To set: ${Object.keys(declared).join(', ')}. Tags that are not declared are kept.`,
            changes: [addTags(ctx, set, current)]
        })
    ];
}
/** How many tags the trail has once `set` is added: new keys count, changed values do not. */
function countAfter(current, set) {
    return new Set([...Object.keys(current ?? {}), ...Object.keys(set)]).size;
}
/**
 * CloudTrail refuses AddTags that would leave a trail with more than 50 tags, counting those it has
 * (TagsLimitExceededException): a blocker before any write, with the count.
 */
function tagLimit(ctx, current, declared) {
    const after = countAfter(current, declared);
    if (after <= settings_tags/* MAX_TAGS */.x3)
        return null;
    const has = Object.keys(current ?? {}).length;
    const added = Object.keys(declared).filter((k) => current?.[k] === undefined);
    return (0,findings/* prerequisite */.l1)({
        id: 'cloudtrail.tags',
        severity: 'blocker',
        title: `Tags: more than ${settings_tags/* MAX_TAGS */.x3} on the trail`,
        detail: `The trail has ${has} tags and the declaration adds ${added.length} (${added.join(', ')}): ${after} in all, and CloudTrail allows at most ${settings_tags/* MAX_TAGS */.x3} per trail (tags org-trail does not manage count too). Nothing is tagged.`,
        remediation: `# Remove at least ${after - settings_tags/* MAX_TAGS */.x3} tags the trail no longer needs (KEY), or declare fewer:\n${(0,cli/* removeTagsCommand */.tW)(ctx.trailArn, ctx.homeRegion, ['KEY'])}`
    });
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















function contextOf(settings, observed) {
    const organization = observed.organization.ok ? observed.organization.value : null;
    const managementAccountId = (0,cloudtrail/* managementAccountOf */.uy)(settings.trail.isOrganizationTrail, organization, observed.identity.accountId);
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
        trailArn: existing?.arn ?? (0,aws_arn/* trailArn */.eL)(observed.identity.partition, settings.region, managementAccountId, settings.trail.name),
        homeRegion: existing?.homeRegion ?? settings.region,
        managedBy: existing
            ? (0,managers/* trailManager */.kk)(existing.name, observed.trail?.tags?.ok ? observed.trail.tags.value : null)
            : null
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
        ...checkTrail(ctx),
        ...checkSelectors(ctx),
        ...checkInsights(ctx)
    ];
    steps.push(...checkTags(ctx, steps.flatMap((s) => s.changes ?? [])), ...(0,posture/* checkPosture */.p)(ctx));
    const members = observed.members ? (0,plan_members/* reviewMembers */.WY)(ctx, observed.members) : undefined;
    if (members)
        steps.push(...(0,plan_members/* checkMembers */.c_)(ctx, members));
    // A trail another system manages is watched: its differences, and its bucket's and key's, are its owner's.
    const { managedBy } = ctx;
    const decided = managedBy ? steps.map((s) => (0,managers/* leftToOwner */.uY)(s, managedBy, () => true)) : steps;
    const findings = decided.map((s) => s.finding);
    const changes = decided
        .flatMap((s) => s.changes ?? [])
        .map((change, index) => ({ change, index }))
        .sort((a, b) => (0,writes/* stageOf */.gV)(a.change) - (0,writes/* stageOf */.gV)(b.change) || a.index - b.index)
        .map(({ change }) => change);
    const foundGrants = steps.flatMap((s) => (s.found ? [s.found] : []));
    const elsewhere = [
        bucketPolicyElsewhere(ctx, grantFor(ctx)),
        settings.trail.kmsKeyId ? keyPolicyElsewhere(ctx) : null
    ].filter((p) => p !== null);
    return {
        findings,
        changes,
        ...(foundGrants.length > 0 ? { foundGrants } : {}),
        ...(elsewhere.length > 0 ? { policiesElsewhere: elsewhere } : {}),
        trailArn: ctx.trailArn,
        homeRegion: ctx.homeRegion,
        managementAccountId: ctx.managementAccountId,
        blocked: findings.some((f) => f.severity === 'blocker'),
        ...(managedBy ? { managedBy } : {}),
        ...(members ? { members } : {})
    };
}


/***/ }),

/***/ 3051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ checkPosture)
});

// EXTERNAL MODULE: ./src/aws/arn.ts
var arn = __webpack_require__(1626);
// EXTERNAL MODULE: ./src/observe/event-coverage.ts
var event_coverage = __webpack_require__(4479);
// EXTERNAL MODULE: ./src/plan/findings.ts
var findings = __webpack_require__(7913);
// EXTERNAL MODULE: ./src/plan/managers.ts
var managers = __webpack_require__(7527);
// EXTERNAL MODULE: ./src/aws/cli.ts
var cli = __webpack_require__(1191);
;// CONCATENATED MODULE: ./src/plan/posture-controls.ts
// The posture controls, one entry each: its Security Hub id, its CIS AWS Foundations Benchmark v3.0.0
// recommendation, its title, and how it judges the trail (as it is, and as apply would leave it) or the
// log bucket (which apply does not change, so it is judged as it is). Their order is the report's.


function unknown(failure, what) {
    const read = (0,findings/* failedRead */.Yr)(failure);
    return {
        state: 'unknown',
        detail: `${read.what}, so ${what} could not be checked.${read.why}`,
        remediation: read.remediation
    };
}
const pass = (detail) => ({ state: 'pass', detail });
const fail = (detail, remediation) => ({ state: 'fail', detail, remediation });
/** CloudTrail.1: every region, and read and write management events. */
function multiRegion(t, ctx) {
    const events = t.managementEvents;
    if (!events.ok)
        return unknown(events.failure, 'read and write management events');
    if (t.isMultiRegionTrail && events.value.readAndWrite)
        return pass('Every region is logged with all management events.');
    if (!t.isMultiRegionTrail)
        return fail('The trail logs only its home region.', 'Set the input is-multi-region-trail: true.');
    const all = `'[{"ReadWriteType":"All","IncludeManagementEvents":true}]'`;
    return fail('Management events are not logged with ReadWriteType All.', `# Or declare event-selectors. This replaces every selector of the trail, data events included.\n${(0,cli/* putEventSelectorsCommand */.Jw)(ctx.trailArn, ctx.homeRegion, all)}`);
}
function encrypted(t, ctx) {
    if (t.kmsKeyId)
        return pass(`Key ${t.kmsKeyId}.`);
    return fail('Log files are encrypted with S3-managed keys only; a KMS key adds access control and an audit trail of decryption.', `# Set the inputs kms-key-id and manage-kms-key-policy: true, or by hand (the key policy must allow\n# cloudtrail.amazonaws.com kms:GenerateDataKey* and kms:DescribeKey, and kms:Decrypt when the bucket\n# uses an S3 Bucket Key):\n${(0,cli/* updateTrailCommand */.Fw)(ctx.trailArn, ctx.homeRegion, [{ field: 'KmsKeyId', before: '', after: 'KEY_ARN' }])}`);
}
function validated(t) {
    if (t.logFileValidationEnabled)
        return pass('Digest files let you prove log files were not changed.');
    return fail('Log file validation is off: changes to delivered log files cannot be detected.', 'Set enable-log-file-validation: true.');
}
function cloudWatchLogs(t, ctx) {
    if (t.cloudWatchLogsLogGroupArn)
        return pass(`Log group ${t.cloudWatchLogsLogGroupArn}.`);
    const pair = { logGroupArn: 'LOG_GROUP_ARN', roleArn: 'ROLE_ARN' };
    return fail('Without CloudWatch Logs there are no metric filters or alarms on API activity.', `# Set the inputs cloud-watch-logs-log-group-arn and cloud-watch-logs-role-arn, or by hand (the role must\n# trust cloudtrail.amazonaws.com and allow logs:CreateLogStream and logs:PutLogEvents on the group):\n${(0,cli/* updateTrailCommand */.Fw)(ctx.trailArn, ctx.homeRegion, [], pair)}`);
}
/** The trail's key reference (an ARN or a key id) names the key observe read, known by its full ARN. */
function isKeyOf(reference, keyArn) {
    return keyArn === reference || keyArn.endsWith(`:key/${reference}`);
}
/** KMS.4 on the key the trail uses: its rotation is known when it is the declared key, read by observe. */
function keyRotation(t, ctx) {
    const keyId = t.kmsKeyId;
    if (!keyId)
        return { state: 'no-key', detail: 'The trail has no KMS key (see CloudTrail.2).' };
    const key = ctx.observed.kmsKey?.ok ? ctx.observed.kmsKey.value : null;
    const region = key?.region ?? ctx.homeRegion;
    if (key === null || !isKeyOf(keyId, key.arn))
        return {
            state: 'unknown',
            detail: `Rotation of ${keyId} was not read: org-trail reads the key named by the input kms-key-id.`,
            remediation: `# Set kms-key-id to this key, or check by hand:\n${(0,cli/* getKeyRotationStatusCommand */.B7)(keyId, region)}`
        };
    const rotation = key.rotationEnabled;
    if (!rotation.ok)
        return unknown(rotation.failure, `rotation of ${keyId}`);
    return rotation.value
        ? pass(`Automatic rotation is enabled on ${keyId}.`)
        : fail(`Automatic rotation is off on ${keyId}.`, (0,cli/* enableKeyRotationCommand */.I7)(keyId, region));
}
/** S3.22 and S3.23: S3 object-level events of every bucket, written or read. */
function dataEvents(kind) {
    const declare = `# Data events are charged per event: in an organization trail, for every S3 object request of every\n# member account. To log ${kind} events of every bucket, declare (keeping a management events selector):\nadvanced-event-selectors: |\n  - Name: Management events\n    FieldSelectors:\n      - { Field: eventCategory, Equals: [Management] }\n  - Name: S3 object-level events\n    FieldSelectors:\n      - { Field: eventCategory, Equals: [Data] }\n      - { Field: resources.type, Equals: [AWS::S3::Object] }`;
    return (t) => {
        const events = t.s3DataEvents;
        if (!events.ok)
            return unknown(events.failure, `S3 ${kind} data events`);
        return events.value[kind]
            ? pass(`S3 object-level ${kind} events of every bucket are logged.`)
            : fail(`No selector logs S3 object-level ${kind} events of every bucket.`, declare);
    };
}
function publicBucket(ctx) {
    const { publicAccessBlock, policyIsPublic, name } = ctx.observed.bucket;
    const failed = [publicAccessBlock, policyIsPublic].flatMap((r) => (r.ok ? [] : [(0,findings/* failedRead */.Yr)(r.failure)]));
    if (failed.length > 0) {
        return {
            state: 'unknown',
            detail: `${failed.map((f) => f.what).join('; ')}, so whether ${name} is public could not be checked.${[...new Set(failed.map((f) => f.why))].join('')}`,
            remediation: [...new Set(failed.map((f) => f.remediation))].join('\n')
        };
    }
    const block = publicAccessBlock.ok ? publicAccessBlock.value : null;
    const fullyBlocked = block !== null &&
        block.blockPublicAcls &&
        block.ignorePublicAcls &&
        block.blockPublicPolicy &&
        block.restrictPublicBuckets;
    const command = (0,cli/* putPublicAccessBlockCommand */.vE)(name);
    if (policyIsPublic.ok && policyIsPublic.value)
        return fail(`The log bucket is public: the policy of ${name} grants public access to the audit log.`, `# Remove the statements that grant public access, then:\n${command}`);
    if (!fullyBlocked)
        return fail(`Public access to ${name} is not blocked: it has no complete Block Public Access configuration of its own.`, command);
    return pass(`Block Public Access is on for ${name}.`);
}
function accessLogging(ctx) {
    const { accessLogging: logging, name } = ctx.observed.bucket;
    if (!logging.ok)
        return unknown(logging.failure, 'access logging of the log bucket');
    if (logging.value)
        return pass(`Server access logging is enabled on ${name}.`);
    return fail(`Requests to ${name} are not logged.`, `# ACCESS_LOG_BUCKET: a bucket that receives S3 server access logs (not the trail bucket itself).\n${(0,cli/* putBucketLoggingCommand */.mv)(name, 'ACCESS_LOG_BUCKET')}`);
}
const CONTROLS = [
    {
        securityHub: 'CloudTrail.1',
        cis: '3.1',
        title: 'Multi-region, read and write management events',
        of: 'trail',
        judge: multiRegion
    },
    { securityHub: 'CloudTrail.2', cis: '3.5', title: 'Encrypted at rest with SSE-KMS', of: 'trail', judge: encrypted },
    { securityHub: 'CloudTrail.4', cis: '3.2', title: 'Log file validation', of: 'trail', judge: validated },
    // CIS v3.0.0 dropped the CloudWatch Logs recommendation (3.4 in v1.4.0); Security Hub still has the control.
    {
        securityHub: 'CloudTrail.5',
        cis: null,
        title: 'Integrated with CloudWatch Logs',
        of: 'trail',
        judge: cloudWatchLogs
    },
    {
        securityHub: 'KMS.4',
        cis: '3.6',
        title: 'Rotation of the trail key',
        of: 'trail',
        judge: keyRotation,
        applies: (now, after) => Boolean(now?.kmsKeyId || after?.kmsKeyId)
    },
    { securityHub: 'S3.22', cis: '3.8', title: 'S3 object-level write events', of: 'trail', judge: dataEvents('write') },
    { securityHub: 'S3.23', cis: '3.9', title: 'S3 object-level read events', of: 'trail', judge: dataEvents('read') },
    { securityHub: 'CloudTrail.6', cis: null, title: 'Log bucket not public', of: 'bucket', judge: publicBucket },
    {
        securityHub: 'CloudTrail.7',
        cis: '3.4',
        title: 'Access logging on the log bucket',
        of: 'bucket',
        judge: accessLogging
    }
];

;// CONCATENATED MODULE: ./src/plan/posture.ts
// Posture: the trail and its resources judged as they are, as Security Hub, Prowler and auditors judge
// them, and as they would be after apply. The controls themselves are posture-controls.ts's table.





/** The trail as it is: as observed before apply, or as re-read after it; null when there is none. */
function viewNow(ctx) {
    const t = ctx.observed.trail;
    if (!t)
        return null;
    const selectors = t.selectors;
    return {
        ...t.config,
        managementEvents: t.managementEvents,
        s3DataEvents: selectors.ok
            ? { ok: true, value: (0,event_coverage/* s3DataEventCoverage */.b)(selectors.value.event, selectors.value.advanced) }
            : selectors
    };
}
/** What selectors log, for the posture controls. */
function coverage(selectors) {
    return {
        managementEvents: { ok: true, value: (0,event_coverage/* managementEventCoverage */.o)(selectors.event, selectors.advanced) },
        s3DataEvents: { ok: true, value: (0,event_coverage/* s3DataEventCoverage */.b)(selectors.event, selectors.advanced) }
    };
}
/** The trail once apply has run: the declaration where org-trail manages a setting, else as it is. */
function viewAfterApply(ctx, now) {
    const kmsKeyId = ctx.declared.kmsKeyId || now?.kmsKeyId;
    const logGroup = ctx.declared.cloudWatchLogsLogGroupArn || now?.cloudWatchLogsLogGroupArn;
    const { eventSelectors, advancedEventSelectors } = ctx.settings;
    // A new trail gets CloudTrail's default selectors: every management event, no data event.
    const events = eventSelectors
        ? coverage({ event: eventSelectors, advanced: [] })
        : advancedEventSelectors
            ? coverage({ event: [], advanced: advancedEventSelectors })
            : now
                ? { managementEvents: now.managementEvents, s3DataEvents: now.s3DataEvents }
                : coverage({ event: [], advanced: [] });
    return {
        isMultiRegionTrail: ctx.settings.trail.isMultiRegionTrail,
        logFileValidationEnabled: ctx.settings.trail.enableLogFileValidation,
        ...(kmsKeyId ? { kmsKeyId } : {}),
        ...(logGroup ? { cloudWatchLogsLogGroupArn: logGroup } : {}),
        ...events
    };
}
const NO_TRAIL = { state: 'no-trail', detail: 'There is no trail.' };
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
        ...(0,findings/* finding */.gk)({
            id: ids.securityHub,
            category: 'posture',
            severity,
            title,
            detail,
            remediation: end.state === 'pass' ? '' : (end.remediation ?? '')
        }),
        control: { ...ids, now: now.state, afterApply: changes ? after.state : null }
    };
}
/** One control's finding, or none when it does not apply (a bucket control without a bucket, KMS.4 without a key). */
function judged(c, ctx, now, after) {
    const ids = { securityHub: c.securityHub, cis: c.cis };
    if (c.of === 'bucket') {
        const { region, name } = ctx.observed.bucket;
        if (!region.ok || region.value === null)
            return [];
        return [byOwner(control(ids, c.title, c.judge(ctx), null), (0,managers/* bucketOwnerOf */.$g)(ctx), (m) => m.remedy.bucket(name))];
    }
    if (c.applies && !c.applies(now, after))
        return [];
    const judge = (view) => (view ? c.judge(view, ctx) : NO_TRAIL);
    const found = control(ids, c.title, judge(now), after ? judge(after) : null);
    return [ofTrailOwner(found, ctx)];
}
/** A finding on the trail: with the remedy of the system that manages it, when one does. */
function ofTrailOwner(f, ctx) {
    return byOwner(f, ctx.managedBy, (m) => m.remedy.trail((0,arn/* trailNameOf */.Zu)(ctx.trailArn)));
}
/** A control of a resource another system manages: what to do is where its owner does it, never a command on it. */
function byOwner(f, manager, remedy) {
    if (manager === null || f.remediation === '')
        return f;
    return { ...f, remediation: remedy(managers/* MANAGERS */.TN[manager]) };
}
/** Judges every control on the trail as it is and, unless `afterApply` is false, as apply would leave it. */
function checkPosture(ctx, options = { afterApply: true }) {
    const now = viewNow(ctx);
    // Apply leaves a trail another system manages as it is.
    const after = options.afterApply && ctx.managedBy === null ? viewAfterApply(ctx, now) : null;
    const steps = CONTROLS.flatMap((c) => judged(c, ctx, now, after)).map((f) => ({ finding: f }));
    const trail = ctx.observed.trail;
    if (trail?.status.ok) {
        const status = trail.status.value;
        steps.push({
            finding: ofTrailOwner(delivery(status, {
                id: 'delivery.log-files',
                label: 'Log file',
                error: status.latestDeliveryError,
                time: status.latestDeliveryTime,
                expected: true,
                cadence: 'within about 5 minutes of activity',
                remediation: 'Check the bucket policy and, with SSE-KMS, the key policy; the s3.bucket-policy finding lists what is missing.'
            }), ctx)
        });
        steps.push({
            finding: ofTrailOwner(delivery(status, {
                id: 'delivery.digest-files',
                label: 'Digest file',
                error: status.latestDigestDeliveryError,
                time: status.latestDigestDeliveryTime,
                // CloudTrail delivers digests only with log file validation on (CloudTrail.4 judges that).
                expected: trail.config.logFileValidationEnabled,
                cadence: 'every hour',
                remediation: 'Check the bucket policy and, with SSE-KMS, the key policy.'
            }), ctx)
        });
    }
    return steps;
}
/**
 * The delivery as GetTrailStatus reports it: failing, done (when last), or never done, which is judged as
 * what it is (nothing delivered yet), never as a pass.
 */
function delivery(status, d) {
    const of = { id: d.id, category: 'posture' };
    const files = `${d.label.toLowerCase()}s`;
    if (d.error) {
        return (0,findings/* finding */.gk)({
            ...of,
            severity: 'warning',
            title: `${d.label} delivery is failing`,
            detail: `CloudTrail reports: ${d.error}.`,
            remediation: d.remediation
        });
    }
    if (d.time) {
        return (0,findings/* finding */.gk)({
            ...of,
            severity: 'ok',
            title: `${d.label}s delivered`,
            detail: `Latest delivery ${d.time.toISOString()}.`
        });
    }
    if (!d.expected) {
        return (0,findings/* finding */.gk)({
            ...of,
            severity: 'ok',
            title: `No ${files}: log file validation is off`,
            detail: `CloudTrail delivers ${files} only with log file validation on (see CloudTrail.4).`
        });
    }
    if (!status.isLogging) {
        return (0,findings/* finding */.gk)({
            ...of,
            severity: 'warning',
            title: `No ${d.label.toLowerCase()} delivered`,
            detail: `CloudTrail reports no ${d.label.toLowerCase()} ever delivered, and the trail is not logging.`,
            remediation: `Start logging (start-logging: true); CloudTrail then delivers ${files} ${d.cadence}.`
        });
    }
    const since = status.startLoggingTime ? ` since logging started at ${status.startLoggingTime.toISOString()}` : '';
    return (0,findings/* finding */.gk)({
        ...of,
        severity: 'warning',
        title: `No ${d.label.toLowerCase()} delivered yet`,
        detail: `CloudTrail reports no ${d.label.toLowerCase()} delivered${since}; it delivers ${files} ${d.cadence}.`,
        remediation: `Run again later: a trail that has been logging for longer than that and still delivers nothing cannot write to its bucket. ${d.remediation}`
    });
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


/***/ })

};

//# sourceMappingURL=509.index.js.map