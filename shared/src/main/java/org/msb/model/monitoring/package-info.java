/**
 * What an account's monitoring catches, decided by meaning: realistic CloudTrail records and EventBridge
 * events for the situations the baseline wants alerts on (the CIS monitoring events, GuardDuty findings,
 * the break-glass role being assumed) are run through the account's real metric-filter patterns
 * ({@link org.msb.model.logs.LogFilterPattern}) and event-rule patterns
 * ({@link org.msb.model.events.EventPattern}), and joined with the alarms and targets that would turn a
 * match into a notification. Nothing here calls AWS; inputs are facts and configuration items.
 */
package org.msb.model.monitoring;
