package org.msb.rules.ssminventory;

import org.msb.error.InvalidItemException;
import org.msb.fact.AmFacts;
import org.msb.fact.FactTime;
import org.msb.fact.SsmManagedInstances;
import org.msb.item.ConfigurationItem;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * AM-4: every running EC2 instance is managed by Systems Manager (its agent registered and Online) and a State
 * Manager association running AWS-GatherSoftwareInventory last succeeded on it within {@code maxInventoryAgeDays}.
 * The managed rule EC2_INSTANCE_MANAGED_BY_SSM (Security Hub SSM.1) only asks whether the instance is managed;
 * inventory that is never collected, or whose collection fails, passes it. Stopped and other non-running
 * instances are NOT_APPLICABLE; the SSM fact is only read when a running instance is evaluated.
 * <pre>
 * Scenario 1: Given a running instance, Online, inventory association succeeded yesterday  Then COMPLIANT
 * Scenario 2: Given a running instance Systems Manager does not list                       Then NON_COMPLIANT, "not managed"
 * Scenario 3: Given a managed instance whose agent is ConnectionLost                       Then NON_COMPLIANT with the last ping
 * Scenario 4: Given a managed instance no inventory association applies to                 Then NON_COMPLIANT, saying whether one exists
 * Scenario 5: Given the inventory association's last run Failed                            Then NON_COMPLIANT with status and last success
 * Scenario 6: Given the last successful inventory 12 days ago (limit 7)                    Then NON_COMPLIANT with its age
 * Scenario 7: Given a stopped instance (change or periodic)                                Then NOT_APPLICABLE
 * Scenario 8: Given a failing instance and a valid (or expired) exception                  Then COMPLIANT (or NON_COMPLIANT) naming it
 * Scenario 9: Given maxInventoryAgeDays=0                                                  Then the invocation fails naming parameter and value
 * </pre>
 */
public final class SsmInventoryRule implements Rule {
    static final String MAX_AGE = "maxInventoryAgeDays";
    static final String INSTANCE = "AWS::EC2::Instance";

    static final RuleSpec SPEC = RuleSpec.builder("ssm-inventory", "AM-4")
            .title("Running EC2 instances report software inventory to Systems Manager")
            .baseline("Use AWS Systems Manager Inventory to inventory software and applications")
            .description("Every running EC2 instance is managed by Systems Manager and an AWS-GatherSoftwareInventory association "
                    + "ran successfully on it recently.")
            .severity(Severity.MEDIUM)
            .onChange(INSTANCE).periodic().cleanUpStale()
            .reads(AmFacts.SSM_MANAGED_INSTANCES)
            .param(ParameterSpec.integer(MAX_AGE, 7, 1, 365, "Days since the last successful software-inventory collection, at most"))
            .remediation("Run the SSM Agent with an instance profile granting AmazonSSMManagedInstanceCore (or turn on Default Host "
                    + "Management Configuration) and a route to the SSM endpoints; then in Systems Manager > Inventory set up "
                    + "inventory for all instances (a State Manager association of AWS-GatherSoftwareInventory targeting InstanceIds=*).")
            .managedRule("EC2_INSTANCE_MANAGED_BY_SSM")
            .securityHub("SSM.1")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        List<Evaluation> out = new ArrayList<>();
        SsmManagedInstances ssm = null;  // read only when a running instance needs it
        for (ConfigurationItem item : in.subjects(INSTANCE)) {
            String state = item.property("state.name").text();
            if (state == null) throw new InvalidItemException("AWS::EC2::Instance " + item.resourceId() + " has no configuration.state.name");
            if (!"running".equals(state)) {
                out.add(in.notApplicable(item, "The instance is " + state + "; only running instances are checked."));
                continue;
            }
            if (ssm == null) ssm = in.fact(AmFacts.SSM_MANAGED_INSTANCES);
            out.add(evaluate(in, item, ssm));
        }
        return out;
    }

    private Evaluation evaluate(RuleInput in, ConfigurationItem item, SsmManagedInstances ssm) {
        String id = item.resourceId();
        Optional<SsmManagedInstances.ManagedInstance> managed = ssm.instances().stream().filter(m -> id.equals(m.instanceId())).findFirst();
        if (managed.isEmpty()) {
            return in.nonCompliant(item, "Not managed by Systems Manager: no SSM Agent registration in " + in.region()
                    + " (needs the agent, an instance profile with AmazonSSMManagedInstanceCore or Default Host Management, and a route to SSM).");
        }
        SsmManagedInstances.ManagedInstance m = managed.get();
        if (!"Online".equalsIgnoreCase(m.pingStatus())) {
            Instant ping = time(m.lastPingDateTime(), "lastPingDateTime");
            return in.nonCompliant(item, "SSM Agent is " + m.pingStatus() + (ping == null ? "" : " (last ping " + day(ping) + ")")
                    + "; Systems Manager cannot collect its inventory. Expected Online.");
        }
        List<SsmManagedInstances.AssociationRun> runs = m.associations().stream().filter(SsmInventoryRule::isInventory).toList();
        if (runs.isEmpty()) {
            return in.nonCompliant(item, "Managed by Systems Manager, but no " + SsmManagedInstances.INVENTORY_DOCUMENT + " association applies to it"
                    + (ssm.inventoryAssociations().isEmpty() ? " (none exists in " + in.region() + ")."
                    : " (" + names(ssm.inventoryAssociations()) + " targets other instances)."));
        }
        int maxAge = in.params().intValue(MAX_AGE);
        Instant cutoff = in.now().minus(maxAge, ChronoUnit.DAYS);
        Optional<Run> lastSuccess = runs.stream().filter(r -> "Success".equalsIgnoreCase(r.status())).map(this::run)
                .filter(r -> r.at() != null).max(Comparator.comparing(Run::at));
        if (lastSuccess.isPresent() && !lastSuccess.get().at().isBefore(cutoff)) {
            return in.compliant(item, "Managed (SSM Agent Online); software inventory collected " + day(lastSuccess.get().at())
                    + " by association " + label(lastSuccess.get().run()) + ".");
        }
        Optional<Run> latest = runs.stream().map(this::run).filter(r -> r.at() != null).max(Comparator.comparing(Run::at));
        if (latest.isEmpty()) {
            return in.nonCompliant(item, "Inventory association " + label(runs.get(0)) + " has not run on it yet (status " + runs.get(0).status() + ").");
        }
        SsmManagedInstances.AssociationRun last = latest.get().run();
        String since = lastSuccess.map(s -> "; last success " + day(s.at())).orElse("; never succeeded");
        if (!"Success".equalsIgnoreCase(last.status())) {
            String why = last.errorCode() != null && !last.errorCode().isBlank() ? ", error " + last.errorCode() : "";
            return in.nonCompliant(item, "Inventory association " + label(last) + " last ran " + day(latest.get().at()) + " with status "
                    + last.status() + why + since + " (expected success within " + maxAge + " days).");
        }
        long age = ChronoUnit.DAYS.between(lastSuccess.get().at(), in.now());
        return in.nonCompliant(item, "Software inventory last collected " + day(lastSuccess.get().at()) + ", " + age
                + " days ago by " + label(last) + " (expected within " + maxAge + " days).");
    }

    /** An association run with its parsed execution date. */
    private record Run(SsmManagedInstances.AssociationRun run, Instant at) {}

    private Run run(SsmManagedInstances.AssociationRun r) { return new Run(r, time(r.executionDate(), "executionDate")); }

    /** The inventory document by name, or by ARN (a world captured before the fact kept only inventory runs has others). */
    static boolean isInventory(SsmManagedInstances.AssociationRun r) { return SsmManagedInstances.isInventoryDocument(r.documentName()); }

    private static String label(SsmManagedInstances.AssociationRun r) {
        return r.associationName() != null && !r.associationName().isBlank() ? r.associationName() : r.associationId();
    }

    private static String names(List<SsmManagedInstances.InventoryAssociation> list) {
        return String.join(", ", list.stream().map(a -> a.associationName() != null ? a.associationName() : a.associationId()).toList());
    }

    private static Instant time(String iso, String field) { return FactTime.parse(AmFacts.SSM_MANAGED_INSTANCES, field, iso); }

    private static String day(Instant t) { return t.toString().substring(0, 10); }
}
