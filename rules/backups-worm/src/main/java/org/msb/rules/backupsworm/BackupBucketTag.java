package org.msb.rules.backupsworm;

import java.util.Map;

/** The {@code backupBucketTag} parameter: {@code KEY} (present, any value but "false") or {@code KEY=VALUE}. */
record BackupBucketTag(String key, String value) {

    static BackupBucketTag parse(String parameter) {
        int eq = parameter.indexOf('=');
        return eq < 0 ? new BackupBucketTag(parameter.trim(), null)
                : new BackupBucketTag(parameter.substring(0, eq).trim(), parameter.substring(eq + 1).trim());
    }

    boolean marks(Map<String, String> tags) {
        String v = tags.get(key);
        if (v == null) return false;
        return value == null ? !"false".equalsIgnoreCase(v.trim()) : value.equals(v);
    }

    @Override public String toString() { return value == null ? key : key + "=" + value; }
}
