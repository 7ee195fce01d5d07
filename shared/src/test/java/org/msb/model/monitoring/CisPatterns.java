package org.msb.model.monitoring;

import java.util.EnumMap;
import java.util.Map;

/**
 * The metric-filter patterns the CIS AWS Foundations Benchmark (v1.2 section 3, v1.4+ section 4) and Security Hub's
 * CloudWatch.1-14 remediation text give, verbatim, as people paste them into their accounts.
 */
public final class CisPatterns {
    private CisPatterns() {}

    public static final Map<CisMonitoringEvent, String> BENCHMARK = new EnumMap<>(Map.ofEntries(
            Map.entry(CisMonitoringEvent.ROOT_USAGE,
                    "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }"),
            Map.entry(CisMonitoringEvent.UNAUTHORIZED_API_CALLS,
                    "{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") }"),
            Map.entry(CisMonitoringEvent.CONSOLE_SIGNIN_WITHOUT_MFA,
                    "{ ($.eventName = \"ConsoleLogin\") && ($.additionalEventData.MFAUsed != \"Yes\") }"),
            Map.entry(CisMonitoringEvent.IAM_POLICY_CHANGES,
                    "{($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteUserPolicy)||($.eventName=PutGroupPolicy)"
                            + "||($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||($.eventName=CreatePolicy)||($.eventName=DeletePolicy)"
                            + "||($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)"
                            + "||($.eventName=DetachRolePolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)"
                            + "||($.eventName=AttachGroupPolicy)||($.eventName=DetachGroupPolicy)}"),
            Map.entry(CisMonitoringEvent.CLOUDTRAIL_CHANGES,
                    "{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging)"
                            + " || ($.eventName = StopLogging) }"),
            Map.entry(CisMonitoringEvent.CONSOLE_AUTH_FAILURES,
                    "{ ($.eventName = ConsoleLogin) && ($.errorMessage = \"Failed authentication\") }"),
            Map.entry(CisMonitoringEvent.KMS_KEY_DELETION,
                    "{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }"),
            Map.entry(CisMonitoringEvent.S3_POLICY_CHANGES,
                    "{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName ="
                            + " PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName ="
                            + " DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName ="
                            + " DeleteBucketReplication)) }"),
            Map.entry(CisMonitoringEvent.CONFIG_CHANGES,
                    "{ ($.eventSource = config.amazonaws.com) && (($.eventName=StopConfigurationRecorder)||($.eventName=DeleteDeliveryChannel)"
                            + "||($.eventName=PutDeliveryChannel)||($.eventName=PutConfigurationRecorder)) }"),
            Map.entry(CisMonitoringEvent.SECURITY_GROUP_CHANGES,
                    "{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName ="
                            + " RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup)"
                            + " || ($.eventName = DeleteSecurityGroup) }"),
            Map.entry(CisMonitoringEvent.NACL_CHANGES,
                    "{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) ||"
                            + " ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName ="
                            + " ReplaceNetworkAclAssociation) }"),
            Map.entry(CisMonitoringEvent.NETWORK_GATEWAY_CHANGES,
                    "{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway)"
                            + " || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName ="
                            + " DetachInternetGateway) }"),
            Map.entry(CisMonitoringEvent.ROUTE_TABLE_CHANGES,
                    "{($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName ="
                            + " ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName"
                            + " = DeleteRoute) || ($.eventName = DisassociateRouteTable)) }"),
            Map.entry(CisMonitoringEvent.VPC_CHANGES,
                    "{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName ="
                            + " AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName ="
                            + " DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc)"
                            + " || ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || ($.eventName ="
                            + " EnableVpcClassicLink) }"),
            Map.entry(CisMonitoringEvent.ORGANIZATIONS_CHANGES,
                    "{ ($.eventSource = organizations.amazonaws.com) && (($.eventName = \"AcceptHandshake\") || ($.eventName = \"AttachPolicy\")"
                            + " || ($.eventName = \"CreateAccount\") || ($.eventName = \"CreateOrganizationalUnit\") || ($.eventName ="
                            + " \"CreatePolicy\") || ($.eventName = \"DeclineHandshake\") || ($.eventName = \"DeleteOrganization\") ||"
                            + " ($.eventName = \"DeleteOrganizationalUnit\") || ($.eventName = \"DeletePolicy\") || ($.eventName ="
                            + " \"DetachPolicy\") || ($.eventName = \"DisablePolicyType\") || ($.eventName = \"EnablePolicyType\") ||"
                            + " ($.eventName = \"InviteAccountToOrganization\") || ($.eventName = \"LeaveOrganization\") || ($.eventName ="
                            + " \"MoveAccount\") || ($.eventName = \"RemoveAccountFromOrganization\") || ($.eventName = \"UpdatePolicy\") ||"
                            + " ($.eventName = \"UpdateOrganizationalUnit\")) }")));

    /** Security Hub's newer forms where they differ (CloudWatch.2 and .3 in CIS v1.4/v3.0). */
    public static final String UNAUTHORIZED_V3 = "{($.errorCode=\"*UnauthorizedOperation\") || ($.errorCode=\"AccessDenied*\") && "
            + "($.sourceIPAddress!=\"delivery.logs.amazonaws.com\") && ($.eventName!=\"HeadBucket\")}";
    public static final String NO_MFA_V3 = "{ ($.eventName = \"ConsoleLogin\") && ($.additionalEventData.MFAUsed != \"Yes\") && "
            + "($.userIdentity.type = \"IAMUser\") && ($.responseElements.ConsoleLogin = \"Success\") }";
}
