package org.msb.model.edge;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.msb.error.InvalidItemException;
import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;
import org.msb.testkit.Reference;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Load balancers, distributions, API stages and DNS names read from the real example items. */
class EdgeModelTest {

    private static JsonObject json(String file) throws IOException {
        return JsonParser.parseString(Files.readString(Reference.examples().resolve("aws-config-rdk/example_ci/" + file))).getAsJsonObject();
    }

    private static ConfigurationItem item(String file) throws IOException { return ConfigurationItemParser.parse(json(file)); }

    @Test
    void dnsName_whenCaseTrailingDotOrDualstack_comparesEqual() {
        assertTrue(DnsName.same("dualstack.MyALB-1278615410.us-east-1.elb.amazonaws.com.", "myalb-1278615410.us-east-1.elb.amazonaws.com"));
        assertTrue(DnsName.same("D1012UK692AOH5.cloudfront.net.", "d1012uk692aoh5.cloudfront.net"));
        assertFalse(DnsName.same("internal-myalb.us-east-1.elb.amazonaws.com", "myalb.us-east-1.elb.amazonaws.com"));
        assertFalse(DnsName.same(null, "x"));
        assertNull(DnsName.of(" "));
    }

    @Test
    void loadBalancer_fromRdkExample_isAnInternetFacingApplicationLoadBalancer() throws IOException {
        LoadBalancer lb = LoadBalancer.from(item("AWS_ElasticLoadBalancingV2_LoadBalancer.json"));
        assertTrue(lb.isInternetFacing());
        assertTrue(lb.isApplication());
        assertEquals("MyALB-1278615410.us-east-1.elb.amazonaws.com", lb.dnsName());
        assertEquals(List.of("sg-2ed0d557"), lb.securityGroups());
        assertEquals("MyALB", lb.name());
    }

    @Test
    void loadBalancer_whenSchemeMissing_refusesToGuess() throws IOException {
        JsonObject j = json("AWS_ElasticLoadBalancingV2_LoadBalancer.json");
        j.getAsJsonObject("configuration").remove("scheme");
        InvalidItemException e = assertThrows(InvalidItemException.class, () -> LoadBalancer.from(ConfigurationItemParser.parse(j)));
        assertTrue(e.getMessage().contains("configuration.scheme is missing"), e.getMessage());
    }

    @Test
    void distribution_fromRdkExample_readsOriginsAndEmptyWebAcl() throws IOException {
        Distribution d = Distribution.from(item("AWS_CLOUDFRONT_DISTRIBUTION.json"));
        assertEquals("E31V0VAAPINP3I", d.id());
        assertEquals("d1012uk692aoh5.cloudfront.net", d.domainName());
        assertNull(d.webAclId(), "webACLId \"\" means no web ACL");
        assertTrue(d.hasOrigin("TEST-LOAD-BALANCER-160681750.us-east-1.elb.amazonaws.com."));
        assertTrue(d.enabled());
    }

    @Test
    void apiStage_fromRdkExamples_takesEndpointTypeFromItsRestApi() throws IOException {
        ConfigurationItem stage = item("AWS_ApiGateway_Stage.json");
        ApiStage s = ApiStage.from(stage, List.of(item("AWS_ApiGateway_RestApi.json")));
        assertEquals("test", s.restApiId());
        assertEquals(List.of("REGIONAL"), s.endpointTypes());
        assertTrue(s.isPublic());
        assertNull(s.webAclArn());
        ApiStage alone = ApiStage.from(stage, List.of());
        assertFalse(alone.apiRecorded());
        assertTrue(alone.isPublic(), "an API whose item is missing is taken as public, never as private");
    }

    /** Found by .ci/fuzz in CI (RuleEvaluateFuzzTestInputs/evaluateMutatedItem/finding-api-endpoint-type-null): a NullPointerException. */
    @Test
    void apiStage_whoseRestApiHasAnEndpointTypeThatIsNoString_isAMalformedItem() throws IOException {
        JsonObject api = json("AWS_ApiGateway_RestApi.json");
        api.getAsJsonObject("configuration").getAsJsonObject("endpointConfiguration")
                .add("types", JsonParser.parseString("[null, \"PRIVATE\"]"));
        ConfigurationItem restApi = ConfigurationItemParser.parse(api);

        InvalidItemException e = assertThrows(InvalidItemException.class, () -> ApiStage.from(item("AWS_ApiGateway_Stage.json"), List.of(restApi)));

        assertTrue(e.getMessage().contains("endpointConfiguration.types holds null"), e.getMessage());
    }
}
