package org.msb.rules.configrecording;

import org.msb.fact.AmFacts;
import org.msb.fact.ConfigRecording;
import org.msb.fact.FactTime;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * AM-3: in this region AWS Config keeps the inventory: a customer-managed configuration recorder is recording
 * without failure, records every supported resource type (or every type of {@code requiredResourceTypes}),
 * records the global IAM types in the home region, and a delivery channel exists whose last deliveries
 * succeeded. No managed rule exists (Security Hub Config.1 is Security Hub's own check). The rule runs in every
 * region (it is not global); {@code HomeRegion} names the region that must record the global IAM types (AWS
 * advises recording them in one region); without it every region must.
 * <p>
 * Recording groups in both API shapes count: allSupported / includeGlobalResourceTypes, and the recording
 * strategy (an exclusion list records everything else, global types included unless excluded). A service-linked
 * recorder records for one AWS service, not the customer's inventory, so it does not count. A recorder that is
 * recording but whose last status is FAILURE (e.g. its role cannot be assumed) records nothing new.
 * <pre>
 * Scenario 1: Given a recorder recording all types with global types and a channel that delivered  Then COMPLIANT
 * Scenario 2: Given no recorder and no delivery channel                                 Then NON_COMPLIANT naming both
 * Scenario 3: Given a stopped recorder                                                  Then NON_COMPLIANT, "is not recording"
 * Scenario 4: Given an exclusion list with AWS::EC2::Instance                           Then NON_COMPLIANT naming it
 * Scenario 5: Given only global IAM types excluded outside the home region              Then COMPLIANT
 * Scenario 6: Given global types not recorded in the home region                        Then NON_COMPLIANT naming them
 * Scenario 7: Given an inclusion list and requiredResourceTypes it covers               Then COMPLIANT; one it lacks: NON_COMPLIANT
 * Scenario 8: Given the last history delivery failed (AccessDenied)                     Then NON_COMPLIANT naming bucket and code
 * Scenario 9: Given a channel with no successful delivery yet                           Then NON_COMPLIANT
 * Scenario 10: Given a failure and a valid (or expired) register exception              Then COMPLIANT (or NON_COMPLIANT) naming it
 * Scenario 11: Given requiredResourceTypes=EC2::Instance                                Then the invocation fails naming parameter and value
 * </pre>
 */
public final class ConfigRecordingRule implements Rule {
    static final String REQUIRED_TYPES = "requiredResourceTypes";

    static final RuleSpec SPEC = RuleSpec.builder("config-recording", "AM-3")
            .title("AWS Config records the inventory and delivers it")
            .baseline("Enable AWS Config for inventory management")
            .description("A configuration recorder records all supported resource types (global IAM types in the home region) "
                    + "and a delivery channel's last delivery succeeded.")
            .severity(Severity.MEDIUM)
            .periodic()
            .reads(AmFacts.CONFIG_RECORDING)
            .param(ParameterSpec.csv(REQUIRED_TYPES, null,
                            "Resource types the recorder must record; empty = all supported types (global IAM types in the HomeRegion)")
                    .matching("AWS::[A-Za-z0-9]+::[A-Za-z0-9]+", "resource types such as AWS::EC2::Instance"))
            .remediation("In AWS Config > Settings choose 'Record all current and future resource types supported in this Region' "
                    + "(include global IAM types in the home region only), set an S3 delivery bucket whose policy lets Config write, "
                    + "and start recording: aws configservice put-configuration-recorder / put-delivery-channel / "
                    + "start-configuration-recorder. Deploy it to every region with a StackSet or Quick Setup.")
            .securityHub("Config.1")
            .cis("CIS v1.2.0 2.5", "CIS v1.4.0 3.5", "CIS v3.0.0 3.3")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        ConfigRecording config = in.fact(AmFacts.CONFIG_RECORDING);
        String home = in.homeRegion();
        boolean globalHere = home == null || home.equals(in.region());
        List<String> required = in.params().list(REQUIRED_TYPES).stream().distinct().toList();

        List<String> problems = new ArrayList<>();
        String recorded = recorderProblems(config, required, globalHere, home, in.region(), problems);
        String delivered = channelProblems(config, problems);
        if (!problems.isEmpty()) return List.of(in.accountNonCompliant("AWS Config in " + in.region() + ": " + String.join("; ", problems) + "."));
        return List.of(in.accountCompliant(recorded + "; " + delivered + "."));
    }

    /** Adds what is wrong with recording; returns the description of a good recorder. */
    private static String recorderProblems(ConfigRecording config, List<String> required, boolean globalHere, String home, String region,
                                           List<String> problems) {
        List<ConfigRecording.Recorder> customer = config.recorders().stream().filter(r -> blank(r.servicePrincipal())).toList();
        if (customer.isEmpty()) {
            List<String> linked = config.recorders().stream().map(ConfigRecording.Recorder::name).toList();
            problems.add("no configuration recorder" + (linked.isEmpty() ? "" : " (only service-linked " + String.join(", ", linked) + ")"));
            return "";
        }
        ConfigRecording.Recorder r = customer.stream().filter(ConfigRecording.Recorder::recording).findFirst().orElse(customer.get(0));
        if (!r.recording()) {
            String stopped = day(r.lastStopTime(), "lastStopTime");
            problems.add("recorder " + r.name() + " is not recording" + (stopped == null ? "" : " (stopped " + stopped + ")"));
        } else if ("FAILURE".equalsIgnoreCase(r.lastStatus())) {
            problems.add("recorder " + r.name() + " fails: " + (blank(r.lastErrorCode()) ? "last status FAILURE" : r.lastErrorCode()));
        }
        RecordedTypes types = RecordedTypes.of(r.recordingGroup());
        List<String> missingRequired = List.of();
        if (required.isEmpty()) {
            if (types.mode() == RecordedTypes.Mode.ONLY_LISTED) {
                problems.add("recorder " + r.name() + " records only " + types.listed().size() + " listed type"
                        + (types.listed().size() == 1 ? "" : "s") + " (expected all supported)");
            } else if (!types.excludedRegionalTypes().isEmpty()) {
                problems.add("recorder " + r.name() + " excludes " + String.join(", ", types.excludedRegionalTypes()) + " (expected all supported)");
            }
        } else {
            missingRequired = required.stream()
                    .filter(t -> globalHere || !RecordedTypes.GLOBAL_IAM.contains(t))
                    .filter(t -> !types.records(t)).toList();
            if (!missingRequired.isEmpty()) problems.add("recorder " + r.name() + " does not record required " + String.join(", ", missingRequired));
        }
        List<String> globalMissing = globalHere ? types.globalTypesNotRecorded() : List.of();
        final List<String> alreadyNamed = missingRequired;
        globalMissing = globalMissing.stream().filter(t -> !alreadyNamed.contains(t)).toList();
        if (!globalMissing.isEmpty()) {
            problems.add((globalMissing.size() == RecordedTypes.GLOBAL_IAM.size() ? "global IAM types" : String.join(", ", globalMissing))
                    + " not recorded" + (home == null ? " (set HomeRegion if another region records them)" : " in home region " + home));
        }
        String scope = required.isEmpty() ? "all supported types" : "the " + required.size() + " required types";
        String global = globalHere ? " including global IAM types" : " (global IAM types: home region " + home + ")";
        return "Recorder " + r.name() + " records " + scope + global + " in " + region;
    }

    /** Adds what is wrong with delivery; returns the description of a good channel. */
    private static String channelProblems(ConfigRecording config, List<String> problems) {
        if (config.deliveryChannels().isEmpty()) {
            problems.add("no delivery channel");
            return "";
        }
        ConfigRecording.DeliveryChannel ch = config.deliveryChannels().get(0);
        String dest = "s3://" + ch.s3BucketName() + (blank(ch.s3KeyPrefix()) ? "" : "/" + ch.s3KeyPrefix());
        List<String> failed = new ArrayList<>();
        String code = null;
        for (var d : List.of(new Named("history", ch.configHistory()), new Named("snapshot", ch.configSnapshot()))) {
            if (d.delivery() != null && "FAILURE".equalsIgnoreCase(d.delivery().lastStatus())) {
                failed.add(d.name());
                if (code == null) code = d.delivery().lastErrorCode();
            }
        }
        if (!failed.isEmpty()) {
            problems.add("last " + String.join(" and ", failed) + " delivery to " + dest + " failed" + (blank(code) ? "" : " (" + code + ")"));
        }
        if (ch.configStream() != null && "FAILURE".equalsIgnoreCase(ch.configStream().lastStatus())) {
            problems.add("notifications to " + ch.snsTopicArn() + " fail" + (blank(ch.configStream().lastErrorCode()) ? "" : " (" + ch.configStream().lastErrorCode() + ")"));
        }
        Optional<Instant> lastSuccess = Stream.of(ch.configHistory(), ch.configSnapshot())
                .filter(d -> d != null && "SUCCESS".equalsIgnoreCase(d.lastStatus()))
                .map(d -> d.lastSuccessfulTime() == null ? d.lastAttemptTime() : d.lastSuccessfulTime())
                .map(t -> FactTime.parse(AmFacts.CONFIG_RECORDING, "lastSuccessfulTime", t))
                .filter(t -> t != null).max(Instant::compareTo);
        boolean anySuccess = Stream.of(ch.configHistory(), ch.configSnapshot()).anyMatch(d -> d != null && "SUCCESS".equalsIgnoreCase(d.lastStatus()));
        if (failed.isEmpty() && !anySuccess) problems.add("no delivery to " + dest + " has succeeded yet");
        return "channel " + ch.name() + " delivers to " + dest + lastSuccess.map(t -> " (last success " + t.toString().substring(0, 10) + ")").orElse("");
    }

    private record Named(String name, ConfigRecording.Delivery delivery) {}

    private static String day(String iso, String field) {
        Instant t = FactTime.parse(AmFacts.CONFIG_RECORDING, field, iso);
        return t == null ? null : t.toString().substring(0, 10);
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }
}
