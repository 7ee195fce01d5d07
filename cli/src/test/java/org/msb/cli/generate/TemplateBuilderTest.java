package org.msb.cli.generate;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one way deployment templates are assembled: section order, shared declarations, pruning, CloudFormation's limits. */
class TemplateBuilderTest {
    static final Map<String, Object> QUEUE = Cfn.resource("AWS::SQS::Queue", null, null,
            Cfn.map("QueueName", Cfn.sub("q-${" + TemplateParameters.HOME_REGION + "}")));

    @Test
    void render_writesSectionsInCloudFormationsOrder_sharedDeclarations_andPrunesWhatNoResourceUses() {
        String yaml = new TemplateBuilder("deploy/t.yaml", "a test template")
                .parameters(TemplateParameters.HOME_REGION, TemplateParameters.LOG_RETENTION)
                .conditions(Map.of("Unused", Cfn.equalsTo(Cfn.ref(TemplateParameters.LOG_RETENTION), 90)))
                .resource("Queue", QUEUE)
                .output("QueueUrl", Cfn.ref("Queue"))
                .render();

        assertTrue(yaml.startsWith(Generated.yamlHeader()), yaml);
        Map<String, Object> t = Templates.parse(yaml);
        assertEquals(List.of("AWSTemplateFormatVersion", "Description", "Parameters", "Resources", "Outputs"), List.copyOf(t.keySet()));
        assertEquals("a test template", t.get("Description"));
        Map<String, Object> params = Templates.map(t, "Parameters");
        assertEquals(List.of(TemplateParameters.HOME_REGION), List.copyOf(params.keySet()), "LogRetentionDays is used by no resource");
        assertEquals(TemplateParameters.declaration(TemplateParameters.HOME_REGION).get("AllowedPattern"),
                Templates.map(params, TemplateParameters.HOME_REGION).get("AllowedPattern"));
        assertEquals(Map.of("Value", Map.of("Ref", "Queue")), Templates.map(t, "Outputs", "QueueUrl"));
    }

    @Test
    void render_withoutConditionsOrOutputs_leavesThoseSectionsOut() {
        Map<String, Object> t = Templates.parse(new TemplateBuilder("deploy/t.yaml", "d").resource("Queue", QUEUE).render());
        assertFalse(t.containsKey("Conditions"));
        assertFalse(t.containsKey("Outputs"));
    }

    @Test
    void render_overCloudFormationsParameterLimit_failsNamingTheFile() {
        TemplateBuilder t = new TemplateBuilder("deploy/member-stackset.yaml", "d").resource("Queue", QUEUE);
        for (int i = 0; i <= TemplateBuilder.MAX_TEMPLATE_PARAMETERS; i++) t.parameter("P" + i, Cfn.parameter("String", "", "p"));
        IllegalStateException e = assertThrows(IllegalStateException.class, t::render);
        assertTrue(e.getMessage().startsWith("deploy/member-stackset.yaml would declare 201 parameters; CloudFormation accepts 200"), e.getMessage());
    }

    @Test
    void render_overCloudFormationsResourceLimit_failsNamingTheFile() {
        TemplateBuilder t = new TemplateBuilder("deploy/central-functions.yaml", "d");
        for (int i = 0; i <= TemplateBuilder.MAX_TEMPLATE_RESOURCES; i++) t.resource("Queue" + i, QUEUE);
        IllegalStateException e = assertThrows(IllegalStateException.class, t::render);
        assertTrue(e.getMessage().startsWith("deploy/central-functions.yaml would declare 501 resources; CloudFormation accepts 500"), e.getMessage());
    }

    @Test
    void parameters_anUnknownSharedName_isRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TemplateBuilder("deploy/t.yaml", "d").parameters("HomeRegoin"));
        assertEquals("no shared template parameter HomeRegoin", e.getMessage());
    }
}
