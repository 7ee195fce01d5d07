/**
 * The lean AWS transport of a rule Lambda: the framework's own calls (Config PutEvaluations, the exception
 * register from S3 GetObject or SSM GetParameter, STS AssumeRole for the central pattern) signed with the
 * SDK's SigV4 signer ({@code AwsV4HttpSigner}) and sent over the JDK's {@code HttpURLConnection}, with
 * bodies written and read by Gson's streaming API. It keeps the SDK's client machinery (client builders,
 * endpoint rules, interceptors, the marshallers of a whole service model) off the path of a change-triggered
 * evaluation, which is what makes a cold start cheap. Failures are the SDK's own exception types
 * ({@code AwsServiceException} with AWS's error code, {@code SdkClientException} wrapping the I/O error), so
 * {@link org.msb.internal.live.AwsCall} and the sender's retry rules classify them as before.
 */
package org.msb.internal.lambda.lean;
