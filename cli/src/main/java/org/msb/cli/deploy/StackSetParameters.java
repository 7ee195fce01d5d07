package org.msb.cli.deploy;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The StackSet's parameter values, all of them said on every run so the deployed state is what the command line
 * says: the artifact location and version, the home region, and what the user sets (rule parameters, the register).
 * A name the member template does not declare is an error listing those it does.
 */
final class StackSetParameters {
    private StackSetParameters() {}

    /** Refuses a parameter the template does not declare, or one msb deploy sets itself. */
    static void check(DeploySettings settings, Release release) { of(settings, release, "check"); }

    static Map<String, String> of(DeploySettings settings, Release release, String bucketPrefix) {
        Set<String> declared = declared(release.memberTemplate().text());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("ArtifactBucketPrefix", bucketPrefix);
        values.put("ArtifactVersion", release.version());
        if (declared.contains("HomeRegion")) values.put("HomeRegion", settings.homeRegion());
        return merge("member", release.memberTemplate().text(), values, settings.parameters(), settings.apiRegion());
    }

    /**
     * The values msb sets, then the user's (-p), each checked against what the template declares; the register's
     * read ARN derived from ExceptionRegister where the template takes it.
     */
    static Map<String, String> merge(String templateName, String template, Map<String, String> fixed, Map<String, String> user, String region) {
        Set<String> declared = declared(template);
        Map<String, String> values = new LinkedHashMap<>(fixed);
        for (Map.Entry<String, String> e : user.entrySet()) {
            if (!declared.contains(e.getKey())) {
                throw new IllegalArgumentException("the " + templateName + " template has no parameter " + e.getKey() + "; it declares: " + String.join(", ", declared));
            }
            if (values.containsKey(e.getKey())) throw new IllegalArgumentException(e.getKey() + " is set by msb deploy itself; use its option instead");
            values.put(e.getKey(), e.getValue());
        }
        String register = values.get("ExceptionRegister");
        if (register != null && !register.isEmpty() && declared.contains("ExceptionRegisterReadArn") && !values.containsKey("ExceptionRegisterReadArn")) {
            values.put("ExceptionRegisterReadArn", registerArn(register, partition(region)));
        }
        return values;
    }

    /** The IAM resource of a register location: s3://b/k becomes arn:aws:s3:::b/k, ssm:/p becomes arn:aws:ssm:*:*:parameter/p. */
    static String registerArn(String location, String partition) {
        if (location.startsWith("s3://")) return "arn:" + partition + ":s3:::" + location.substring("s3://".length());
        if (location.startsWith("ssm:")) {
            String name = location.substring("ssm:".length());
            return "arn:" + partition + ":ssm:*:*:parameter/" + (name.startsWith("/") ? name.substring(1) : name);
        }
        throw new IllegalArgumentException("ExceptionRegister \"" + location + "\" is neither s3://bucket/key nor ssm:/parameter/name");
    }

    static String partition(String region) {
        if (region.startsWith("cn-")) return "aws-cn";
        if (region.startsWith("us-gov-")) return "aws-us-gov";
        return "aws";
    }

    static Set<String> declared(String template) { return new TreeSet<>(parameterDeclarations(template).keySet()); }

    /** Each declared parameter's Default as CloudFormation reports it (a string); parameters without one are left out. */
    static Map<String, String> defaults(String template) {
        Map<String, String> out = new LinkedHashMap<>();
        parameterDeclarations(template).forEach((name, declaration) -> {
            Object d = declaration instanceof Map<?, ?> m ? m.get("Default") : null;
            if (d != null) out.put(name, d instanceof List<?> l ? l.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")) : String.valueOf(d));
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parameterDeclarations(String template) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(10 * 1024 * 1024);
        Map<String, Object> t = new Yaml(options).load(template);
        Object p = t == null ? null : t.get("Parameters");
        return p instanceof Map<?, ?> ? (Map<String, Object>) p : Map.of();
    }
}
