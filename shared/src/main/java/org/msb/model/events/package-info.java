/**
 * Amazon EventBridge event patterns, read the way EventBridge reads them, so a rule can ask whether an
 * enabled rule would receive a given event (a GuardDuty finding of severity 7.5, the AssumeRole call of
 * the break-glass role) instead of comparing pattern text.
 * <p>
 * {@link org.msb.model.events.EventPattern} supports exact values, {@code prefix}, {@code suffix},
 * {@code equals-ignore-case}, {@code wildcard}, {@code anything-but}, {@code numeric}, {@code exists},
 * {@code cidr} and {@code $or}, with EventBridge's flattening of arrays. A pattern EventBridge would refuse
 * is an {@link org.msb.model.events.EventPatternException} naming the problem.
 */
package org.msb.model.events;
