package org.msb.internal.lambda;

import org.msb.internal.live.AwsClients;

/** Gives the SDK clients of one invocation: the function's own, or those of a role it assumes. */
public interface AwsClientsFactory {
    /** The region every client talks to (the function's region). */
    String region();

    /** @param roleArn a role to assume for every call, or null for the function's own credentials */
    AwsClients clients(String roleArn);
}
