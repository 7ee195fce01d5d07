package org.msb.internal.live;

// loaders live in org.msb.fact.loader and are found by Fact.loaderClass()


/**
 * Reads one fact from a live account with the AWS SDK for Java v2. A loader is stateless; clients come
 * from {@link AwsClients}, built once per container. Expected absence (no password policy) is a value,
 * not an error; any other failure throws and fails the invocation.
 */
public interface FactLoader<T> {
    T load(AwsClients clients);
}
