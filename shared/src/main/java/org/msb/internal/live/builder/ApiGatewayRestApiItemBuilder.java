package org.msb.internal.live.builder;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.RestApi;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code AWS::ApiGateway::RestApi} items from GetRestApis, shaped as Config records them (aws-config-rdk
 * AWS_ApiGateway_RestApi.json): the API ARN {@code arn:aws:apigateway:REGION::/restapis/ID} as id, configuration
 * {id, name, description, createdDate ("Feb 21, 2022 6:36:56 PM"), version, apiKeySource, binaryMediaTypes,
 * minimumCompressionSize, endpointConfiguration {types}}.
 */
public final class ApiGatewayRestApiItemBuilder implements ItemBuilder {
    /** Config writes API Gateway dates the way Java's default date format did. */
    static final DateTimeFormatter CONFIG_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy h:mm:ss a", Locale.US).withZone(ZoneOffset.UTC);

    @Override public String describe() { return "apigateway:GET (GetRestApis)"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        List<ConfigurationItem> out = new ArrayList<>();
        for (RestApi a : restApis(ctx)) out.add(item(ctx, a));
        return out;
    }

    static List<RestApi> restApis(BuildContext ctx) {
        ApiGatewayClient api = ctx.clients().regional(ApiGatewayClient.class, ApiGatewayClient::builder);
        return AwsCall.read("API Gateway", "GetRestApis", "apigateway:GET",
                () -> api.getRestApisPaginator(r -> r.limit(500)).items().stream().toList());
    }

    static String arn(BuildContext ctx, String apiId) { return "arn:" + ctx.partition() + ":apigateway:" + ctx.region() + "::/restapis/" + apiId; }

    static String date(Instant t) { return t == null ? null : CONFIG_DATE.format(t); }

    static ConfigurationItem item(BuildContext ctx, RestApi a) {
        JsonArray types = new JsonArray();
        if (a.endpointConfiguration() != null) a.endpointConfiguration().typesAsStrings().forEach(types::add);
        JsonArray media = new JsonArray();
        a.binaryMediaTypes().forEach(media::add);
        JsonObject conf = ItemDraft.object(
                "id", a.id(),
                "name", a.name(),
                "description", a.description(),
                "createdDate", date(a.createdDate()),
                "version", a.version(),
                "binaryMediaTypes", media,
                "minimumCompressionSize", a.minimumCompressionSize(),
                "apiKeySource", a.apiKeySourceAsString(),
                "endpointConfiguration", ItemDraft.object("types", types));
        return new ItemDraft(ctx, "AWS::ApiGateway::RestApi", arn(ctx, a.id()))
                .name(a.name())
                .arn(arn(ctx, a.id()))
                .availabilityZone("Not Applicable")
                .created(a.createdDate())
                .configuration(conf)
                .tags(a.tags())
                .build();
    }
}
