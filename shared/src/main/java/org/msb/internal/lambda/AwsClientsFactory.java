package org.msb.internal.lambda;

import org.msb.internal.lambda.lean.LeanAws;
import org.msb.internal.live.AwsClients;

/**
 * Gives the AWS access of one invocation, the function's own or that of a role it assumes: the framework's
 * own calls over the lean transport, and SDK clients (built on first use) for what rules and facts read.
 */
public interface AwsClientsFactory {
    /** The region every client talks to (the function's region). */
    String region();

    /** @param roleArn a role to assume for every call, or null for the function's own credentials */
    AwsClients clients(String roleArn);

    /** The framework's own calls (PutEvaluations, the exception register) with the same identity as {@link #clients}. */
    LeanAws lean(String roleArn);
}
