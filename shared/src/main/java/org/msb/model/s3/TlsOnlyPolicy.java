package org.msb.model.s3;

import org.msb.model.policy.Condition;
import org.msb.model.policy.PolicyDocument;
import org.msb.model.policy.Principal;
import org.msb.model.policy.Statement;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a bucket policy refuses requests that do not use TLS, as S3_BUCKET_SSL_REQUESTS_ONLY checks: a Deny for
 * everyone, of every S3 action, on the bucket and its objects, when {@code aws:SecureTransport} is false; or, as
 * well, when {@code s3:TlsVersion} is below a minimum with {@code NumericLessThanIfExists} (plain HTTP has no TLS
 * version, so only the IfExists form refuses it). The Deny may carry no other condition.
 *
 * @param statement the Sid (or Statement[i]) that does it
 * @param minimumTls the TLS version it requires at least, when it states one
 */
public record TlsOnlyPolicy(String statement, String minimumTls) {

    /** The statement refusing non-TLS requests to {@code bucketName}, if the policy has one. */
    public static Optional<TlsOnlyPolicy> of(PolicyDocument policy, String bucketName) {
        String bucket = "arn:aws:s3:::" + bucketName;
        String secureTransport = null, ifExists = null, minimum = null;
        for (Statement d : policy.denyStatements()) {
            if (!d.hasPrincipal() || d.notPrincipal() || d.principals().stream().noneMatch(Principal::isEveryone)) continue;
            if (!d.coversAction("s3:*") || !d.coversResource(bucket) || !d.coversResource(bucket + "/*")) continue;
            if (d.conditions().size() != 1) continue;
            Condition c = d.conditions().get(0);
            if (c.isOn("aws:SecureTransport") && c.baseOperator().equals("Bool") && c.valuesLowerCase().equals(List.of("false"))
                    && secureTransport == null) {
                secureTransport = d.label();
            } else if (c.isOn("s3:TlsVersion") && c.baseOperator().equals("NumericLessThan") && c.values().size() == 1) {
                minimum = c.values().get(0).toLowerCase(Locale.ROOT);
                if (c.ifExists() && ifExists == null) ifExists = d.label();
            }
        }
        if (secureTransport != null) return Optional.of(new TlsOnlyPolicy(secureTransport, minimum));
        if (ifExists != null) return Optional.of(new TlsOnlyPolicy(ifExists, minimum));
        return Optional.empty();
    }
}
