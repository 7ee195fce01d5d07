package org.msb.internal.live.builder;

import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.RestApi;
import software.amazon.awssdk.services.apigateway.model.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::ApiGateway::Stage} items: every stage (GetStages) of every REST API (GetRestApis), shaped as Config
 * records them (aws-config-rdk AWS_ApiGateway_Stage.json): resource id and ARN
 * {@code arn:aws:apigateway:REGION::/restapis/ID/stages/NAME}, name the stage name; configuration stageName,
 * deploymentId, description, clientCertificateId, cacheClusterEnabled, tracingEnabled, webAclArn, createdDate,
 * lastUpdatedDate.
 */
public final class ApiGatewayStageItemBuilder implements ItemBuilder {

    @Override public String describe() { return "apigateway:GET /restapis, apigateway:GET /restapis/*/stages"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        ApiGatewayClient api = ctx.clients().regional(ApiGatewayClient.class, ApiGatewayClient::builder);
        List<RestApi> apis = AwsCall.read("API Gateway", "GetRestApis", "apigateway:GET",
                () -> api.getRestApisPaginator(r -> r.limit(500)).items().stream().toList());
        List<ConfigurationItem> out = new ArrayList<>();
        for (RestApi a : apis) {
            List<Stage> stages = AwsCall.readOptional("API Gateway", "GetStages", "apigateway:GET", Set.of("NotFoundException"),
                    () -> api.getStages(r -> r.restApiId(a.id())).item());
            if (stages == null) continue;
            for (Stage s : stages) {
                String arn = "arn:" + ctx.partition() + ":apigateway:" + ctx.region() + "::/restapis/" + a.id() + "/stages/" + s.stageName();
                out.add(new ItemDraft(ctx, "AWS::ApiGateway::Stage", arn)
                        .name(s.stageName())
                        .arn(arn)
                        .availabilityZone("Regional")
                        .created(s.createdDate())
                        .configuration(ItemDraft.object("stageName", s.stageName(), "deploymentId", s.deploymentId(),
                                "description", s.description(), "clientCertificateId", s.clientCertificateId(),
                                "cacheClusterEnabled", s.cacheClusterEnabled(), "tracingEnabled", s.tracingEnabled(),
                                "webAclArn", s.webAclArn(), "createdDate", ItemDraft.configTime(s.createdDate()),
                                "lastUpdatedDate", ItemDraft.configTime(s.lastUpdatedDate())))
                        .relationship("AWS::ApiGateway::RestApi", a.id(), "Is contained in RestApi")
                        .build());
            }
        }
        return out;
    }
}
