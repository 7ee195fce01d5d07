package org.msb.internal.live.builder;

import com.google.gson.JsonObject;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.RestApi;
import software.amazon.awssdk.services.apigateway.model.Stage;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code AWS::ApiGateway::Stage} items from GetRestApis and GetStages, shaped as Config records them (aws-config-rdk
 * AWS_ApiGateway_Stage.json): the stage ARN {@code arn:aws:apigateway:REGION::/restapis/ID/stages/NAME} as id,
 * configuration {deploymentId, stageName, description, cacheClusterEnabled, cacheClusterStatus, methodSettings {},
 * tracingEnabled, webAclArn, accessLogSettings, clientCertificateId, createdDate, lastUpdatedDate}; a relationship to
 * the REST API ("Is contained in ", as Config spells it).
 */
public final class ApiGatewayStageItemBuilder implements ItemBuilder {

    @Override public String describe() { return "apigateway:GET (GetRestApis, GetStages)"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        ApiGatewayClient api = ctx.clients().regional(ApiGatewayClient.class, ApiGatewayClient::builder);
        List<ConfigurationItem> out = new ArrayList<>();
        for (RestApi a : ApiGatewayRestApiItemBuilder.restApis(ctx)) {
            List<Stage> stages = AwsCall.read("API Gateway", "GetStages", "apigateway:GET", () -> api.getStages(r -> r.restApiId(a.id())).item());
            for (Stage s : stages) out.add(item(ctx, a, s));
        }
        return out;
    }

    static ConfigurationItem item(BuildContext ctx, RestApi a, Stage s) {
        String apiArn = ApiGatewayRestApiItemBuilder.arn(ctx, a.id());
        String arn = apiArn + "/stages/" + s.stageName();
        JsonObject conf = ItemDraft.object(
                "deploymentId", s.deploymentId(),
                "stageName", s.stageName(),
                "description", s.description(),
                "cacheClusterEnabled", s.cacheClusterEnabled(),
                "cacheClusterSize", s.cacheClusterSize(),
                "cacheClusterStatus", s.cacheClusterStatusAsString(),
                "methodSettings", new JsonObject(),
                "tracingEnabled", s.tracingEnabled(),
                "webAclArn", s.webAclArn(),
                "clientCertificateId", s.clientCertificateId(),
                "accessLogSettings", s.accessLogSettings() == null ? null
                        : ItemDraft.object("format", s.accessLogSettings().format(), "destinationArn", s.accessLogSettings().destinationArn()),
                "createdDate", ApiGatewayRestApiItemBuilder.date(s.createdDate()),
                "lastUpdatedDate", ApiGatewayRestApiItemBuilder.date(s.lastUpdatedDate()));
        return new ItemDraft(ctx, "AWS::ApiGateway::Stage", arn)
                .name(s.stageName())
                .arn(arn)
                .availabilityZone("Not Applicable")
                .created(s.createdDate())
                .configuration(conf)
                .tags(s.tags())
                .relationship("AWS::ApiGateway::RestApi", apiArn, "Is contained in ")
                .build();
    }
}
