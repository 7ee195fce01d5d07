/**
 * Network reasoning shared by the rules that ask "what can reach what": CIDR ranges and address sets
 * (IPv4 and IPv6, with what counts as the public internet), port ranges, protocols, security-group
 * permissions and network-ACL entries read from their configuration items, and the question most rules
 * ask of them: which ports are open to the whole internet, and through which rule ({@link SecurityGroup},
 * {@link OpenPorts}, {@link NetworkAcl}).
 * <p>
 * Routing is worked out here too, once: route tables with their targets (internet, carrier and egress-only
 * gateways, NAT gateways, transit gateways, gateway load balancer and Network Firewall endpoints, network
 * interfaces and instances, peering, gateway endpoints), the routes internet-bound traffic takes after
 * longest-prefix matching ({@link RouteTable#internetRoutes()}), and which table each subnet uses, the VPC's main
 * table when it has no association of its own ({@link VpcRouting}).
 * <p>
 * Everything here is a pure function of configuration items; nothing calls AWS. Bad item content (a CIDR
 * or protocol AWS would never record) is an {@link org.msb.error.InvalidItemException} naming the item
 * and the field, never a guess.
 */
package org.msb.model.network;
