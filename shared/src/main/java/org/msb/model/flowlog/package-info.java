/** VPC flow logs read from their configuration items, shared by the rules that judge them (DET-7, DET-8). */
package org.msb.model.flowlog;
