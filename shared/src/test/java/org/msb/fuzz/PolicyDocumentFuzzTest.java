package org.msb.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.JsonElement;
import org.junit.jupiter.api.Timeout;
import org.msb.model.policy.AccessDecision;
import org.msb.model.policy.InvalidPolicyException;
import org.msb.model.policy.PolicyDocument;
import org.msb.model.policy.PrincipalGrant;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The policy-document model: any text (also URL-encoded) gives a {@link PolicyDocument} or an
 * {@link InvalidPolicyException}; the questions rules ask of a parsed document (decide, full admin, who a trust
 * policy admits) always answer, for any action and resource pattern.
 */
class PolicyDocumentFuzzTest {
    private static final List<String> ACTIONS = List.of("*", "s3:*", "s3:GetObject", "iam:*", "iam:Pass?ole", "sts:AssumeRole", "kms:*", "?");
    private static final List<String> RESOURCES = List.of("*", "arn:aws:s3:::b/*", "arn:aws:s3:::b", "arn:aws:iam::123456789012:role/*", "");

    @FuzzTest(maxDuration = "30s")
    @Timeout(10)
    void parseText(byte[] input) {
        // the raw bytes stay the document (so the seeds are the real policies); the question comes from its length
        String action = ACTIONS.get(input.length % ACTIONS.size());
        String resource = RESOURCES.get(input.length % RESOURCES.size());
        String text = new String(input, StandardCharsets.UTF_8);
        Outcomes.resultOrTyped(InvalidPolicyException.class, () -> ask(PolicyDocument.parse(text, "fuzz"), action, resource));
    }

    @FuzzTest(maxDuration = "30s")
    @Timeout(10)
    void parseMutatedPolicy(FuzzedDataProvider data) {
        JsonElement seed = data.pickValue(Seeds.json("policies"));
        JsonElement doc = JsonMutator.mutate(seed, data, 10);
        String action = data.consumeBoolean() ? data.pickValue(ACTIONS) : data.consumeString(40);
        String resource = data.consumeBoolean() ? data.pickValue(RESOURCES) : data.consumeString(80);
        Outcomes.resultOrTyped(InvalidPolicyException.class, () -> ask(PolicyDocument.parse(doc, "fuzz"), action, resource));
    }

    /** The questions rules ask; none may throw on a document that parsed. */
    static void ask(PolicyDocument p, String action, String resource) {
        AccessDecision d = p.decide(action, resource);
        Outcomes.check(d != null && d.access() != null, "decide gave no access");
        p.grantsFullAdmin();
        p.grantsFullAccess("iam");
        for (PrincipalGrant g : p.principalGrants(action, resource)) Outcomes.check(g.principal() != null, "a grant without a principal");
        p.everyoneGrants("sts:AssumeRole", "*");
        // a full-admin grant must also be a grant of every single action
        if (p.grantsFullAdmin()) Outcomes.check(p.grantsFullAccess("s3"), "full admin without full s3 access");
    }
}
