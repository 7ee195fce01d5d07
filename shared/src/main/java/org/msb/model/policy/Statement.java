package org.msb.model.policy;

import java.util.List;
import java.util.Objects;

/**
 * One statement of a policy document, normalised: every field that may be a string or an array is a list.
 *
 * @param index position in the document (0-based), for messages when there is no Sid
 * @param sid the {@code Sid}, or null
 * @param actions the {@code Action} patterns, or the {@code NotAction} patterns when {@code notAction}
 * @param resources the {@code Resource} patterns, or the {@code NotResource} patterns when {@code notResource};
 *                  empty when the statement has neither (trust policies): it then applies to the resource the
 *                  policy is attached to, i.e. to any resource asked about
 * @param principals the {@code Principal}, or the {@code NotPrincipal} principals when {@code notPrincipal};
 *                   empty in identity policies
 * @param conditions the {@code Condition} tests, all of which must hold; empty when unconditional
 */
public record Statement(int index, String sid, Effect effect, List<String> actions, boolean notAction,
                        List<String> resources, boolean notResource, List<Principal> principals, boolean notPrincipal,
                        List<Condition> conditions) {

    public Statement {
        Objects.requireNonNull(effect, "effect");
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        principals = List.copyOf(principals);
        conditions = List.copyOf(conditions);
    }

    /** The Sid, or {@code Statement[i]} when there is none. */
    public String label() { return sid != null && !sid.isBlank() ? sid : "Statement[" + index + "]"; }

    public boolean isAllow() { return effect == Effect.ALLOW; }

    public boolean isDeny() { return effect == Effect.DENY; }

    /** True when the statement has a {@code Condition}: it applies only to some requests. */
    public boolean isConditional() { return !conditions.isEmpty(); }

    /** True when the statement names principals ({@code Principal} or {@code NotPrincipal}): a resource or trust policy. */
    public boolean hasPrincipal() { return notPrincipal || !principals.isEmpty(); }

    /** The conditions on one key (case-insensitive), e.g. {@code aws:MultiFactorAuthPresent}. */
    public List<Condition> conditionsOn(String key) { return conditions.stream().filter(c -> c.isOn(key)).toList(); }

    /** True when it applies to every action the (wildcard) query names: {@code s3:*} covers {@code s3:PutObject}. */
    public boolean coversAction(String action) {
        if (notAction) return actions.stream().noneMatch(a -> WildcardPattern.action(a).overlaps(action));
        return actions.stream().anyMatch(a -> WildcardPattern.action(a).covers(action));
    }

    /** True when it applies to at least one action the (wildcard) query names. */
    public boolean overlapsAction(String action) {
        if (notAction) return actions.stream().noneMatch(a -> WildcardPattern.action(a).covers(action));
        return actions.stream().anyMatch(a -> WildcardPattern.action(a).overlaps(action));
    }

    /** True when it applies to every resource the (wildcard) query names; {@code "*"} asks for all resources. */
    public boolean coversResource(String resource) {
        if (resources.isEmpty() && !notResource) return true;
        if (notResource) return resources.stream().noneMatch(r -> WildcardPattern.resource(r).overlaps(resource));
        return resources.stream().anyMatch(r -> WildcardPattern.resource(r).covers(resource));
    }

    /** True when it applies to at least one resource the (wildcard) query names. */
    public boolean overlapsResource(String resource) {
        if (resources.isEmpty() && !notResource) return true;
        if (notResource) return resources.stream().noneMatch(r -> WildcardPattern.resource(r).covers(resource));
        return resources.stream().anyMatch(r -> WildcardPattern.resource(r).overlaps(resource));
    }

    /** Applies to every action and every resource of the query. */
    public boolean covers(String action, String resource) { return coversAction(action) && coversResource(resource); }

    /** Applies to some action and some resource of the query. */
    public boolean overlaps(String action, String resource) { return overlapsAction(action) && overlapsResource(resource); }

    /** True when it names everyone: {@code "*"}, {@code {"AWS": "*"}}, or any {@code NotPrincipal} (everyone but a few). */
    public boolean admitsEveryone() {
        return notPrincipal || principals.stream().anyMatch(Principal::isEveryone);
    }

    /** True when this statement's principals include {@code p} (everyone includes all; NotPrincipal all but its list). */
    public boolean appliesToPrincipal(Principal p) {
        if (!hasPrincipal()) return true;  // identity policy: the identity it is attached to
        if (notPrincipal) return !principals.contains(p);
        return principals.stream().anyMatch(x -> x.isEveryone() || x.equals(p));
    }
}
