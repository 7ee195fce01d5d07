package org.msb.model.monitoring;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import java.math.BigDecimal;

/** Events as EventBridge delivers them to rules of the default bus: the envelope and its {@code detail}. */
public final class EventBridgeEvent {
    private EventBridgeEvent() {}

    /**
     * A CloudTrail record as EventBridge delivers it: detail-type "AWS API Call via CloudTrail" (or "AWS Console
     * Sign In via CloudTrail"), source {@code aws.<service>} from the event source, the record as detail.
     */
    public static JsonObject fromCloudTrail(JsonObject record) {
        String eventSource = record.get("eventSource").getAsString();
        String service = eventSource.substring(0, eventSource.indexOf('.') < 0 ? eventSource.length() : eventSource.indexOf('.'));
        boolean signIn = "AwsConsoleSignIn".equals(record.get("eventType").getAsString());
        return envelope(signIn ? "AWS Console Sign In via CloudTrail" : "AWS API Call via CloudTrail", "aws." + service,
                record.get("recipientAccountId").getAsString(), record.get("awsRegion").getAsString(), new JsonArray(), record.deepCopy());
    }

    /**
     * A GuardDuty finding event ("GuardDuty Finding", source aws.guardduty) with the finding's account, region,
     * type, resource type and severity, shaped as GuardDuty's finding format (schema 2.0) writes them.
     */
    public static JsonObject guardDutyFinding(String account, String region, String findingType, String resourceType, BigDecimal severity) {
        JsonObject resource = new JsonObject();
        resource.addProperty("resourceType", resourceType);
        JsonObject service = new JsonObject();
        service.addProperty("serviceName", "guardduty");
        service.addProperty("detectorId", "12abc34d567e8fa901bc2d34e56789f0");
        service.addProperty("archived", false);
        service.addProperty("count", 1);
        service.addProperty("eventFirstSeen", "2026-11-30T09:40:12.000Z");
        service.addProperty("eventLastSeen", "2026-11-30T09:41:07.000Z");
        JsonObject detail = new JsonObject();
        detail.addProperty("schemaVersion", "2.0");
        detail.addProperty("accountId", account);
        detail.addProperty("region", region);
        detail.addProperty("partition", "aws");
        detail.addProperty("id", "7cc5b5c0a8f14d2e9b3f6a1d0e4c8b27");
        detail.addProperty("arn", "arn:aws:guardduty:" + region + ":" + account
                + ":detector/12abc34d567e8fa901bc2d34e56789f0/finding/7cc5b5c0a8f14d2e9b3f6a1d0e4c8b27");
        detail.addProperty("type", findingType);
        detail.add("resource", resource);
        detail.add("service", service);
        detail.addProperty("severity", severity);
        detail.addProperty("createdAt", "2026-11-30T09:41:27.512Z");
        detail.addProperty("updatedAt", "2026-11-30T09:41:27.512Z");
        detail.addProperty("title", "Sample finding " + findingType);
        detail.addProperty("description", "Sample finding of type " + findingType + " used to test event routing.");
        return envelope("GuardDuty Finding", "aws.guardduty", account, region, new JsonArray(), detail);
    }

    private static JsonObject envelope(String detailType, String source, String account, String region, JsonArray resources, JsonObject detail) {
        JsonObject e = new JsonObject();
        e.addProperty("version", "0");
        e.addProperty("id", "5e2a1c3d-8f4b-4a7e-9c0d-1b6f2e3a4c5d");
        e.addProperty("detail-type", detailType);
        e.addProperty("source", source);
        e.addProperty("account", account);
        e.addProperty("time", CloudTrailRecord.EVENT_TIME);
        e.addProperty("region", region);
        e.add("resources", resources);
        e.add("detail", detail);
        return e;
    }
}
