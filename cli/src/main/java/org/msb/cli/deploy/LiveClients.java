package org.msb.cli.deploy;

import org.msb.internal.live.AwsClients;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.OrganizationsException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.model.StsException;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Clients through the default credential chain (or given settings), one set per region, closed together. */
public final class LiveClients implements Deployer.Clients, AutoCloseable {
    private final AwsClients.Settings base;
    private final String apiRegion;
    private final Map<String, AwsClients> byRegion = new ConcurrentHashMap<>();
    private String account;

    public LiveClients(AwsClients.Settings base) {
        this.base = base;
        this.apiRegion = base.region().id();
    }

    public static LiveClients of(String apiRegion, URI endpoint) { return new LiveClients(AwsClients.Settings.of(apiRegion, endpoint)); }

    private AwsClients in(String region) { return byRegion.computeIfAbsent(region, r -> new AwsClients(base.withRegion(r))); }

    @Override public S3Client s3(String region) { return in(region).s3(); }

    @Override
    public CloudFormationClient cloudFormation(String region) { return in(region).regional(CloudFormationClient.class, CloudFormationClient::builder); }

    @Override
    public synchronized String accountId() {
        if (account == null) {
            try {
                account = in(apiRegion).sts().getCallerIdentity().account();
            } catch (StsException e) {
                throw new DeployException("sts:GetCallerIdentity failed in " + apiRegion + " (are credentials configured?): " + Aws.describe(e), e);
            }
        }
        return account;
    }

    @Override
    public String organizationId() {
        try {
            return in(apiRegion).global(OrganizationsClient.class, OrganizationsClient::builder).describeOrganization().organization().id();
        } catch (OrganizationsException e) {
            throw new DeployException("account " + accountId() + ": organizations:DescribeOrganization failed (" + Aws.describe(e)
                    + "); pass --organization-id o-... for the artifact buckets' organization-only read", e);
        }
    }

    @Override
    public void close() { byRegion.values().forEach(AwsClients::close); }
}
