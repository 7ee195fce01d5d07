package org.msb.cli.deploy;

import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.CreateStackRequest;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;
import software.amazon.awssdk.services.cloudformation.model.TemplateStage;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Plain CloudFormation stacks in one region of the calling account: what a stack holds now, what would change,
 * creating or updating it and waiting with progress. A stack that ends in failure becomes a {@link DeployException}
 * naming the account, region, stack and the resources whose events say they failed; nothing is rolled back by
 * msb, so what succeeded elsewhere stays in place.
 */
final class StackClient {
    private static final Set<String> DONE = Set.of("CREATE_COMPLETE", "UPDATE_COMPLETE", "IMPORT_COMPLETE");

    private final CloudFormationClient cfn;
    private final String region;
    private final String account;
    private final Waiting waiting;

    StackClient(CloudFormationClient cfn, String region, String account, Waiting waiting) {
        this.cfn = cfn;
        this.region = region;
        this.account = account;
        this.waiting = waiting;
    }

    /** A stack as CloudFormation holds it: status, every parameter (defaults included) and the template body. */
    record Current(String status, Map<String, String> parameters, String templateBody) {}

    Optional<Current> describe(String name) {
        Optional<Stack> stack = stack(name);
        if (stack.isEmpty()) return Optional.empty();
        Map<String, String> params = new LinkedHashMap<>();
        for (Parameter p : stack.get().parameters()) params.put(p.parameterKey(), p.parameterValue());
        String body = call("GetTemplate", name, () -> cfn.getTemplate(r -> r.stackName(name).templateStage(TemplateStage.ORIGINAL)).templateBody());
        return Optional.of(new Current(stack.get().stackStatusAsString(), params, body));
    }

    /** What apply would do to make the stack match the spec. */
    StackChange plan(StackSpec spec) {
        Optional<Current> current = describe(spec.name());
        if (current.isEmpty()) return new StackChange(spec, StackChange.Kind.CREATE, null);
        String status = current.get().status();
        if (status.equals("ROLLBACK_COMPLETE") || status.equals("ROLLBACK_FAILED")) {
            return new StackChange(spec, StackChange.Kind.RECREATE, "its creation failed and rolled back: " + status);
        }
        if (status.endsWith("_IN_PROGRESS") || status.endsWith("_FAILED")) {
            throw new DeployException(where() + "stack " + spec.name() + " is " + status + "; wait for it to finish"
                    + (status.endsWith("_FAILED") ? " or repair it in the CloudFormation console" : "") + ", then run plan again");
        }
        // after a rolled-back update the stack holds its previous template and parameters again, so the comparison holds
        List<String> reasons = new ArrayList<>();
        if (!Deployer.sameTemplate(spec.template().text(), current.get().templateBody())) reasons.add("template changed");
        List<String> changed = changedParameters(current.get().parameters(), spec.parameters(), StackSetParameters.defaults(spec.template().text()));
        if (!changed.isEmpty()) reasons.add("parameters changed: " + String.join(", ", changed));
        return new StackChange(spec, reasons.isEmpty() ? StackChange.Kind.NONE : StackChange.Kind.UPDATE, String.join("; ", reasons));
    }

    /**
     * The parameters whose value would change. CloudFormation reports every declared parameter, defaults included,
     * so a parameter not set is compared with the template's default.
     */
    static List<String> changedParameters(Map<String, String> current, Map<String, String> wanted, Map<String, String> defaults) {
        Set<String> names = new LinkedHashSet<>(wanted.keySet());
        names.addAll(current.keySet());
        List<String> out = new ArrayList<>();
        for (String name : names) {
            String value = wanted.containsKey(name) ? wanted.get(name) : defaults.get(name);
            if (value != null && !value.equals(current.get(name))) out.add(name + (wanted.containsKey(name) ? "" : " (back to its default)"));
        }
        return out;
    }

    /** Does the change, waiting with progress; the template is read from templateUrl. */
    void apply(StackChange change, String templateUrl, PrintWriter progress) {
        StackSpec s = change.spec();
        switch (change.kind()) {
            case NONE -> { }
            case CREATE -> create(s.name(), templateUrl, s.parameters(), s.capabilities(), progress);
            case RECREATE -> {
                call("DeleteStack", s.name(), () -> cfn.deleteStack(r -> r.stackName(s.name())));
                await(s.name(), "delete", progress);
                create(s.name(), templateUrl, s.parameters(), s.capabilities(), progress);
            }
            case UPDATE -> {
                try {
                    cfn.updateStack(r -> r.stackName(s.name()).templateURL(templateUrl).parameters(parameters(s.parameters())).capabilities(s.capabilities()));
                } catch (CloudFormationException e) {
                    if (String.valueOf(e.getMessage()).contains("No updates are to be performed")) {
                        report(progress, s.name() + " unchanged (CloudFormation: no updates are to be performed)");
                        return;
                    }
                    throw failure("UpdateStack", s.name(), e);
                }
                await(s.name(), "update", progress);
            }
        }
    }

    private void create(String name, String templateUrl, Map<String, String> parameters, List<Capability> capabilities, PrintWriter progress) {
        create(name, r -> r.templateURL(templateUrl), parameters, capabilities, progress);
    }

    /** Creates a stack from a template body or URL (set by the template argument) and waits for it. */
    void create(String name, Consumer<CreateStackRequest.Builder> template,
                Map<String, String> parameters, List<Capability> capabilities, PrintWriter progress) {
        try {
            cfn.createStack(r -> template.accept(r.stackName(name).parameters(parameters(parameters)).capabilities(capabilities)));
        } catch (CloudFormationException e) {
            throw failure("CreateStack", name, e);
        }
        await(name, "create", progress);
    }

    /** Polls until the stack leaves *_IN_PROGRESS, printing each new status; anything but success is a failure. */
    void await(String name, String action, PrintWriter progress) {
        long waited = 0;
        String last = null;
        while (true) {
            Optional<Stack> stack = stack(name);
            if (stack.isEmpty() && action.equals("delete")) {
                report(progress, name + " deleted");
                return;
            }
            String status = stack.map(Stack::stackStatusAsString).orElse("absent");
            if (!status.equals(last)) {
                report(progress, name + " " + status);
                last = status;
            }
            if (!status.endsWith("_IN_PROGRESS")) {
                if (DONE.contains(status) || status.equals("DELETE_COMPLETE") && action.equals("delete")) return;
                throw new DeployException(where() + "stack " + name + ": " + action + " ended " + status + "; " + failedResources(name)
                        + " (what succeeded elsewhere is left in place; fix the cause and run apply again)");
            }
            if (waited >= waiting.timeoutMillis()) {
                throw new DeployException(where() + "stack " + name + " still " + status + " after " + waited / 1000
                        + " s; it goes on in AWS; run plan later to see what is left");
            }
            waiting.sleeper().sleep(waiting.pollMillis());
            waited += waiting.pollMillis();
        }
    }

    /**
     * "resource Function CREATE_FAILED: reason; ..." from the events of the last operation (newest first, back to the
     * stack's own "User Initiated" event). Resources cancelled because another one failed are left out when a cause is known.
     */
    String failedResources(String name) {
        List<StackEvent> latest = new ArrayList<>();
        for (StackEvent e : call("DescribeStackEvents", name, () -> cfn.describeStackEventsPaginator(r -> r.stackName(name)).stackEvents().stream().toList())) {
            if (name.equals(e.logicalResourceId()) && "User Initiated".equals(e.resourceStatusReason())) break;
            latest.add(e);
        }
        List<StackEvent> failed = latest.stream().filter(e -> !name.equals(e.logicalResourceId()))
                .filter(e -> e.resourceStatusAsString() != null && e.resourceStatusAsString().endsWith("_FAILED")).toList();
        List<StackEvent> causes = failed.stream().filter(e -> !"Resource creation cancelled".equals(e.resourceStatusReason())).toList();
        List<StackEvent> shown = causes.isEmpty() ? failed : causes;
        if (shown.isEmpty()) return "no failed resource reported";
        return shown.stream().map(e -> "resource " + e.logicalResourceId() + " (" + e.resourceType() + ") " + e.resourceStatusAsString()
                + ": " + e.resourceStatusReason()).collect(Collectors.joining("; "));
    }

    private Optional<Stack> stack(String name) {
        try {
            return cfn.describeStacks(r -> r.stackName(name)).stacks().stream().findFirst();
        } catch (CloudFormationException e) {
            if (Aws.errorCode(e).equals("ValidationError") && String.valueOf(e.getMessage()).contains("does not exist")) return Optional.empty();
            throw failure("DescribeStacks", name, e);
        }
    }

    private <T> T call(String operation, String name, Supplier<T> call) {
        try {
            return call.get();
        } catch (CloudFormationException e) {
            throw failure(operation, name, e);
        }
    }

    private DeployException failure(String operation, String name, CloudFormationException e) {
        return new DeployException(where() + "cloudformation:" + operation + " of stack " + name + " failed: " + Aws.describe(e)
                + (Aws.errorCode(e).equals("AlreadyExistsException") ? " (the stack exists: inspect it, delete it if unused, then retry)" : ""), e);
    }

    private void report(PrintWriter progress, String what) {
        progress.println("  " + region + ": stack " + what);
        progress.flush();
    }

    private String where() { return "account " + account + ", region " + region + ": "; }

    private static List<Parameter> parameters(Map<String, String> values) {
        return values.entrySet().stream().map(e -> Parameter.builder().parameterKey(e.getKey()).parameterValue(e.getValue()).build()).toList();
    }
}
