package org.msb.internal.live.builder;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.GetHostedZoneResponse;
import software.amazon.awssdk.services.route53.model.HostedZone;
import software.amazon.awssdk.services.route53.model.Tag;
import software.amazon.awssdk.services.route53.model.TagResourceType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code AWS::Route53::HostedZone} items from ListHostedZones, GetHostedZone and ListTagsForResource, shaped as
 * Config records them (aws-config-rdk AWS_R53_HostedZone.json): Id (without {@code /hostedzone/}), Name,
 * HostedZoneConfig {Comment}, NameServers, VPCs [{VPCId, VPCRegion}] (private zones), HostedZoneTags [{Key, Value}].
 * Given only in the region where Config records global resources ({@link GlobalResourceRegion}).
 */
public final class Route53HostedZoneItemBuilder implements ItemBuilder {

    @Override public String describe() { return "route53:ListHostedZones, route53:GetHostedZone, route53:ListTagsForResource"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        if (!GlobalResourceRegion.isRecordingRegion(ctx)) return List.of();
        Route53Client r53 = ctx.clients().global(Route53Client.class, Route53Client::builder);
        List<HostedZone> zones = AwsCall.read("Route 53", "ListHostedZones", "route53:ListHostedZones",
                () -> r53.listHostedZonesPaginator(r -> {}).hostedZones().stream().toList());
        List<ConfigurationItem> out = new ArrayList<>(zones.size());
        for (HostedZone z : zones) {
            String id = z.id().substring(z.id().lastIndexOf('/') + 1);
            GetHostedZoneResponse detail = AwsCall.read("Route 53", "GetHostedZone", "route53:GetHostedZone", () -> r53.getHostedZone(r -> r.id(id)));
            List<Tag> tags = AwsCall.read("Route 53", "ListTagsForResource", "route53:ListTagsForResource",
                    () -> r53.listTagsForResource(r -> r.resourceType(TagResourceType.HOSTEDZONE).resourceId(id)).resourceTagSet().tags());
            out.add(item(ctx, id, z, detail, tags));
        }
        return out;
    }

    static ConfigurationItem item(BuildContext ctx, String id, HostedZone z, GetHostedZoneResponse detail, List<Tag> tagList) {
        Map<String, String> tags = new LinkedHashMap<>();
        tagList.forEach(t -> tags.put(t.key(), t.value()));
        JsonArray ns = new JsonArray();
        if (detail.delegationSet() != null) detail.delegationSet().nameServers().forEach(ns::add);
        JsonArray vpcs = new JsonArray();
        detail.vpCs().forEach(v -> vpcs.add(ItemDraft.object("VPCId", v.vpcId(), "VPCRegion", v.vpcRegionAsString())));
        JsonArray zoneTags = new JsonArray();
        tags.forEach((k, v) -> zoneTags.add(ItemDraft.object("Key", k, "Value", v)));
        String comment = z.config() == null ? null : z.config().comment();
        JsonObject conf = ItemDraft.object(
                "Id", id,
                "HostedZoneConfig", comment == null ? new JsonObject() : ItemDraft.object("Comment", comment),
                "Name", z.name(),
                "NameServers", ns,
                "VPCs", vpcs,
                "HostedZoneTags", zoneTags);
        return new ItemDraft(ctx, "AWS::Route53::HostedZone", id)
                .name(z.name())
                .arn("arn:" + ctx.partition() + ":route53:::hostedzone/" + id)
                .availabilityZone("Regional")
                .configuration(conf)
                .tags(tags)
                .build();
    }
}
