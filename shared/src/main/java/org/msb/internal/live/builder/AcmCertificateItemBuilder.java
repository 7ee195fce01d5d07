package org.msb.internal.live.builder;

import com.google.gson.JsonArray;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.acm.AcmClient;
import software.amazon.awssdk.services.acm.model.CertificateDetail;
import software.amazon.awssdk.services.acm.model.CertificateSummary;
import software.amazon.awssdk.services.acm.model.KeyAlgorithm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code AWS::ACM::Certificate} items: every certificate of every key type (ListCertificates returns only
 * RSA-2048 ones unless asked for all) described with DescribeCertificate, shaped as Config records them
 * (aws-config-rdk AWS_ACM_Certificate.json): resource id the ARN; configuration certificateArn, domainName,
 * subjectAlternativeNames, status, type, keyAlgorithm ("RSA-2048"), signatureAlgorithm, issuer, notBefore,
 * notAfter, issuedAt, importedAt, inUseBy, renewalEligibility, renewalSummary {renewalStatus,
 * renewalStatusReason, updatedAt}, failureReason.
 */
public final class AcmCertificateItemBuilder implements ItemBuilder {

    @Override public String describe() { return "acm:ListCertificates, acm:DescribeCertificate, acm:ListTagsForCertificate"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        AcmClient acm = ctx.clients().regional(AcmClient.class, AcmClient::builder);
        List<CertificateSummary> summaries = AwsCall.read("ACM", "ListCertificates", "acm:ListCertificates",
                () -> acm.listCertificatesPaginator(r -> r.maxItems(1000).includes(i -> i.keyTypes(KeyAlgorithm.knownValues())))
                        .certificateSummaryList().stream().toList());
        List<ConfigurationItem> out = new ArrayList<>(summaries.size());
        for (CertificateSummary s : summaries) {
            CertificateDetail c = AwsCall.readOptional("ACM", "DescribeCertificate", "acm:DescribeCertificate",
                    Set.of("ResourceNotFoundException"), () -> acm.describeCertificate(r -> r.certificateArn(s.certificateArn())).certificate());
            if (c == null) continue;
            Map<String, String> tags = new LinkedHashMap<>();
            AwsCall.read("ACM", "ListTagsForCertificate", "acm:ListTagsForCertificate",
                    () -> acm.listTagsForCertificate(r -> r.certificateArn(c.certificateArn())).tags()).forEach(t -> tags.put(t.key(), t.value()));
            JsonArray names = new JsonArray();
            c.subjectAlternativeNames().forEach(names::add);
            JsonArray inUse = new JsonArray();
            c.inUseBy().forEach(inUse::add);
            var renewal = c.renewalSummary();
            out.add(new ItemDraft(ctx, "AWS::ACM::Certificate", c.certificateArn())
                    .arn(c.certificateArn())
                    .availabilityZone("Regional")
                    .created(c.createdAt() != null ? c.createdAt() : c.importedAt())
                    .configuration(ItemDraft.object("certificateArn", c.certificateArn(), "domainName", c.domainName(),
                            "subjectAlternativeNames", names, "subject", c.subject(), "issuer", c.issuer(),
                            "status", c.statusAsString(), "type", c.typeAsString(), "keyAlgorithm", c.keyAlgorithmAsString(),
                            "signatureAlgorithm", c.signatureAlgorithm(), "createdAt", ItemDraft.configTime(c.createdAt()),
                            "issuedAt", ItemDraft.configTime(c.issuedAt()), "importedAt", ItemDraft.configTime(c.importedAt()),
                            "notBefore", ItemDraft.configTime(c.notBefore()), "notAfter", ItemDraft.configTime(c.notAfter()),
                            "inUseBy", inUse, "failureReason", c.failureReasonAsString(),
                            "renewalEligibility", c.renewalEligibilityAsString(),
                            "renewalSummary", renewal == null ? null : ItemDraft.object("renewalStatus", renewal.renewalStatusAsString(),
                                    "renewalStatusReason", renewal.renewalStatusReasonAsString(),
                                    "updatedAt", ItemDraft.configTime(renewal.updatedAt()))))
                    .tags(tags)
                    .build());
        }
        return out;
    }
}
