package org.msb.fact.loader;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import org.msb.error.FactUnavailableException;
import org.msb.fact.SessionManagerPreferences;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import org.msb.item.Node;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.DocumentFormat;
import software.amazon.awssdk.services.ssm.model.GetDocumentResponse;

import java.util.Set;

/**
 * {@code ssm.sessionManagerPreferences}: ssm:GetDocument of {@code SSM-SessionManagerRunShell} (JSON content,
 * {@code inputs}: s3BucketName, s3EncryptionEnabled, cloudWatchLogGroupName, cloudWatchEncryptionEnabled, kmsKeyId,
 * runAsEnabled). InvalidDocument means the preferences were never saved: {@link SessionManagerPreferences#none()}.
 */
public final class SessionManagerPreferencesLoader implements FactLoader<SessionManagerPreferences> {

    @Override
    public SessionManagerPreferences load(AwsClients clients) {
        SsmClient ssm = clients.regional(SsmClient.class, SsmClient::builder);
        GetDocumentResponse doc = AwsCall.readOptional("SSM", "GetDocument", "ssm:GetDocument", Set.of("InvalidDocument"),
                () -> ssm.getDocument(b -> b.name(SessionManagerPreferences.DOCUMENT).documentFormat(DocumentFormat.JSON)));  // YAML content converted
        if (doc == null) return SessionManagerPreferences.none();
        return parse(doc.content());
    }

    static SessionManagerPreferences parse(String content) {
        Node inputs;
        try {
            JsonObject o = JsonParser.parseString(content).getAsJsonObject();
            inputs = Node.of(o).get("inputs");
        } catch (JsonParseException | IllegalStateException e) {
            throw new FactUnavailableException("ssm.sessionManagerPreferences", SessionManagerPreferences.DOCUMENT
                    + " is not a JSON session document: " + e.getMessage(), e);
        }
        return new SessionManagerPreferences(true, inputs.get("s3BucketName").text(), inputs.get("s3EncryptionEnabled").bool(),
                inputs.get("cloudWatchLogGroupName").text(), inputs.get("cloudWatchEncryptionEnabled").bool(),
                inputs.get("kmsKeyId").text(), inputs.get("runAsEnabled").bool());
    }
}
