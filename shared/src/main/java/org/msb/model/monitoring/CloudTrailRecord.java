package org.msb.model.monitoring;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import java.util.List;

/**
 * Builds a CloudTrail record with the fields and shapes CloudTrail writes (event version 1.09), for testing
 * what a metric filter or event pattern would catch. Identities, addresses and ids are fixed sample values
 * from the documentation ranges; the account and region are the evaluated ones.
 * <pre>
 * JsonObject r = CloudTrailRecord.apiCall("ec2.amazonaws.com", "CreateSecurityGroup", account, region).json();
 * JsonObject denied = CloudTrailRecord.apiCall("iam.amazonaws.com", "ListUsers", account, region)
 *         .failed("AccessDenied", "User is not authorized to perform: iam:ListUsers").json();
 * </pre>
 */
public final class CloudTrailRecord {
    static final String EVENT_TIME = "2026-11-30T09:41:07Z";
    private final JsonObject o = new JsonObject();
    private final String account;

    private CloudTrailRecord(String eventSource, String eventName, String account, String region) {
        this.account = account;
        o.addProperty("eventVersion", "1.09");
        o.add("userIdentity", iamUser(account));
        o.addProperty("eventTime", EVENT_TIME);
        o.addProperty("eventSource", eventSource);
        o.addProperty("eventName", eventName);
        o.addProperty("awsRegion", region);
        o.addProperty("sourceIPAddress", "203.0.113.24");
        o.addProperty("userAgent", "aws-cli/2.17.12 md/Botocore#1.34.129 ua/2.0 os/linux#6.5.0 md/arch#x86_64 lang/python#3.11.9");
        o.add("requestParameters", new JsonObject());
        o.add("responseElements", JsonNull.INSTANCE);
        o.addProperty("requestID", "6f1c2a57-0d1e-4a8b-9f3e-5c2d7b9a1e40");
        o.addProperty("eventID", "d3b9a0c4-7e21-4f5a-8c6b-2e9f1d0a7b35");
        o.addProperty("readOnly", false);
        o.addProperty("eventType", "AwsApiCall");
        o.addProperty("managementEvent", true);
        o.addProperty("recipientAccountId", account);
        o.addProperty("eventCategory", "Management");
    }

    /** A successful API call by an IAM user of {@code account}. */
    public static CloudTrailRecord apiCall(String eventSource, String eventName, String account, String region) {
        return new CloudTrailRecord(eventSource, eventName, account, region);
    }

    /** A console sign-in of an IAM user (signin.amazonaws.com ConsoleLogin, logged in us-east-1 for the global endpoint). */
    public static CloudTrailRecord consoleLogin(String account, boolean success, boolean mfaUsed) {
        CloudTrailRecord r = new CloudTrailRecord("signin.amazonaws.com", "ConsoleLogin", account, "us-east-1");
        r.o.addProperty("userAgent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0");
        r.o.add("requestParameters", JsonNull.INSTANCE);
        JsonObject response = new JsonObject();
        response.addProperty("ConsoleLogin", success ? "Success" : "Failure");
        r.o.add("responseElements", response);
        JsonObject extra = new JsonObject();
        extra.addProperty("LoginTo", "https://console.aws.amazon.com/console/home?state=hashArgs%23&isauthcode=true");
        extra.addProperty("MobileVersion", "No");
        extra.addProperty("MFAUsed", mfaUsed ? "Yes" : "No");
        r.o.add("additionalEventData", extra);
        if (!success) r.o.addProperty("errorMessage", "Failed authentication");
        r.o.remove("requestID");
        r.o.addProperty("eventType", "AwsConsoleSignIn");
        return r;
    }

    /** Made by the root user (with its own credentials, not on behalf of a service). */
    public CloudTrailRecord byRoot() {
        JsonObject id = new JsonObject();
        id.addProperty("type", "Root");
        id.addProperty("principalId", account);
        id.addProperty("arn", "arn:aws:iam::" + account + ":root");
        id.addProperty("accountId", account);
        if (!"AwsConsoleSignIn".equals(o.get("eventType").getAsString())) id.addProperty("accessKeyId", "ASIAIOSFODNN7EXAMPLE");
        o.add("userIdentity", id);
        return this;
    }

    /** Made by a session of a role (an assumed-role identity), e.g. automation or a federated user. */
    public CloudTrailRecord byAssumedRole(String roleAccount, String roleName, String sessionName, boolean mfa) {
        JsonObject issuer = new JsonObject();
        issuer.addProperty("type", "Role");
        issuer.addProperty("principalId", "AROAEXAMPLEROLEID0001");
        issuer.addProperty("arn", "arn:aws:iam::" + roleAccount + ":role/" + roleName);
        issuer.addProperty("accountId", roleAccount);
        issuer.addProperty("userName", roleName);
        JsonObject attributes = new JsonObject();
        attributes.addProperty("creationDate", "2026-11-30T09:12:44Z");
        attributes.addProperty("mfaAuthenticated", Boolean.toString(mfa));
        JsonObject context = new JsonObject();
        context.add("sessionIssuer", issuer);
        context.add("attributes", attributes);
        JsonObject id = new JsonObject();
        id.addProperty("type", "AssumedRole");
        id.addProperty("principalId", "AROAEXAMPLEROLEID0001:" + sessionName);
        id.addProperty("arn", "arn:aws:sts::" + roleAccount + ":assumed-role/" + roleName + "/" + sessionName);
        id.addProperty("accountId", roleAccount);
        id.addProperty("accessKeyId", "ASIAEXAMPLESESSION01");
        id.add("sessionContext", context);
        o.add("userIdentity", id);
        return this;
    }

    /** The call was refused: errorCode and errorMessage as the service reports them. */
    public CloudTrailRecord failed(String errorCode, String errorMessage) {
        o.addProperty("errorCode", errorCode);
        o.addProperty("errorMessage", errorMessage);
        o.add("responseElements", JsonNull.INSTANCE);
        return this;
    }

    public CloudTrailRecord readOnly() {
        o.addProperty("readOnly", true);
        return this;
    }

    public CloudTrailRecord requestParameters(JsonObject parameters) {
        o.add("requestParameters", parameters);
        return this;
    }

    public CloudTrailRecord responseElements(JsonElement elements) {
        o.add("responseElements", elements);
        return this;
    }

    /** The resources CloudTrail lists for the call (e.g. the role of an AssumeRole). */
    public CloudTrailRecord resource(String type, String arn, String resourceAccount) {
        JsonArray resources = o.has("resources") ? o.getAsJsonArray("resources") : new JsonArray();
        JsonObject r = new JsonObject();
        r.addProperty("accountId", resourceAccount);
        r.addProperty("type", type);
        r.addProperty("ARN", arn);
        resources.add(r);
        o.add("resources", resources);
        return this;
    }

    /**
     * Routine activity every alert must let pass: a read by an automation role session and a read by an IAM user.
     * A filter or event rule that matches these counts (nearly) every event, so it says nothing about a specific one.
     */
    public static List<CloudTrailRecord> routineActivity(String account, String region) {
        return List.of(apiCall("ec2.amazonaws.com", "DescribeInstances", account, region).readOnly()
                        .byAssumedRole(account, "platform-deployer", "pipeline-2291", false),
                apiCall("sts.amazonaws.com", "GetCallerIdentity", account, region).readOnly());
    }

    /** A copy of the record. */
    public JsonObject json() { return o.deepCopy(); }

    private static JsonObject iamUser(String account) {
        JsonObject id = new JsonObject();
        id.addProperty("type", "IAMUser");
        id.addProperty("principalId", "AIDAEXAMPLEUSER00001");
        id.addProperty("arn", "arn:aws:iam::" + account + ":user/alice");
        id.addProperty("accountId", account);
        id.addProperty("accessKeyId", "AKIAIOSFODNN7EXAMPLE");
        id.addProperty("userName", "alice");
        return id;
    }
}
