package org.msb.cli.deploy;

import software.amazon.awssdk.services.cloudformation.model.Capability;

import java.util.List;
import java.util.Map;

/**
 * One plain CloudFormation stack as it should be: its name and region, the template (an artifact, uploaded to the
 * region's artifact bucket and passed by URL, since most of ours are over CreateStack's 51,200-byte body limit),
 * every parameter value set, and the capabilities the template needs.
 */
public record StackSpec(String region, String name, Artifact template, Map<String, String> parameters, List<Capability> capabilities) {
    public StackSpec {
        parameters = Map.copyOf(parameters);
        capabilities = List.copyOf(capabilities);
    }
}
