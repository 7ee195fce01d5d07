package org.msb.internal.live.builder;

import com.google.gson.JsonArray;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code AWS::Lambda::Function} items from ListFunctions (+ ListTags), shaped as Config records them
 * (aws-config-rdk AWS_LAMBDA_FUNCTION.json): resource id and name the function name; configuration functionName,
 * functionArn, runtime, role, handler, codeSize, description, timeout, memorySize, lastModified, codeSha256,
 * version, vpcConfig, tracingConfig, revisionId, kmskeyArn. Like Config's item it carries no environment
 * variables: those may hold secrets and are read, as findings only, by the fact lambda.environmentSecrets.
 */
public final class LambdaFunctionItemBuilder implements ItemBuilder {

    @Override public String describe() { return "lambda:ListFunctions, lambda:ListTags"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        LambdaClient lambda = ctx.clients().regional(LambdaClient.class, LambdaClient::builder);
        List<FunctionConfiguration> functions = AwsCall.read("Lambda", "ListFunctions", "lambda:ListFunctions",
                () -> lambda.listFunctionsPaginator(r -> r.maxItems(50)).functions().stream().toList());
        List<ConfigurationItem> out = new ArrayList<>(functions.size());
        for (FunctionConfiguration f : functions) {
            Map<String, String> tags = AwsCall.readOptional("Lambda", "ListTags", "lambda:ListTags", Set.of("ResourceNotFoundException"),
                    () -> lambda.listTags(r -> r.resource(f.functionArn())).tags());
            if (tags == null) continue;
            var vpc = f.vpcConfig();
            JsonArray subnets = new JsonArray();
            JsonArray groups = new JsonArray();
            if (vpc != null) {
                vpc.subnetIds().forEach(subnets::add);
                vpc.securityGroupIds().forEach(groups::add);
            }
            out.add(new ItemDraft(ctx, "AWS::Lambda::Function", f.functionName())
                    .name(f.functionName())
                    .arn(f.functionArn())
                    .availabilityZone("Not Applicable")
                    .configuration(ItemDraft.object("functionName", f.functionName(), "functionArn", f.functionArn(),
                            "runtime", f.runtimeAsString(), "role", f.role(), "handler", f.handler(), "codeSize", f.codeSize(),
                            "description", f.description(), "timeout", f.timeout(), "memorySize", f.memorySize(),
                            "lastModified", f.lastModified(), "codeSha256", f.codeSha256(), "version", f.version(),
                            "vpcConfig", vpc == null || vpc.subnetIds().isEmpty() ? null
                                    : ItemDraft.object("subnetIds", subnets, "securityGroupIds", groups),
                            "tracingConfig", f.tracingConfig() == null ? null : ItemDraft.object("mode", f.tracingConfig().modeAsString()),
                            "revisionId", f.revisionId(), "kmskeyArn", f.kmsKeyArn()))
                    .tags(tags)
                    .build());
        }
        return out;
    }
}
