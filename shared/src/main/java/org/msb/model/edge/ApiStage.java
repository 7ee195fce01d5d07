package org.msb.model.edge;

import org.msb.error.InvalidItemException;
import org.msb.item.ConfigurationItem;
import org.msb.item.Node;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * An API Gateway REST API stage ({@code AWS::ApiGateway::Stage}: {@code stageName}, {@code webAclArn}; its id is
 * the stage ARN {@code arn:aws:apigateway:REGION::/restapis/API/stages/STAGE}) and the endpoint type of its API
 * from the {@code AWS::ApiGateway::RestApi} item ({@code endpointConfiguration.types}: EDGE, REGIONAL or PRIVATE).
 * A stage is public unless its API is PRIVATE.
 *
 * @param endpointTypes empty when the API's item is not recorded
 */
public record ApiStage(String stageArn, String restApiId, String stageName, String webAclArn, List<String> endpointTypes) {
    public static final String RESOURCE_TYPE = "AWS::ApiGateway::Stage";
    public static final String REST_API_TYPE = "AWS::ApiGateway::RestApi";

    public ApiStage { endpointTypes = List.copyOf(endpointTypes); }

    /** The stage with its API's endpoint types, looked up among the recorded REST API items. */
    public static ApiStage from(ConfigurationItem stage, Collection<ConfigurationItem> restApis) {
        if (!RESOURCE_TYPE.equals(stage.resourceType())) {
            throw new InvalidItemException("expected an " + RESOURCE_TYPE + " item, got " + stage.resourceType() + " " + stage.resourceId());
        }
        String arn = stage.arn() != null ? stage.arn() : stage.resourceId();
        String apiId = restApiId(arn);
        if (apiId == null) {
            throw new InvalidItemException(RESOURCE_TYPE + " " + stage.resourceId() + ": its ARN " + arn + " names no /restapis/ID/stages/NAME");
        }
        List<String> types = restApis.stream().filter(a -> apiId.equals(a.property("id").text()) || a.resourceId().endsWith("/restapis/" + apiId))
                .findFirst().map(ApiStage::endpointTypes).orElse(List.of());
        String waf = stage.property("webAclArn").text();
        return new ApiStage(arn, apiId, stage.property("stageName").text(stage.resourceName()), waf == null || waf.isBlank() ? null : waf, types);
    }

    /** The API's endpoint types; a type that is no string is a malformed item, never skipped (it may be PRIVATE). */
    private static List<String> endpointTypes(ConfigurationItem restApi) {
        List<String> types = new java.util.ArrayList<>();
        for (Node t : restApi.property("endpointConfiguration.types").list()) {
            if (t.text() == null) {
                throw new InvalidItemException(REST_API_TYPE + " " + restApi.resourceId() + ": endpointConfiguration.types holds "
                        + (t.isMissing() ? "null" : "a structured value") + " where an endpoint type (EDGE, REGIONAL, PRIVATE) belongs");
            }
            types.add(t.text());
        }
        return types;
    }

    /** Private APIs are reachable only through interface VPC endpoints; everything else faces the internet. */
    public boolean isPublic() { return !endpointTypes.contains("PRIVATE"); }

    public boolean apiRecorded() { return !endpointTypes.isEmpty(); }

    static String restApiId(String arn) {
        int i = arn.indexOf("/restapis/");
        if (i < 0) return null;
        String rest = arn.substring(i + "/restapis/".length());
        int slash = rest.indexOf('/');
        return slash <= 0 ? null : rest.substring(0, slash);
    }

    public Optional<String> webAcl() { return Optional.ofNullable(webAclArn); }
}
