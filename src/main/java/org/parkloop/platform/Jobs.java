package org.parkloop.platform;

import java.lang.management.ManagementFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scheduled work that must run once however many nodes share the database: each run of a job has a key (the day, the
 * month) and a row in {@code job_run}; the node that inserts the row does the work in the same transaction, the
 * others find the row (or wait on it while the first works, then find it) and do nothing. If the work fails, its row
 * goes with it and the next trigger tries again.
 */
@Component
public class Jobs {

	private static final Logger log = LoggerFactory.getLogger(Jobs.class);

	private final JdbcClient jdbc;
	private final TransactionTemplate tx;
	private final String node = ManagementFactory.getRuntimeMXBean().getName();

	Jobs(JdbcClient jdbc, TransactionTemplate tx) {
		this.jdbc = jdbc;
		this.tx = tx;
	}

	/** Runs the work unless this run of the job ran already (on any node); whether it ran here. */
	public boolean once(String job, String runKey, Runnable work) {
		Boolean ran = tx.execute(s -> {
			int claimed = jdbc.sql("insert into job_run (job, run_key, node) values (?, ?, ?) on conflict do nothing")
				.params(job, runKey, node).update();
			if (claimed == 0) {
				return false;
			}
			work.run();
			jdbc.sql("update job_run set finished_at = now() where job = ? and run_key = ?").params(job, runKey).update();
			return true;
		});
		if (Boolean.TRUE.equals(ran)) {
			log.info("Ran {} for {} on this node", job, runKey);
		}
		return Boolean.TRUE.equals(ran);
	}
}
