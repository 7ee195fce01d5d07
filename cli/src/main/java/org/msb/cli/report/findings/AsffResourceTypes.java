package org.msb.cli.report.findings;

import java.util.Map;

/**
 * Config resource types as ASFF {@code Resources[].Type} values. ASFF's named types are the member names of
 * the API's ResourceDetails ("AwsS3Bucket", ...; Security Hub API Reference, ResourceDetails); account-level
 * results use "AwsAccount" as Security Hub's own control findings do; anything else is "Other".
 */
final class AsffResourceTypes {
    static final String OTHER = "Other";
    static final String ACCOUNT = "AwsAccount";

    private static final Map<String, String> BY_CONFIG_TYPE = Map.ofEntries(
            Map.entry("AWS::::Account", ACCOUNT),
            Map.entry("AWS::ACM::Certificate", "AwsCertificateManagerCertificate"),
            Map.entry("AWS::ApiGateway::RestApi", "AwsApiGatewayRestApi"),
            Map.entry("AWS::ApiGateway::Stage", "AwsApiGatewayStage"),
            Map.entry("AWS::ApiGatewayV2::Api", "AwsApiGatewayV2Api"),
            Map.entry("AWS::ApiGatewayV2::Stage", "AwsApiGatewayV2Stage"),
            Map.entry("AWS::AutoScaling::AutoScalingGroup", "AwsAutoScalingAutoScalingGroup"),
            Map.entry("AWS::Backup::BackupPlan", "AwsBackupBackupPlan"),
            Map.entry("AWS::Backup::BackupVault", "AwsBackupBackupVault"),
            Map.entry("AWS::Backup::RecoveryPoint", "AwsBackupRecoveryPoint"),
            Map.entry("AWS::CloudFormation::Stack", "AwsCloudFormationStack"),
            Map.entry("AWS::CloudFront::Distribution", "AwsCloudFrontDistribution"),
            Map.entry("AWS::CloudTrail::Trail", "AwsCloudTrailTrail"),
            Map.entry("AWS::CloudWatch::Alarm", "AwsCloudWatchAlarm"),
            Map.entry("AWS::CodeBuild::Project", "AwsCodeBuildProject"),
            Map.entry("AWS::DynamoDB::Table", "AwsDynamoDbTable"),
            Map.entry("AWS::EC2::EIP", "AwsEc2Eip"),
            Map.entry("AWS::EC2::Instance", "AwsEc2Instance"),
            Map.entry("AWS::EC2::LaunchTemplate", "AwsEc2LaunchTemplate"),
            Map.entry("AWS::EC2::NetworkAcl", "AwsEc2NetworkAcl"),
            Map.entry("AWS::EC2::NetworkInterface", "AwsEc2NetworkInterface"),
            Map.entry("AWS::EC2::RouteTable", "AwsEc2RouteTable"),
            Map.entry("AWS::EC2::SecurityGroup", "AwsEc2SecurityGroup"),
            Map.entry("AWS::EC2::Subnet", "AwsEc2Subnet"),
            Map.entry("AWS::EC2::TransitGateway", "AwsEc2TransitGateway"),
            Map.entry("AWS::EC2::Volume", "AwsEc2Volume"),
            Map.entry("AWS::EC2::VPC", "AwsEc2Vpc"),
            Map.entry("AWS::EC2::VPCEndpointService", "AwsEc2VpcEndpointService"),
            Map.entry("AWS::EC2::VPCPeeringConnection", "AwsEc2VpcPeeringConnection"),
            Map.entry("AWS::ECR::Repository", "AwsEcrRepository"),
            Map.entry("AWS::ECS::Cluster", "AwsEcsCluster"),
            Map.entry("AWS::ECS::Service", "AwsEcsService"),
            Map.entry("AWS::ECS::TaskDefinition", "AwsEcsTaskDefinition"),
            Map.entry("AWS::EFS::AccessPoint", "AwsEfsAccessPoint"),
            Map.entry("AWS::EKS::Cluster", "AwsEksCluster"),
            Map.entry("AWS::ElasticLoadBalancing::LoadBalancer", "AwsElbLoadBalancer"),
            Map.entry("AWS::ElasticLoadBalancingV2::LoadBalancer", "AwsElbv2LoadBalancer"),
            Map.entry("AWS::GuardDuty::Detector", "AwsGuardDutyDetector"),
            Map.entry("AWS::IAM::Group", "AwsIamGroup"),
            Map.entry("AWS::IAM::Policy", "AwsIamPolicy"),
            Map.entry("AWS::IAM::Role", "AwsIamRole"),
            Map.entry("AWS::IAM::User", "AwsIamUser"),
            Map.entry("AWS::Kinesis::Stream", "AwsKinesisStream"),
            Map.entry("AWS::KMS::Key", "AwsKmsKey"),
            Map.entry("AWS::Lambda::Function", "AwsLambdaFunction"),
            Map.entry("AWS::NetworkFirewall::Firewall", "AwsNetworkFirewallFirewall"),
            Map.entry("AWS::NetworkFirewall::FirewallPolicy", "AwsNetworkFirewallFirewallPolicy"),
            Map.entry("AWS::OpenSearch::Domain", "AwsOpenSearchServiceDomain"),
            Map.entry("AWS::RDS::DBCluster", "AwsRdsDbCluster"),
            Map.entry("AWS::RDS::DBClusterSnapshot", "AwsRdsDbClusterSnapshot"),
            Map.entry("AWS::RDS::DBInstance", "AwsRdsDbInstance"),
            Map.entry("AWS::RDS::DBSnapshot", "AwsRdsDbSnapshot"),
            Map.entry("AWS::Redshift::Cluster", "AwsRedshiftCluster"),
            Map.entry("AWS::Route53::HostedZone", "AwsRoute53HostedZone"),
            Map.entry("AWS::S3::AccountPublicAccessBlock", "AwsS3AccountPublicAccessBlock"),
            Map.entry("AWS::S3::Bucket", "AwsS3Bucket"),
            Map.entry("AWS::SecretsManager::Secret", "AwsSecretsManagerSecret"),
            Map.entry("AWS::SNS::Topic", "AwsSnsTopic"),
            Map.entry("AWS::SQS::Queue", "AwsSqsQueue"),
            Map.entry("AWS::SSM::PatchCompliance", "AwsSsmPatchCompliance"),
            Map.entry("AWS::StepFunctions::StateMachine", "AwsStepFunctionStateMachine"),
            Map.entry("AWS::WAFv2::WebACL", "AwsWafv2WebAcl"));

    private AsffResourceTypes() {}

    static String of(String configType) { return BY_CONFIG_TYPE.getOrDefault(configType, OTHER); }

    static Map<String, String> all() { return BY_CONFIG_TYPE; }
}
