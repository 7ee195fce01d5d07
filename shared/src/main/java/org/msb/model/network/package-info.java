/**
 * Network reasoning shared by the rules that ask "what can reach what": CIDR ranges and address sets
 * (IPv4 and IPv6, with what counts as the public internet), port ranges, protocols, security-group
 * permissions and network-ACL entries read from their configuration items, and the question most rules
 * ask of them: which ports are open to the whole internet, and through which rule.
 * <p>
 * Everything here is a pure function of configuration items; nothing calls AWS. Bad item content (a CIDR
 * or protocol AWS would never record) is an {@link org.msb.error.InvalidItemException} naming the item
 * and the field, never a guess.
 */
package org.msb.model.network;
