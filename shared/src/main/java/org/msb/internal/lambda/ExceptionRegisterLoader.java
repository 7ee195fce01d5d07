package org.msb.internal.lambda;

import org.msb.error.InvalidParameterException;
import org.msb.internal.lambda.lean.LeanAws;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsReadException;
import org.msb.register.ExceptionRegister;
import org.msb.register.ExceptionRegisterParser;

import java.nio.charset.StandardCharsets;
import org.msb.rule.FrameworkParameters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the exception register named by the ExceptionRegister parameter: {@code s3://bucket/key} (S3
 * GetObject) or {@code ssm:/name} (SSM GetParameter with decryption), parsed as YAML or JSON. A register
 * read is kept per container for {@link #TTL} so a burst of change events reads it once; a register that
 * cannot be read or parsed fails the invocation (evaluating without it would report excepted resources
 * NON_COMPLIANT) and is not cached.
 */
public final class ExceptionRegisterLoader {
    public static final Duration TTL = Duration.ofMinutes(5);

    private record Key(String location, LeanAws clients) {}
    private record Cached(ExceptionRegister register, Instant readAt) {}

    private final Clock clock;
    private final Map<Key, Cached> cache = new ConcurrentHashMap<>();

    public ExceptionRegisterLoader(Clock clock) {
        this.clock = clock;
    }

    /** @param location the parameter's value; null = no register (tag exceptions only) */
    public ExceptionRegister load(String location, LeanAws clients) {
        if (location == null || location.isBlank()) return ExceptionRegister.empty();
        Key key = new Key(location, clients);
        Cached hit = cache.get(key);
        Instant now = clock.instant();
        if (hit != null && hit.readAt().plus(TTL).isAfter(now)) return hit.register();
        ExceptionRegister register = ExceptionRegisterParser.parse(read(location, clients), location);
        cache.put(key, new Cached(register, now));
        return register;
    }

    /** The register's bytes: an S3 object as stored, so a bad byte is reported by the parser, never replaced. */
    private static byte[] read(String location, LeanAws clients) {
        try {
            if (location.startsWith("s3://")) return s3(location, clients);
            if (location.startsWith("ssm:")) return ssm(location, clients);
        } catch (AwsReadException e) {
            throw e.prefixed("Cannot read the exception register " + location + ": ");
        }
        throw new InvalidParameterException(FrameworkParameters.EXCEPTION_REGISTER, location, "s3://bucket/key or ssm:/parameter/name");
    }

    private static byte[] s3(String location, LeanAws clients) {
        String rest = location.substring("s3://".length());
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1) {
            throw new InvalidParameterException(FrameworkParameters.EXCEPTION_REGISTER, location, "s3://bucket/key");
        }
        String bucket = rest.substring(0, slash);
        String key = rest.substring(slash + 1);
        // follows S3's redirect to the central register bucket's region
        return AwsCall.read("S3", "GetObject", "s3:GetObject", () -> clients.s3().getBytes(bucket, key));
    }

    private static byte[] ssm(String location, LeanAws clients) {
        String name = location.substring("ssm:".length());
        // SSM returns the value inside JSON, already decoded
        return AwsCall.read("SSM", "GetParameter", "ssm:GetParameter", () -> clients.ssm().value(name)).getBytes(StandardCharsets.UTF_8);
    }
}
