package org.msb.model.policy;

import com.google.gson.JsonElement;
import org.msb.item.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One IAM policy document (identity policy, role trust policy, S3 bucket policy...), parsed and normalised,
 * answering what it grants.
 *
 * <pre>
 * PolicyDocument p = PolicyDocument.parse(item.property("rolePolicyList").at(0).get("policyDocument"));
 * p.grantsFullAdmin();                            // Allow *:* on *, unconditional, not cut by a Deny
 * p.grantsFullAccess("iam");                      // Allow iam:* (or *, or NotAction without iam) on *
 * p.decide("s3:PutObject", "arn:aws:s3:::b/k");   // ALLOWED, CONDITIONAL, PARTIAL, DENIED or NOT_ALLOWED
 * p.principalGrants("sts:AssumeRole", "*");       // who a trust policy admits, with conditions
 * </pre>
 *
 * <p><b>Queries.</b> An action or resource asked about may itself be a pattern and then stands for every
 * value it matches: {@code decide("s3:*", "*")} asks whether every S3 action on every resource is allowed.
 * Actions compare case-insensitively; resources case-sensitively, with {@code *} also spanning {@code :}
 * and {@code /} (slightly wider than IAM, so a grant is never missed). A statement without
 * {@code Resource} (trust policies) applies to any resource.
 *
 * <p><b>Rules of evaluation</b> (within this one document; other policies, SCPs and boundaries are the
 * caller's): a Deny wins over any Allow; only an Allow without {@code Condition} is a grant, a conditional
 * one gives {@link Access#CONDITIONAL}; Allow statements cover a query together (an Allow with
 * {@code NotAction: iam:*} plus an Allow of {@code iam:*} is full access).
 *
 * @param version the {@code Version}, or null when absent
 * @param id the document's {@code Id}, or null
 */
public record PolicyDocument(String version, String id, List<Statement> statements) {

    public PolicyDocument {
        statements = List.copyOf(statements);
        Objects.requireNonNull(statements, "statements");
    }

    /**
     * Parses JSON text or URL-encoded JSON text ({@code %7B%22Version%22...}, as IAM configuration items and
     * IAM APIs hold policies).
     *
     * @param source what the document is, for error messages (e.g. "role app-deploy, inline policy s3-write")
     * @throws InvalidPolicyException naming the statement and field when it is not a valid policy
     */
    public static PolicyDocument parse(String text, String source) { return PolicyDocumentParser.parse(text, source); }

    public static PolicyDocument parse(String text) { return parse(text, "policy document"); }

    /** From a configuration-item value: an object, JSON text or URL-encoded JSON text. */
    public static PolicyDocument parse(Node node, String source) {
        if (node == null || node.isMissing()) throw new InvalidPolicyException(source + ": the policy document is missing");
        return PolicyDocumentParser.parse(node.json(), source);
    }

    public static PolicyDocument parse(Node node) { return parse(node, "policy document"); }

    public static PolicyDocument parse(JsonElement json, String source) { return PolicyDocumentParser.parse(json, source); }

    /** The Allow statements. */
    public List<Statement> allowStatements() { return statements.stream().filter(Statement::isAllow).toList(); }

    /** The Deny statements. */
    public List<Statement> denyStatements() { return statements.stream().filter(Statement::isDeny).toList(); }

    /**
     * What this document says about {@code action} on {@code resource}, each possibly a pattern standing for
     * every value it matches. Principals are not considered (see {@link #principalGrants}).
     */
    public AccessDecision decide(String action, String resource) {
        List<Statement> allows = allowStatements();
        List<Statement> unconditional = allows.stream().filter(s -> !s.isConditional()).toList();
        List<Statement> grants = allows.stream().filter(s -> s.overlaps(action, resource)).toList();
        List<Statement> denies = denyStatements().stream().filter(s -> s.overlaps(action, resource)).toList();
        Access access;
        if (denies.stream().anyMatch(d -> !d.isConditional() && d.covers(action, resource))) access = Access.DENIED;
        else if (!coveredTogether(allows, action, resource)) access = Access.NOT_ALLOWED;
        else if (denies.stream().anyMatch(d -> !d.isConditional())) access = Access.PARTIAL;
        else if (coveredTogether(unconditional, action, resource) && denies.isEmpty()) access = Access.ALLOWED;
        else access = Access.CONDITIONAL;
        return new AccessDecision(access, grants, denies);
    }

    /** True when it grants every action on every resource ({@code *:*} on {@code *}) without condition. */
    public boolean grantsFullAdmin() { return decide("*", "*").isGranted(); }

    /** True when it grants every action of a service ({@code iam}, {@code s3}...) on every resource without condition. */
    public boolean grantsFullAccess(String service) { return decide(service + ":*", "*").isGranted(); }

    /**
     * The principals Allow statements admit for some of {@code action} on some of {@code resource} (patterns
     * allowed, e.g. {@code "*"} for anything), each with its conditions. A grant is left out when an
     * unconditional Deny covering the whole query applies to that principal. Identity policies (no
     * Principal) give none.
     */
    public List<PrincipalGrant> principalGrants(String action, String resource) {
        List<Statement> denies = denyStatements().stream().filter(d -> !d.isConditional() && d.covers(action, resource)).toList();
        List<PrincipalGrant> out = new ArrayList<>();
        for (Statement s : allowStatements()) {
            if (!s.hasPrincipal() || !s.overlaps(action, resource)) continue;
            if (s.notPrincipal()) {
                PrincipalGrant g = new PrincipalGrant(new Principal(PrincipalType.ALL, "*"), s.principals(), s.conditions(), s);
                if (denies.stream().noneMatch(d -> denyRemoves(d, g.principal()))) out.add(g);
                continue;
            }
            for (Principal p : s.principals()) {
                if (denies.stream().noneMatch(d -> denyRemoves(d, p))) out.add(new PrincipalGrant(p, List.of(), s.conditions(), s));
            }
        }
        return out;
    }

    /** The grants of {@link #principalGrants} that admit everyone (conditional or not). */
    public List<PrincipalGrant> everyoneGrants(String action, String resource) {
        return principalGrants(action, resource).stream().filter(PrincipalGrant::isEveryone).toList();
    }

    private static boolean denyRemoves(Statement deny, Principal p) {
        if (!deny.hasPrincipal()) return true;
        if (deny.notPrincipal()) return !p.isEveryone() && !deny.principals().contains(p);
        return deny.principals().stream().anyMatch(d -> d.isEveryone() || d.equals(p));
    }

    /**
     * True when the statements together cover the whole query: one alone, or an Allow with {@code NotAction}
     * whose excluded actions are each covered by another statement.
     */
    private static boolean coveredTogether(List<Statement> allows, String action, String resource) {
        for (Statement s : allows) if (s.covers(action, resource)) return true;
        for (Statement s : allows) {
            if (!s.notAction() || !s.coversResource(resource)) continue;
            boolean rest = true;
            for (String excluded : s.actions()) {
                WildcardPattern x = WildcardPattern.action(excluded);
                if (!x.overlaps(action)) continue;
                String piece = x.covers(action) ? action : excluded;  // the part of the query this exclusion removes
                if (allows.stream().noneMatch(t -> t != s && t.covers(piece, resource))) {
                    rest = false;
                    break;
                }
            }
            if (rest) return true;
        }
        return false;
    }
}
