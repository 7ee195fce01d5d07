/**
 * The internet edge of an account, read from configuration items: load balancers and their scheme,
 * CloudFront distributions and their origins, API Gateway stages and whether their API is private, and DNS
 * names compared the way DNS compares them. "Internet-facing" is decided here once for every rule that asks
 * (WAF, Route 53, CloudFront).
 */
package org.msb.model.edge;
