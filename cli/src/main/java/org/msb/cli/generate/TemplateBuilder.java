package org.msb.cli.generate;

import org.msb.rule.ParameterSpec;
import org.msb.rule.RuleSpec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds every deployment template the same way: description, parameters (the shared ones by name from
 * {@link TemplateParameters}, then each rule's), conditions, resources and outputs in CloudFormation's section
 * order; then CloudFormation's size limits, pruning of what no resource uses ({@link TemplatePruner}), and YAML
 * under the generated-file mark.
 */
final class TemplateBuilder {
    /** CloudFormation accepts at most 200 parameters and 500 resources per template. */
    static final int MAX_TEMPLATE_PARAMETERS = 200;
    static final int MAX_TEMPLATE_RESOURCES = 500;

    private final String file;
    private final String description;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final Map<String, Object> conditions = new LinkedHashMap<>();
    private final Map<String, Object> resources = new LinkedHashMap<>();
    private final Map<String, Object> outputs = new LinkedHashMap<>();

    /** @param file where the template is written, named in a size error */
    TemplateBuilder(String file, String description) {
        this.file = file;
        this.description = description;
    }

    /** The shared parameters, in this order, as {@link TemplateParameters} declares them. */
    TemplateBuilder parameters(String... names) {
        for (String name : names) parameters.put(name, TemplateParameters.declaration(name));
        return this;
    }

    TemplateBuilder parameter(String name, Map<String, Object> declaration) {
        parameters.put(name, declaration);
        return this;
    }

    /** Every rule parameter as a template parameter with the pack's name and default, so a stack can override it. */
    TemplateBuilder ruleParameters(List<RuleSpec> rules) {
        for (RuleSpec s : rules) {
            for (ParameterSpec p : s.parameters()) parameters.put(Names.packParameter(s, p), PackRenderer.declaration(p));
        }
        return this;
    }

    TemplateBuilder conditions(Map<String, ?> more) {
        conditions.putAll(more);
        return this;
    }

    TemplateBuilder resource(String name, Object definition) {
        resources.put(name, definition);
        return this;
    }

    TemplateBuilder resources(Map<String, ?> more) {
        resources.putAll(more);
        return this;
    }

    TemplateBuilder output(String name, Object value) {
        outputs.put(name, Map.of("Value", value));
        return this;
    }

    /** The template's YAML; fails naming the file when it exceeds what CloudFormation accepts. */
    String render() {
        checkSize();
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("AWSTemplateFormatVersion", "2010-09-09");
        t.put("Description", description);
        t.put("Parameters", parameters);
        if (!conditions.isEmpty()) t.put("Conditions", conditions);
        t.put("Resources", resources);
        if (!outputs.isEmpty()) t.put("Outputs", outputs);
        return Generated.yamlHeader() + YamlEmitter.write(TemplatePruner.prune(t));
    }

    private void checkSize() {
        if (parameters.size() > MAX_TEMPLATE_PARAMETERS) {
            throw new IllegalStateException(file + " would declare " + parameters.size() + " parameters; CloudFormation accepts "
                    + MAX_TEMPLATE_PARAMETERS + " (too many rule parameters: expose fewer, or split the template)");
        }
        if (resources.size() > MAX_TEMPLATE_RESOURCES) {
            throw new IllegalStateException(file + " would declare " + resources.size() + " resources; CloudFormation accepts "
                    + MAX_TEMPLATE_RESOURCES + " (split the rules over two StackSets)");
        }
    }
}
