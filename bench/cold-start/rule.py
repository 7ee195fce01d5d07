"""The Python rule people would otherwise write (rdk / Lambda Python 3.x style, boto3): the ELBv2 listener
part of encryption-in-transit, same decision, same PutEvaluations. Run as a fresh process per invocation:
  python3 rule.py event.json      (AWS_ENDPOINT_URL points boto3 at the stub)"""
import fnmatch
import json
import sys

import boto3

DEFAULT_POLICIES = ["ELBSecurityPolicy-TLS13-1-2-*", "ELBSecurityPolicy-TLS13-1-3-*", "ELBSecurityPolicy-TLS-1-2-*",
                    "ELBSecurityPolicy-FS-1-2-*"]
PASS_THROUGH = {"TCP", "UDP", "TCP_UDP", "GENEVE"}


def evaluate(item, allowed):
    c = item["configuration"]
    protocol = c.get("Protocol", "")
    where = "%s listener on port %s" % (protocol, c.get("Port", "?"))
    if item["configurationItemStatus"] in ("ResourceDeleted", "ResourceNotRecorded", "ResourceDeletedNotRecorded"):
        return "NOT_APPLICABLE", "The resource was deleted."
    if protocol in PASS_THROUGH:
        return "NOT_APPLICABLE", where + " passes traffic through."
    if protocol == "HTTP":
        actions = c.get("DefaultActions") or []
        redirects = actions and all(a.get("Type") == "redirect" and (a.get("RedirectConfig") or {}).get("Protocol") == "HTTPS"
                                    for a in actions)
        return ("COMPLIANT", where + " only redirects to HTTPS.") if redirects else (
            "NON_COMPLIANT", where + " serves plain HTTP; expected its default action to redirect to HTTPS.")
    problems = []
    policy = c.get("SslPolicy")
    if not policy or not any(fnmatch.fnmatchcase(policy, p) for p in allowed):
        problems.append("security policy %s is not allowed" % policy)
    for cert in c.get("Certificates") or []:
        if ":acm:" not in cert.get("CertificateArn", ""):
            problems.append("certificate %s is not from ACM" % cert.get("CertificateArn"))
    if problems:
        return "NON_COMPLIANT", where + ": " + "; ".join(problems) + "."
    return "COMPLIANT", where + " uses %s with ACM certificates." % policy


def lambda_handler(event, context):
    invoking = json.loads(event["invokingEvent"])
    item = invoking["configurationItem"]
    params = json.loads(event.get("ruleParameters") or "{}")
    allowed = [p.strip() for p in params.get("allowedTlsPolicies", ",".join(DEFAULT_POLICIES)).split(",")]
    compliance, annotation = evaluate(item, allowed)
    config = boto3.client("config")
    config.put_evaluations(
        Evaluations=[{"ComplianceResourceType": item["resourceType"], "ComplianceResourceId": item["resourceId"],
                      "ComplianceType": compliance, "Annotation": annotation[:256],
                      "OrderingTimestamp": invoking["notificationCreationTime"]}],
        ResultToken=event["resultToken"])
    return compliance


if __name__ == "__main__":
    with open(sys.argv[1]) as f:
        print(lambda_handler(json.load(f), None))
