#!/usr/bin/env python3
"""Creates a few thousand resources in a moto server for the live-capture benchmark, with boto3.

    seed_moto.py --endpoint http://127.0.0.1:5105 --scale 1.0
At scale 1: 2 VPCs with 40 subnets, 1,000 security groups (with ingress rules), 300 EBS volumes,
400 S3 buckets (a third with logging, a third with tags), 400 IAM users, 300 IAM roles, 150 customer
managed policies, 200 SNS topics, 150 SQS queues, 100 CloudWatch alarms, 50 KMS keys. Prints the counts as JSON.
"""
import argparse
import json
import boto3
from botocore.config import Config

TRUST = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]})
POLICY = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::bench-data/*"}]})


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--endpoint", required=True)
    p.add_argument("--scale", type=float, default=1.0)
    a = p.parse_args()
    n = lambda x: max(1, int(x * a.scale))
    kw = dict(endpoint_url=a.endpoint, region_name="us-east-1", aws_access_key_id="testing", aws_secret_access_key="testing",
              config=Config(retries={"total_max_attempts": 1}, s3={"addressing_style": "path"}))
    ec2, s3, iam, sns, sqs, cw, kms = (boto3.client(s, **kw) for s in ("ec2", "s3", "iam", "sns", "sqs", "cloudwatch", "kms"))
    counts = {}

    vpcs = [ec2.create_vpc(CidrBlock=f"10.{i}.0.0/16")["Vpc"]["VpcId"] for i in range(2)]
    subnets = [ec2.create_subnet(VpcId=vpcs[i % 2], CidrBlock=f"10.{i % 2}.{i // 2}.0/24")["Subnet"]["SubnetId"] for i in range(n(40))]
    counts["AWS::EC2::VPC"], counts["AWS::EC2::Subnet"] = len(vpcs), len(subnets)
    for i in range(n(1000)):
        sg = ec2.create_security_group(GroupName=f"bench-sg-{i:05d}", Description="bench", VpcId=vpcs[i % 2],
                                       TagSpecifications=[{"ResourceType": "security-group", "Tags": [{"Key": "team", "Value": f"t{i % 17}"}]}])["GroupId"]
        port = 22 if i % 10 == 0 else 443
        cidr = "0.0.0.0/0" if i % 20 == 0 else "10.0.0.0/8"
        ec2.authorize_security_group_ingress(GroupId=sg, IpPermissions=[{"IpProtocol": "tcp", "FromPort": port, "ToPort": port, "IpRanges": [{"CidrIp": cidr}]}])
    counts["AWS::EC2::SecurityGroup"] = n(1000)
    for i in range(n(300)):
        ec2.create_volume(AvailabilityZone="us-east-1a", Size=8, Encrypted=i % 3 != 0)
    counts["AWS::EC2::Volume"] = n(300)

    s3.create_bucket(Bucket="bench-log-archive")
    # S3 (and moto) refuse a logging target the log delivery service cannot write to
    s3.put_bucket_policy(Bucket="bench-log-archive", Policy=json.dumps({"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"Service": "logging.s3.amazonaws.com"}, "Action": "s3:PutObject",
        "Resource": "arn:aws:s3:::bench-log-archive/*"}]}))
    for i in range(n(400)):
        b = f"bench-bucket-{i:05d}"
        s3.create_bucket(Bucket=b)
        if i % 3 == 0:
            s3.put_bucket_logging(Bucket=b, BucketLoggingStatus={"LoggingEnabled": {"TargetBucket": "bench-log-archive", "TargetPrefix": f"{b}/"}})
        if i % 3 == 1:
            s3.put_bucket_tagging(Bucket=b, Tagging={"TagSet": [{"Key": "owner", "Value": f"team-{i % 7}"}]})
    counts["AWS::S3::Bucket"] = n(400) + 1

    for i in range(n(400)):
        iam.create_user(UserName=f"bench-user-{i:05d}", Tags=[{"Key": "team", "Value": f"t{i % 9}"}])
    for i in range(n(300)):
        iam.create_role(RoleName=f"bench-role-{i:05d}", AssumeRolePolicyDocument=TRUST)
    for i in range(n(150)):
        arn = iam.create_policy(PolicyName=f"bench-policy-{i:05d}", PolicyDocument=POLICY)["Policy"]["Arn"]
        iam.attach_role_policy(RoleName=f"bench-role-{i:05d}", PolicyArn=arn)
    counts["AWS::IAM::User"], counts["AWS::IAM::Role"], counts["AWS::IAM::Policy"] = n(400), n(300), n(150)

    for i in range(n(200)):
        sns.create_topic(Name=f"bench-topic-{i:05d}")
    for i in range(n(150)):
        sqs.create_queue(QueueName=f"bench-queue-{i:05d}")
    for i in range(n(100)):
        cw.put_metric_alarm(AlarmName=f"bench-alarm-{i:05d}", MetricName="Errors", Namespace="AWS/Lambda", Statistic="Sum",
                            Period=300, EvaluationPeriods=1, Threshold=1, ComparisonOperator="GreaterThanOrEqualToThreshold")
    for i in range(n(50)):
        kms.create_key(Description=f"bench-key-{i:05d}")
    counts["AWS::SNS::Topic"], counts["AWS::SQS::Queue"], counts["AWS::CloudWatch::Alarm"], counts["AWS::KMS::Key"] = n(200), n(150), n(100), n(50)
    counts["total"] = sum(counts.values())
    print(json.dumps(counts))


if __name__ == "__main__":
    main()
