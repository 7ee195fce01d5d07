package org.msb.fact.loader;

import org.msb.fact.HostedZones;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.HostedZone;
import software.amazon.awssdk.services.route53.model.QueryLoggingConfig;
import software.amazon.awssdk.services.route53.model.ResourceRecord;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code route53.hostedZones}: route53:ListHostedZones, route53:ListQueryLoggingConfigs and, per zone,
 * route53:ListResourceRecordSets keeping the records that can point a name at a load balancer or a distribution
 * (aliases, A, AAAA, CNAME). Route 53 is global: one client signed for aws-global.
 */
public final class HostedZonesLoader implements FactLoader<HostedZones> {
    private static final Set<String> KEPT = Set.of("A", "AAAA", "CNAME");

    @Override
    public HostedZones load(AwsClients clients) {
        Route53Client r53 = clients.global(Route53Client.class, Route53Client::builder);
        List<HostedZone> zones = AwsCall.read("Route 53", "ListHostedZones", "route53:ListHostedZones",
                () -> r53.listHostedZonesPaginator(b -> {}).hostedZones().stream().toList());
        Map<String, String> logging = new HashMap<>();
        for (QueryLoggingConfig q : AwsCall.read("Route 53", "ListQueryLoggingConfigs", "route53:ListQueryLoggingConfigs",
                () -> r53.listQueryLoggingConfigsPaginator(b -> {}).queryLoggingConfigs().stream().toList())) {
            logging.put(bareId(q.hostedZoneId()), q.cloudWatchLogsLogGroupArn());
        }
        List<HostedZones.Zone> out = new ArrayList<>();
        for (HostedZone z : zones) {
            String id = bareId(z.id());
            List<ResourceRecordSet> sets = AwsCall.read("Route 53", "ListResourceRecordSets", "route53:ListResourceRecordSets",
                    () -> r53.listResourceRecordSetsPaginator(b -> b.hostedZoneId(id)).resourceRecordSets().stream().toList());
            List<HostedZones.DnsRecord> records = new ArrayList<>();
            for (ResourceRecordSet s : sets) {
                if (!KEPT.contains(s.typeAsString())) continue;
                records.add(new HostedZones.DnsRecord(s.name(), s.typeAsString(), s.aliasTarget() == null ? null : s.aliasTarget().dnsName(),
                        s.resourceRecords().stream().map(ResourceRecord::value).toList()));
            }
            boolean privateZone = z.config() != null && Boolean.TRUE.equals(z.config().privateZone());
            out.add(new HostedZones.Zone(id, z.name(), privateZone, logging.get(id), records));
        }
        return new HostedZones(out);
    }

    /** {@code /hostedzone/Z123} and {@code Z123} are the same zone. */
    static String bareId(String id) { return id == null ? null : id.substring(id.lastIndexOf('/') + 1); }
}
