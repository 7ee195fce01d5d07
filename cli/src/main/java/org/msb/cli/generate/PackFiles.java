package org.msb.cli.generate;

import org.msb.rule.RuleSpec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** conformance-packs/: one YAML file per pack and a README that lists them with their sizes and why any is split. */
final class PackFiles {
    static final String DIR = "conformance-packs/";

    private PackFiles() {}

    static Map<String, String> files(PackLayout layout) {
        Map<String, String> files = new LinkedHashMap<>();
        for (Pack p : layout.all()) {
            files.put(DIR + p.name() + ".yaml", Generated.yamlHeader() + headerLines(p) + PackRenderer.render(p, PackVariant.STANDALONE));
        }
        files.put(DIR + "README.md", readme(layout));
        return files;
    }

    /** Comment lines under the generated mark: what the pack holds and where it belongs. */
    static String headerLines(Pack p) {
        return "# " + p.name() + ": " + p.title() + "; " + p.rules().size() + " rule(s); deploy in " + p.scope().text() + ".\n"
                + "# Needs the rule functions " + Names.FUNCTION_PREFIX + "<rule-id> (alias " + Names.ALIAS + ") in the account or a central account: "
                + "set " + PackRenderer.LAMBDA_ARN_PREFIX + ". See docs/deployment.md.\n";
    }

    static String readme(PackLayout layout) {
        StringBuilder b = new StringBuilder(Generated.markdownHeader());
        b.append("# Conformance packs\n\n");
        b.append("Generated from the rule specs by `./msb generate`. Limits checked for every pack: template body <= ")
                .append(PackLimits.MAX_BODY_BYTES).append(" bytes, <= ").append(PackLimits.MAX_PARAMETERS).append(" parameters, <= ")
                .append(PackLimits.MAX_RULES).append(" rules. A pack whose name ends in `-global` holds rules on global resource types ")
                .append("and belongs in the home region only; the others belong in every region (the home region included). ")
                .append("Optional controls are only in the `msb-extended` packs. The deployment templates in `deploy/` create the section ")
                .append("and extended packs (each rule once per account and region); the whole-baseline packs are for deploying the ")
                .append("baseline as one unit instead.\n\n");
        b.append("Each file takes `").append(PackRenderer.LAMBDA_ARN_PREFIX).append("` (the functions' ARN up to the rule id), ")
                .append("`ExceptionRegister`, `ExecutionRoleName` (central pattern), `HomeRegion` (`-global` packs) and every rule parameter ")
                .append("with its default.\n\n");
        b.append("| pack | deploy in | rules | parameters | bytes (file) | bytes (in deploy/member-stackset.yaml) |\n");
        b.append("|---|---|---|---|---|---|\n");
        for (Pack p : layout.all()) {
            b.append("| ").append(p.name()).append(" | ").append(p.scope().text()).append(" | ")
                    .append(p.rules().stream().map(RuleSpec::id).collect(Collectors.joining(", "))).append(" | ")
                    .append(PackRenderer.parameters(p, PackVariant.STANDALONE).size()).append(" | ")
                    .append(PackLimits.bodyBytes(p, PackVariant.STANDALONE)).append(" | ")
                    .append(p.kind() == Pack.Kind.BASELINE ? "not deployed there" : Integer.toString(PackLimits.bodyBytes(p, PackVariant.MEMBER_STACK)))
                    .append(" |\n");
        }
        if (!layout.notes().isEmpty()) {
            b.append("\n## Why some packs are split\n\n");
            for (String n : layout.notes()) b.append("- ").append(n).append('\n');
        }
        return b.toString();
    }
}
