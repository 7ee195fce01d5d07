package org.msb.rules.managementportsclosed;

import org.msb.error.InvalidParameterException;
import org.msb.item.ConfigurationItem;
import org.msb.model.network.Direction;
import org.msb.model.network.Exposure;
import org.msb.model.network.NetworkAcl;
import org.msb.model.network.PrefixLists;
import org.msb.model.network.Protocol;
import org.msb.model.network.SecurityGroup;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * INF-7: no security group or network ACL lets the whole internet ({@code 0.0.0.0/0}, {@code ::/0}, or ranges
 * adding up to them) reach a management port over TCP, port ranges and all-traffic rules included. SSH, RDP
 * and WinRM are TCP services (RDP's UDP transport only follows a TCP connection), so TCP decides.
 * <p>
 * Peers the item does not spell out: a referenced security group admits only the private addresses of its
 * members, never the internet, so it is not an exposure. A prefix list is expanded from its recorded
 * {@code AWS::EC2::PrefixList} item (customer-managed lists); an unrecorded one (AWS-managed lists hold AWS
 * service ranges) is not counted as the internet, and the annotation names it as unchecked.
 * <pre>
 * Scenario 1: Given an SG allowing tcp 22 from 0.0.0.0/0                        Then NON_COMPLIANT naming port, range and rule
 * Scenario 2: Given an SG allowing tcp 0-65535 or all traffic from 0.0.0.0/0    Then NON_COMPLIANT naming every management port
 * Scenario 3: Given an SG allowing tcp 3389 from ::/0 only                      Then NON_COMPLIANT (IPv6)
 * Scenario 4: Given an SG allowing 22 from 0.0.0.0/1 and from 128.0.0.0/1       Then NON_COMPLIANT (halves add up)
 * Scenario 5: Given an SG allowing 443 from anywhere and 22 from a /32          Then COMPLIANT
 * Scenario 6: Given an SG referencing another group or an unrecorded prefix list Then COMPLIANT, unchecked lists named
 * Scenario 7: Given a NACL whose first matching inbound entry allows 0.0.0.0/0   Then NON_COMPLIANT naming the rule number
 * Scenario 8: Given a NACL denying 22 and 3389 before allowing all               Then COMPLIANT
 * Scenario 9: Given a deleted group or one that left the scope                   Then NOT_APPLICABLE (framework)
 * Scenario 10: Given an exposed group and a valid (or expired) exception         Then COMPLIANT (or NON_COMPLIANT) naming it
 * Scenario 11: Given managementPorts=22,70000                                     Then the invocation fails naming parameter and value
 * </pre>
 */
public final class ManagementPortsClosedRule implements Rule {
    static final String MANAGEMENT_PORTS = "managementPorts";
    private static final String PORT = "(6553[0-5]|655[0-2]\\d|65[0-4]\\d{2}|6[0-4]\\d{3}|[1-5]\\d{4}|[1-9]\\d{0,3}|0)";

    static final RuleSpec SPEC = RuleSpec.builder("management-ports-closed", "INF-7")
            .title("Management ports are not open to the internet")
            .baseline("Management services (SSH, RDP, etc) are not exposed to Internet")
            .description("No security group or network ACL lets 0.0.0.0/0 or ::/0 reach a management port (SSH, RDP, WinRM) "
                    + "over TCP, port ranges and all-traffic rules included.")
            .severity(Severity.HIGH)
            // periodic too: a recorded prefix list that a group names can change without the group changing
            .onChange(SecurityGroup.RESOURCE_TYPE, NetworkAcl.RESOURCE_TYPE).periodic().cleanUpStale()
            .readsItems(PrefixLists.RESOURCE_TYPE)
            .param(ParameterSpec.csv(MANAGEMENT_PORTS, "22,3389,5985,5986", "TCP ports that must not be reachable from the internet")
                    .matching(PORT, "port numbers 0-65535"))
            .remediation("Remove the inbound rule or narrow its source to known admin ranges, a VPN or a bastion security group; "
                    + "prefer Session Manager. In network ACLs add deny entries for these ports before any allow-all entry.")
            .managedRule("INCOMING_SSH_DISABLED", "RESTRICTED_INCOMING_TRAFFIC", "NACL_NO_UNRESTRICTED_SSH_RDP")
            .securityHub("EC2.13", "EC2.14", "EC2.21", "EC2.53", "EC2.54")
            .cis("CIS v1.2.0 4.1", "CIS v1.2.0 4.2", "CIS v3.0.0 5.1", "CIS v3.0.0 5.2", "CIS v3.0.0 5.3")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        List<Integer> ports = in.params().list(MANAGEMENT_PORTS).stream().map(Integer::valueOf).distinct().sorted().toList();
        if (ports.isEmpty()) throw new InvalidParameterException(MANAGEMENT_PORTS, "", "at least one port number 0-65535");
        String portList = "tcp " + ports.stream().map(String::valueOf).collect(Collectors.joining(", "));
        List<Evaluation> out = new ArrayList<>();
        for (ConfigurationItem item : in.subjects(SecurityGroup.RESOURCE_TYPE)) {
            SecurityGroup group = SecurityGroup.from(item);
            PrefixLists lists = group.prefixListIds().isEmpty() ? PrefixLists.none() : PrefixLists.fromItems(in.items(PrefixLists.RESOURCE_TYPE));
            SecurityGroup.Reach reach = group.internetExposures(Direction.INGRESS, Protocol.TCP, ports, lists);
            out.add(reach.isExposed()
                    ? in.nonCompliant(item, describe(reach.exposures()) + unchecked(reach.unresolvedPrefixLists()))
                    : in.compliant(item, "No management port (" + portList + ") is open to the internet." + unchecked(reach.unresolvedPrefixLists())));
        }
        for (ConfigurationItem item : in.subjects(NetworkAcl.RESOURCE_TYPE)) {
            List<Exposure> exposures = NetworkAcl.from(item).internetExposures(Direction.INGRESS, Protocol.TCP, ports);
            out.add(exposures.isEmpty()
                    ? in.compliant(item, "Inbound entries let no management port (" + portList + ") in from the internet.")
                    : in.nonCompliant(item, describe(exposures)));
        }
        return out;
    }

    /** "tcp 22, 3389 open to 0.0.0.0/0 by inbound rule #1 (all traffic)", one clause per source and rule. */
    private static String describe(List<Exposure> exposures) {
        Map<String, List<Integer>> portsByCause = new LinkedHashMap<>();
        for (Exposure e : exposures) {
            String cause = String.join(" + ", e.sources()) + " by " + String.join(" + ", e.rules());
            portsByCause.computeIfAbsent(cause, k -> new ArrayList<>()).add(e.port());
        }
        return portsByCause.entrySet().stream()
                .map(c -> "tcp " + c.getValue().stream().map(String::valueOf).collect(Collectors.joining(", ")) + " open to " + c.getKey())
                .collect(Collectors.joining("; ")) + "; expected closed to the internet.";
    }

    private static String unchecked(Set<String> prefixLists) {
        return prefixLists.isEmpty() ? "" : " Prefix list " + String.join(", ", prefixLists) + " is not recorded by AWS Config; its entries were not checked.";
    }
}
