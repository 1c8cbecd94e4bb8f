package org.parkloop.platform;

import java.util.function.Supplier;

import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.StaleVersion;
import org.parkloop.shared.VersionRequired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The optimistic lock of a module's own records (docs/conventions.md): every change of a versioned row starts by
 * claiming it, in the transaction that makes the change. The claim checks the version the writer read, moves it on
 * by one, and holds the row until the transaction ends, so of two writers who read the same version exactly one
 * succeeds; the other gets {@link StaleVersion} and nothing of its change is stored.
 */
public final class RowVersions {

	private final JdbcClient jdbc;
	private final String table;
	private final String key;

	/** For {@code table} (a module's own table with a {@code version} column) whose rows are found by {@code key}. */
	public RowVersions(JdbcClient jdbc, String table, String key) {
		this.jdbc = jdbc;
		this.table = table;
		this.key = key;
	}

	/**
	 * Claims the row for a change: its new version.
	 *
	 * @throws VersionRequired if the writer named no version ({@link ExpectedVersion#MISSING})
	 * @throws StaleVersion if the row is at another version than expected
	 */
	public long claim(Object id, ExpectedVersion expected, Supplier<? extends RuntimeException> notFound) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("a version is claimed in the transaction that makes the change");
		}
		if (expected.source() == ExpectedVersion.Source.MISSING) {
			throw new VersionRequired();
		}
		var claimed = jdbc.sql("update " + table + " set version = version + 1 where " + key
				+ " = ? and (cast(? as bigint) is null or version = ?) returning version")
			.params(id, expected.version(), expected.version())
			.query(Long.class)
			.optional();
		if (claimed.isPresent()) {
			return claimed.get();
		}
		long current = jdbc.sql("select version from " + table + " where " + key + " = ?").param(id).query(Long.class)
			.optional().orElseThrow(notFound);
		throw new StaleVersion(expected, current);
	}
}
