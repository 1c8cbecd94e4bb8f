package org.parkloop.platform;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.parkloop.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Views kept per node are never older than a committed write, on any node, and uncommitted writes are not seen. */
class ViewCacheTest extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private String name() {
		return jdbc.sql("select name_zh from park where code = 'zj-yongjia-ip'").query(String.class).single();
	}

	private long generation() {
		return jdbc.sql("select generation from change_generation where topic = 'registry'").query(Long.class)
			.optional().orElse(0L);
	}

	@Test
	void twoNodesSeeACommittedWriteAtOnceAndNeverAnUncommittedOne() throws Exception {
		String original = name();
		AtomicInteger computed = new AtomicInteger();
		ViewCache<String, String> nodeA = new ViewCache<>(jdbc, 10, "registry", "programme");
		ViewCache<String, String> nodeB = new ViewCache<>(jdbc, 10, "registry");
		assertThat(nodeA.get("k", () -> { computed.incrementAndGet(); return name(); })).isEqualTo(original);
		assertThat(nodeA.get("k", () -> { computed.incrementAndGet(); return name(); })).isEqualTo(original);
		assertThat(computed).hasValue(1);
		assertThat(nodeB.get("k", this::name)).isEqualTo(original);

		long before = generation();
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("update park set name_zh = name_zh || '·' where code = 'zj-yongjia-ip'").update();
			jdbc.sql("update park set name_zh = name_zh || '·' where code = 'zj-yongjia-ip'").update();
			// meanwhile, another request on another connection still gets the committed state, from the cache
			String seen = CompletableFuture.supplyAsync(() -> nodeA.get("k", () -> {
				computed.incrementAndGet();
				return name();
			})).join();
			assertThat(seen).isEqualTo(original);
			assertThat(CompletableFuture.supplyAsync(this::generation).join()).isEqualTo(before);
		});
		assertThat(computed).hasValue(1);
		// one transaction, one step, however many rows and statements
		assertThat(generation()).isEqualTo(before + 1);
		assertThat(nodeA.get("k", this::name)).isEqualTo(original + "··");
		assertThat(nodeB.get("k", this::name)).isEqualTo(original + "··");

		// a rolled-back write changes nothing
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("update park set name_zh = 'x' where code = 'zj-yongjia-ip'").update();
			tx.setRollbackOnly();
		});
		assertThat(generation()).isEqualTo(before + 1);
		jdbc.sql("update park set name_zh = ? where code = 'zj-yongjia-ip'").param(original).update();
		assertThat(nodeB.get("k", this::name)).isEqualTo(original);
	}
}
