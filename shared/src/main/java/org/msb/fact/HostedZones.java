package org.msb.fact;

import org.msb.model.edge.DnsName;

import java.util.ArrayList;
import java.util.List;

/**
 * The account's Route 53 hosted zones ({@code route53:ListHostedZones}) with their query logging
 * ({@code route53:ListQueryLoggingConfigs}) and the records that can point a name at a load balancer or a
 * distribution ({@code route53:ListResourceRecordSets}: alias records, and A, AAAA and CNAME records).
 */
public record HostedZones(List<Zone> zones) {
    public HostedZones { zones = zones == null ? List.of() : List.copyOf(zones); }

    /**
     * @param id the zone id without the {@code /hostedzone/} prefix
     * @param queryLogGroupArn the CloudWatch Logs group of its query logging, null when off
     */
    public record Zone(String id, String name, boolean privateZone, String queryLogGroupArn, List<DnsRecord> records) {
        public Zone { records = records == null ? List.of() : List.copyOf(records); }
    }

    /** A record: an alias (its target's DNS name) or plain values (a CNAME's target name, an A record's addresses). */
    public record DnsRecord(String name, String type, String aliasTarget, List<String> values) {
        public DnsRecord { values = values == null ? List.of() : List.copyOf(values); }

        /** True when the record sends its name to {@code host}: an alias to it, or a CNAME naming it. */
        public boolean pointsAt(String host) {
            if (aliasTarget != null) return DnsName.same(aliasTarget, host);
            return "CNAME".equalsIgnoreCase(type) && values.stream().anyMatch(v -> DnsName.same(v, host));
        }
    }

    /** A record that points at a host, with its zone. */
    public record Match(Zone zone, DnsRecord record) {}

    /** Records of {@code zones} (all when {@code zoneNames} is empty) pointing at {@code host}. */
    public List<Match> pointingAt(String host, List<String> zoneNames) {
        List<Match> out = new ArrayList<>();
        for (Zone z : zones) {
            if (!zoneNames.isEmpty() && zoneNames.stream().noneMatch(n -> DnsName.same(n, z.name()))) continue;
            for (DnsRecord r : z.records()) if (r.pointsAt(host)) out.add(new Match(z, r));
        }
        return out;
    }
}
