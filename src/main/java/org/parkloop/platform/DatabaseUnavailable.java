package org.parkloop.platform;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database cannot be reached (stopped, restarting, out of connections): such requests
 * answer 503 with a retry hint rather than 500, and succeed again once the database is back, without a restart.
 */
public final class DatabaseUnavailable {

	private DatabaseUnavailable() {
	}

	public static boolean causes(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
					|| t instanceof DataAccessResourceFailureException || t instanceof SQLTransientConnectionException
					|| t instanceof java.net.ConnectException) {
				return true;
			}
			// SQLSTATE class 08: connection exception; 57P01-57P03: the server shuts down or cannot connect now
			if (t instanceof SQLException e && e.getSQLState() != null
					&& (e.getSQLState().startsWith("08") || e.getSQLState().startsWith("57P0"))) {
				return true;
			}
		}
		return false;
	}
}
