package org.msb.internal.live;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Loads each key at most once, however many threads ask at the same time; later callers wait for the
 * first load and get its value, or the same failure (a read that was denied once is not retried within
 * one view, so fifty rules reading one unreadable fact make one call).
 */
final class OnceCache<K, V> {
    private final ConcurrentHashMap<K, FutureTask<V>> tasks = new ConcurrentHashMap<>();

    V get(K key, Supplier<V> loader) {
        FutureTask<V> task = tasks.get(key);
        if (task == null) {
            FutureTask<V> created = new FutureTask<>(loader::get);
            task = tasks.putIfAbsent(key, created);
            if (task == null) {
                task = created;
                created.run();
            }
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + key, e);
        }
    }

    boolean isLoaded(K key) {
        FutureTask<V> t = tasks.get(key);
        return t != null && t.isDone();
    }
}
