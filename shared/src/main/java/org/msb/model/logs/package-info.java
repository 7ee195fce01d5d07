/**
 * CloudWatch Logs filter patterns, read the way CloudWatch Logs reads them, so a rule can ask what a metric
 * filter catches instead of comparing its text with a known one: {@code { ($.userIdentity.type = "Root") &&
 * ($.userIdentity.invokedBy NOT EXISTS) }} and {@code {$.userIdentity.type="Root"}} are different texts, and
 * both catch the root user's sign-in.
 * <p>
 * {@link org.msb.model.logs.LogFilterPattern} parses JSON patterns (selectors, {@code = != < > <= >=},
 * wildcards, {@code %regex%}, {@code IS NULL}, {@code NOT EXISTS}, {@code IS TRUE/FALSE}, {@code && || ( )}),
 * term patterns ({@code ERROR}, {@code "quoted phrase"}, {@code ?either}, {@code -excluded}), standalone
 * regular expressions and the empty pattern, and tests them against a JSON log event such as a CloudTrail
 * record. Space-delimited patterns ({@code [ip, user, ...]}) describe text logs and are refused with a
 * {@link org.msb.model.logs.LogFilterPatternException}, as is anything else that is not valid syntax.
 */
package org.msb.model.logs;
