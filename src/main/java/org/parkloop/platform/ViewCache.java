package org.parkloop.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Views computed from the database (the public dashboard, a goal evaluation), kept while the data they read is
 * unchanged. Each module's tables bump that module's generation when a transaction that changed them commits (the
 * {@code change_generation} table, V14); a read asks for the generations of the modules the view reads, in one small
 * query, and recomputes when any moved. So no node ever serves a view older than a committed write, however many
 * nodes share the database, and nothing relies on a time to live.
 *
 * <p>A value is stored under the generation read before it was computed: a write that commits meanwhile moves the
 * generation, and the next read recomputes.
 */
public final class ViewCache<K, V> {

	private final JdbcClient jdbc;
	private final String[] topics;
	private final Map<K, V> entries;
	private long generation = -1;

	/** A cache of at most {@code size} views (the least recently read go first) of the given modules' data. */
	public ViewCache(JdbcClient jdbc, int size, String... topics) {
		this(jdbc, size, List.of(topics));
	}

	public ViewCache(JdbcClient jdbc, int size, List<String> topics) {
		this.jdbc = jdbc;
		this.topics = topics.toArray(String[]::new);
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
				return size() > size;
			}
		};
	}

	/** The view for this key, computed if missing or outdated; a computed {@code null} is returned but not kept. */
	public V get(K key, Supplier<V> compute) {
		long current = currentGeneration();
		synchronized (this) {
			if (current > generation) {
				entries.clear();
				generation = current;
			}
			V cached = current == generation ? entries.get(key) : null;
			if (cached != null) {
				return cached;
			}
		}
		V value = compute.get();
		synchronized (this) {
			if (current == generation && value != null) {
				entries.put(key, value);
			}
		}
		return value;
	}

	/** The sum of the topics' generations: it only grows, and grows with any of them. */
	private long currentGeneration() {
		return jdbc.sql("select coalesce(sum(generation), 0) from change_generation where topic = any (?)")
			.param(topics)
			.query(Long.class)
			.single();
	}

}
