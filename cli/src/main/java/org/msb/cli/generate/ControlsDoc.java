package org.msb.cli.generate;

import org.msb.rule.ParameterSpec;
import org.msb.rule.RuleSpec;

import java.util.List;
import java.util.stream.Collectors;

/** docs/controls.md: one table row per rule, from its spec, for the README and for reviewers of the IAM policies. */
final class ControlsDoc {
    static final String FILE = "docs/controls.md";

    private ControlsDoc() {}

    static String render(List<RuleSpec> rules, PackLayout layout) {
        StringBuilder b = new StringBuilder(Generated.markdownHeader());
        b.append("# Controls\n\n");
        b.append(rules.size()).append(" rule(s), one AWS Config custom Lambda rule per baseline control, in baseline order. ")
                .append("Generated from the rule specs by `./msb generate`.\n\n");
        b.append("- **Trigger**: *change* = evaluated when a resource of the listed types changes (both change notification types); ")
                .append("*periodic* = evaluated on a schedule; *home region* = a rule on global resource types, deployed in the home region only.\n")
                .append("- **IAM actions**: what the rule's role may do besides what every rule does (`config:PutEvaluations`, ")
                .append("`logs:CreateLogStream` and `logs:PutLogEvents` on its own log group, `s3:GetObject`/`ssm:GetParameter` on the exception ")
                .append("register when one is configured). Each action comes from a fact the rule declares or a resource type it reads.\n")
                .append("- **Pack**: the conformance pack the deployment templates put the rule in (see `conformance-packs/README.md`).\n\n");
        b.append("| Control | Rule | Section | Title | Trigger | Parameters (default) | IAM actions | Managed rules | Security Hub (FSBP) | CIS | Pack |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (RuleSpec s : rules) {
            b.append("| ").append(s.controlId())
                    .append(" | `").append(s.id()).append('`')
                    .append(" | ").append(s.section().name())
                    .append(" | ").append(cell(s.title()))
                    .append(" | ").append(trigger(s))
                    .append(" | ").append(parameters(s))
                    .append(" | ").append(actions(s))
                    .append(" | ").append(list(s.managedRules()))
                    .append(" | ").append(list(s.securityHubControls()))
                    .append(" | ").append(list(s.cisControls()))
                    .append(" | ").append(pack(s, layout))
                    .append(" |\n");
        }
        return b.toString();
    }

    static String trigger(RuleSpec s) {
        StringBuilder t = new StringBuilder();
        if (s.isChangeTriggered()) t.append("change: ").append(String.join(", ", s.changeTypes()));
        if (s.isPeriodic()) t.append(t.length() > 0 ? "<br>" : "").append("periodic ").append(s.frequency().name());
        if (s.global()) t.append("<br>home region");
        if (s.optional()) t.append("<br>optional");
        if (s.attestationBased()) t.append("<br>attestation");
        return t.toString();
    }

    static String parameters(RuleSpec s) {
        if (s.parameters().isEmpty()) return "-";
        return s.parameters().stream().map(ControlsDoc::parameter).collect(Collectors.joining("<br>"));
    }

    private static String parameter(ParameterSpec p) {
        return "`" + p.name() + "` = " + (p.defaultValue() == null || p.defaultValue().isEmpty() ? "(none)" : "`" + cell(p.defaultValue()) + "`");
    }

    static String actions(RuleSpec s) {
        List<String> actions = RulePermissions.inAccount(s).stream().map(Grant::action)
                .filter(a -> !a.equals(RulePermissions.PUT_EVALUATIONS)).toList();
        return actions.isEmpty() ? "-" : actions.stream().map(a -> "`" + a + "`").collect(Collectors.joining("<br>"));
    }

    static String pack(RuleSpec s, PackLayout layout) {
        return layout.deployed().stream().filter(p -> p.rules().contains(s)).map(Pack::name).collect(Collectors.joining(", "));
    }

    private static String list(List<String> items) { return items.isEmpty() ? "-" : cell(String.join(", ", items)); }

    private static String cell(String s) { return s.replace("|", "\\|").replace("\n", " "); }
}
