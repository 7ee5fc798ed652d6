package org.vigil.places;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A bounded cache that forgets the least recently used entry. Values are computed outside the lock, so threads
 * looking up different names do not wait on each other's index searches; two threads may compute the same value
 * once each, which is harmless for the pure lookups cached here.
 */
final class LruCache<K, V> {
    private final Map<K, V> entries;

    LruCache(int capacity) {
        entries = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    V get(K key, Function<K, V> compute) {
        synchronized (entries) {
            V known = entries.get(key);
            if (known != null) {
                return known;
            }
        }
        V value = compute.apply(key);
        synchronized (entries) {
            entries.putIfAbsent(key, value);
        }
        return value;
    }
}
