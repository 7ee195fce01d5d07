package org.msb.internal.live;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes moto's Config answers readable by the SDK. The JSON protocol carries timestamps as epoch seconds;
 * moto writes configuration-item times as Python datetimes ({@code "2026-11-30 17:18:46.987356+00:00"}),
 * which the SDK refuses ("Input timestamp string must be no longer than 20 characters"). This rewrites
 * such values of members named {@code ...Time} to epoch seconds. Installed only with an endpoint override;
 * AWS itself never sends them, and JSON text inside string values (configuration) is escaped, so it is
 * never matched.
 */
final class EmulatorTimestamps implements ExecutionInterceptor {
    private static final Pattern PY_TIME = Pattern.compile(
            "(\"\\w*Time\"\\s*:\\s*)\"(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?)(Z|[+-]\\d{2}:\\d{2})?\"");

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        Optional<InputStream> body = context.responseBody();
        if (body.isEmpty()) return body;
        String text;
        try (InputStream in = body.get()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the emulator's response", e);
        }
        return Optional.of(new ByteArrayInputStream(rewrite(text).getBytes(StandardCharsets.UTF_8)));
    }

    static String rewrite(String json) {
        Matcher m = PY_TIME.matcher(json);
        if (!m.find()) return json;
        StringBuilder out = new StringBuilder();
        do {
            String offset = m.group(4) == null ? "Z" : m.group(4);
            OffsetDateTime t = LocalDateTime.parse(m.group(2) + "T" + m.group(3)).atOffset(ZoneOffset.of(offset));
            BigDecimal epoch = BigDecimal.valueOf(t.toEpochSecond()).add(BigDecimal.valueOf(t.getNano(), 9)).stripTrailingZeros();
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + epoch.toPlainString()));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
