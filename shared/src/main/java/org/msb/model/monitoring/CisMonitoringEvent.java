package org.msb.model.monitoring;

import com.google.gson.JsonObject;
import org.msb.model.logs.LogFilterPattern;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The CIS AWS Foundations monitoring events (CIS v1.2 3.1-3.14, v1.4+ 4.1-4.15; Security Hub CloudWatch.1-14),
 * each described by the CloudTrail records it must catch and ordinary records it must not. A metric filter
 * covers an event when its pattern matches every one of the first and none of the second, whatever its text:
 * {@code {$.eventName=CreateTrail || $.eventName=UpdateTrail || ...}} and {@code { $.eventSource = cloudtrail.amazonaws.com
 * && ($.eventName = *Trail || $.eventName = *Logging) }} both cover CloudTrail changes.
 */
public enum CisMonitoringEvent {
    ROOT_USAGE("root-usage", "root user activity", "CloudWatch.1") {
        List<CloudTrailRecord> mustMatch(String a, String r) {
            return List.of(CloudTrailRecord.consoleLogin(a, true, true).byRoot(),
                    CloudTrailRecord.apiCall("iam.amazonaws.com", "CreateAccessKey", a, r).byRoot(),
                    CloudTrailRecord.apiCall("s3.amazonaws.com", "ListBuckets", a, r).byRoot().readOnly());
        }
    },
    UNAUTHORIZED_API_CALLS("unauthorized-api-calls", "unauthorised API calls", "CloudWatch.2") {
        List<CloudTrailRecord> mustMatch(String a, String r) {
            return List.of(CloudTrailRecord.apiCall("ec2.amazonaws.com", "RunInstances", a, r)
                            .failed("Client.UnauthorizedOperation", "You are not authorized to perform this operation."),
                    CloudTrailRecord.apiCall("iam.amazonaws.com", "ListUsers", a, r).readOnly()
                            .failed("AccessDenied", "User: arn:aws:iam::" + a + ":user/alice is not authorized to perform: iam:ListUsers"),
                    CloudTrailRecord.apiCall("kms.amazonaws.com", "Decrypt", a, r).readOnly()
                            .failed("AccessDeniedException", "User is not authorized to perform: kms:Decrypt"));
        }
    },
    CONSOLE_SIGNIN_WITHOUT_MFA("console-signin-without-mfa", "console sign-in without MFA", "CloudWatch.3") {
        List<CloudTrailRecord> mustMatch(String a, String r) { return List.of(CloudTrailRecord.consoleLogin(a, true, false)); }

        List<CloudTrailRecord> mustNotMatchAlso(String a, String r) { return List.of(CloudTrailRecord.consoleLogin(a, true, true)); }
    },
    IAM_POLICY_CHANGES("iam-policy-changes", "IAM policy changes", "CloudWatch.4") {
        List<CloudTrailRecord> mustMatch(String a, String r) {
            return calls("iam.amazonaws.com", a, "us-east-1", "DeleteGroupPolicy", "DeleteRolePolicy", "DeleteUserPolicy", "PutGroupPolicy",
                    "PutRolePolicy", "PutUserPolicy", "CreatePolicy", "DeletePolicy", "CreatePolicyVersion", "DeletePolicyVersion",
                    "AttachRolePolicy", "DetachRolePolicy", "AttachUserPolicy", "DetachUserPolicy", "AttachGroupPolicy", "DetachGroupPolicy");
        }
    },
    CLOUDTRAIL_CHANGES("cloudtrail-changes", "CloudTrail configuration changes", "CloudWatch.5") {
        List<CloudTrailRecord> mustMatch(String a, String r) {
            return calls("cloudtrail.amazonaws.com", a, r, "CreateTrail", "UpdateTrail", "DeleteTrail", "StartLogging", "StopLogging");
        }
    },
    CONSOLE_AUTH_FAILURES("console-auth-failures", "console authentication failures", "CloudWatch.6") {
        List<CloudTrailRecord> mustMatch(String a, String r) { return List.of(CloudTrailRecord.consoleLogin(a, false, false)); }

        List<CloudTrailRecord> mustNotMatchAlso(String a, String r) {
            return List.of(CloudTrailRecord.consoleLogin(a, true, true), CloudTrailRecord.consoleLogin(a, true, false));
        }
    },
    KMS_KEY_DELETION("kms-key-deletion", "disabling or scheduled deletion of KMS keys", "CloudWatch.7") {
        List<CloudTrailRecord> mustMatch(String a, String r) {
            return calls("kms.amazonaws.com", a, r, "DisableKey", "ScheduleKeyDeletion");
        }
    },
    S3_POLICY_CHANGES("s3-policy-changes", "S3 bucket policy changes", "CloudWatch.8") {
        List<CloudTrailRecord> mustMatch(String a, String r) {
            return calls("s3.amazonaws.com", a, r, "PutBucketAcl", "PutBucketPolicy", "PutBucketCors", "PutBucketLifecycle",
                    "PutBucketReplication", "DeleteBucketPolicy", "DeleteBucketCors", "DeleteBucketLifecycle", "DeleteBucketReplication");
        }
    },
    CONFIG_CHANGES("config-changes", "AWS Config configuration changes", "CloudWatch.9") {
        List<CloudTrailRecord> mustMatch(String a, String r) {
            return calls("config.amazonaws.com", a, r, "StopConfigurationRecorder", "DeleteDeliveryChannel", "PutDeliveryChannel",
                    "PutConfigurationRecorder");
        }
    },
    SECURITY_GROUP_CHANGES("security-group-changes", "security group changes", "CloudWatch.10") {
        List<CloudTrailRecord> mustMatch(String a, String r) {
            return calls("ec2.amazonaws.com", a, r, "AuthorizeSecurityGroupIngress", "AuthorizeSecurityGroupEgress",
                    "RevokeSecurityGroupIngress", "RevokeSecurityGroupEgress", "CreateSecurityGroup", "DeleteSecurityGroup");
        }
    },
    NACL_CHANGES("nacl-changes", "network ACL changes", "CloudWatch.11") {
        List<CloudTrailRecord> mustMatch(String a, String r) {
            return calls("ec2.amazonaws.com", a, r, "CreateNetworkAcl", "CreateNetworkAclEntry", "DeleteNetworkAcl",
                    "DeleteNetworkAclEntry", "ReplaceNetworkAclEntry", "ReplaceNetworkAclAssociation");
        }
    },
    NETWORK_GATEWAY_CHANGES("network-gateway-changes", "network gateway changes", "CloudWatch.12") {
        List<CloudTrailRecord> mustMatch(String a, String r) {
            return calls("ec2.amazonaws.com", a, r, "CreateCustomerGateway", "DeleteCustomerGateway", "AttachInternetGateway",
                    "CreateInternetGateway", "DeleteInternetGateway", "DetachInternetGateway");
        }
    },
    ROUTE_TABLE_CHANGES("route-table-changes", "route table changes", "CloudWatch.13") {
        List<CloudTrailRecord> mustMatch(String a, String r) {
            return calls("ec2.amazonaws.com", a, r, "CreateRoute", "CreateRouteTable", "ReplaceRoute", "ReplaceRouteTableAssociation",
                    "DeleteRouteTable", "DeleteRoute", "DisassociateRouteTable");
        }
    },
    VPC_CHANGES("vpc-changes", "VPC changes", "CloudWatch.14") {
        List<CloudTrailRecord> mustMatch(String a, String r) {
            return calls("ec2.amazonaws.com", a, r, "CreateVpc", "DeleteVpc", "ModifyVpcAttribute", "AcceptVpcPeeringConnection",
                    "CreateVpcPeeringConnection", "DeleteVpcPeeringConnection", "RejectVpcPeeringConnection");
        }
    },
    ORGANIZATIONS_CHANGES("organizations-changes", "AWS Organizations changes", "CIS 4.15") {
        List<CloudTrailRecord> mustMatch(String a, String r) {
            return calls("organizations.amazonaws.com", a, "us-east-1", "AcceptHandshake", "AttachPolicy", "CreateAccount",
                    "CreateOrganizationalUnit", "CreatePolicy", "DeclineHandshake", "DeleteOrganization", "DeleteOrganizationalUnit",
                    "DeletePolicy", "DetachPolicy", "DisablePolicyType", "EnablePolicyType", "InviteAccountToOrganization",
                    "LeaveOrganization", "MoveAccount", "RemoveAccountFromOrganization", "UpdatePolicy", "UpdateOrganizationalUnit");
        }
    };

    private final String key;
    private final String title;
    private final String reference;

    CisMonitoringEvent(String key, String title, String reference) {
        this.key = key;
        this.title = title;
        this.reference = reference;
    }

    /** The name used in rule parameters, e.g. {@code root-usage}. */
    public String key() { return key; }

    /** What it is, for annotations, e.g. "root user activity". */
    public String title() { return title; }

    /** The Security Hub control (CloudWatch.n) or CIS recommendation it corresponds to. */
    public String reference() { return reference; }

    /** Records a filter for this event must match. */
    abstract List<CloudTrailRecord> mustMatch(String account, String region);

    /** Event-specific records it must not match (besides the ordinary activity every filter must let pass). */
    List<CloudTrailRecord> mustNotMatchAlso(String account, String region) { return List.of(); }

    /** The records a filter for this event must catch, in {@code account} and {@code region}. */
    public List<JsonObject> positives(String account, String region) {
        return mustMatch(account, region).stream().map(CloudTrailRecord::json).toList();
    }

    /**
     * Records it must not catch: ordinary reads by a user and by a role session (so a filter that counts every
     * event is not mistaken for an alert), plus the event's own near misses (a sign-in with MFA...).
     */
    public List<JsonObject> negatives(String account, String region) {
        List<CloudTrailRecord> all = new ArrayList<>(CloudTrailRecord.routineActivity(account, region));
        all.addAll(mustNotMatchAlso(account, region));
        return all.stream().map(CloudTrailRecord::json).toList();
    }

    /** True when the pattern catches every record of this event and none of the ordinary ones. */
    public boolean isCoveredBy(LogFilterPattern pattern, String account, String region) {
        return positives(account, region).stream().allMatch(pattern::matches)
                && negatives(account, region).stream().noneMatch(pattern::matches);
    }

    public static Optional<CisMonitoringEvent> byKey(String key) {
        return Arrays.stream(values()).filter(e -> e.key.equals(key)).findFirst();
    }

    /** Every key, for parameter validation and docs. */
    public static List<String> keys() { return Arrays.stream(values()).map(CisMonitoringEvent::key).toList(); }

    private static List<CloudTrailRecord> calls(String source, String account, String region, String... names) {
        return Arrays.stream(names).map(n -> CloudTrailRecord.apiCall(source, n, account, region)).toList();
    }
}
