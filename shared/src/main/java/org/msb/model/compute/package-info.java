/** Compute resources read from configuration items: EC2 instances and what a rule asks of them. */
package org.msb.model.compute;
