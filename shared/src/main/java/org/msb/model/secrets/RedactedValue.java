package org.msb.model.secrets;

import java.util.ArrayList;
import java.util.List;

/**
 * What a capture writes instead of a secret found in a configuration item (an ECS container's environment):
 * {@code msb-redacted:KIND+KIND[:credential-like]}, the traits the scan saw and nothing of the value, so an
 * offline scan of the captured world reaches the same verdict as the live one.
 */
public final class RedactedValue {
    static final String PREFIX = "msb-redacted:";
    private static final String CREDENTIAL_LIKE = ":credential-like";

    private RedactedValue() {}

    public static String of(ScannedValue v) {
        List<String> kinds = v.kinds().stream().map(Enum::name).toList();
        return PREFIX + (kinds.isEmpty() ? "none" : String.join("+", kinds)) + (v.credentialLike() ? CREDENTIAL_LIKE : "");
    }

    public static boolean isRedacted(String value) { return value != null && value.startsWith(PREFIX); }

    /** The traits a redaction marker records, under {@code name} and {@code location}. */
    static ScannedValue parse(String name, String location, String marker) {
        String body = marker.substring(PREFIX.length());
        boolean credential = body.endsWith(CREDENTIAL_LIKE);
        if (credential) body = body.substring(0, body.length() - CREDENTIAL_LIKE.length());
        List<SecretKind> kinds = new ArrayList<>();
        if (!body.equals("none")) {
            for (String k : body.split("\\+")) {
                try {
                    kinds.add(SecretKind.valueOf(k));
                } catch (IllegalArgumentException unknown) {
                    kinds.add(SecretKind.CREDENTIAL_UNDER_SECRET_NAME);  // written by a newer msb: still a secret
                }
            }
        }
        return new ScannedValue(name, location, kinds, credential, null);
    }
}
