"""The IAM linters on policy documents, as one JSON answer: run by tools/iam-lint.mjs in .venv-iam-lint.

stdin: {"name": <policy document>, ...}
stdout: {"name": [{"tool", "issue", "severity", "actions"}...], ...} plus, under "_access", the access
level AWS's Service Authorization Reference gives each action of every document (policy_sentry's database).
"""

import json
import sys

from cloudsplaining.command.scan_policy_file import scan_policy
from parliament import analyze_policy_string
from policy_sentry.querying.actions import get_action_data


def actions_of(policy):
    statements = policy.get("Statement", [])
    if isinstance(statements, dict):
        statements = [statements]
    found = set()
    for statement in statements:
        action = statement.get("Action", [])
        found.update([action] if isinstance(action, str) else action)
    return sorted(found)


def parliament_findings(policy):
    analyzed = analyze_policy_string(json.dumps(policy), include_community_auditors=True)
    findings = []
    for f in analyzed.findings:
        detail = f.detail if isinstance(f.detail, list) else []
        actions = f.location.get("actions") if isinstance(f.location, dict) else None
        findings.append(
            {
                "tool": "parliament",
                "issue": f.issue,
                "severity": f.severity,
                "actions": sorted(actions or detail),
                "detail": f.detail if isinstance(f.detail, str) else "",
            }
        )
    return findings


def cloudsplaining_findings(policy):
    results = scan_policy(policy)
    findings = []
    for issue, result in results.items():
        if isinstance(result, dict) and result.get("findings"):
            findings.append(
                {
                    "tool": "cloudsplaining",
                    "issue": issue,
                    "severity": result.get("severity", ""),
                    "actions": sorted(result["findings"]),
                    "detail": "",
                }
            )
    return findings


def access_level(action):
    service, name = action.split(":", 1)
    rows = get_action_data(service, name).get(service, [])
    return rows[0]["access_level"] if rows else "unknown"


def main():
    policies = json.load(sys.stdin)
    answer = {}
    every = set()
    for name, policy in policies.items():
        answer[name] = parliament_findings(policy) + cloudsplaining_findings(policy)
        every.update(actions_of(policy))
    answer["_access"] = {action: access_level(action) for action in sorted(every)}
    json.dump(answer, sys.stdout)


if __name__ == "__main__":
    main()
