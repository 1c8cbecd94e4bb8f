package org.parkloop.materialflow.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.parkloop.exchange.DealCompleted;
import org.parkloop.shared.Quantity;
import org.parkloop.shared.Unit;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps what the exchange delivered (its completed deals) per year, and turns it into flows of a park's model: a
 * deal between two enterprises of the park is a flow between their processes, a deal with an enterprise elsewhere a
 * flow across the boundary. Deliveries are weighed: a flow is measured with σ = 2 % of its value.
 *
 * <p>The event is handled after the deal's commit, in a transaction of its own, through Spring Modulith's event
 * publication registry: the publication is stored with the deal and marked complete with the record here, so a
 * failure or a crash in between leaves it to be handled again (at the next start, on any node). Handling is
 * idempotent (an upsert per deal and year): a second delivery changes nothing.
 */
@Component
class ExchangeDeliveries {

	static final double RELATIVE_SIGMA = 0.02;

	private final JdbcClient jdbc;

	ExchangeDeliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(DealCompleted deal) {
		Map<Integer, Quantity> byYear = new TreeMap<>();
		deal.deliveries().forEach(d -> byYear.merge(d.shippedOn().getYear(), d.quantity().in(deal.unit()), Quantity::plus));
		byYear.forEach((year, quantity) -> jdbc.sql("""
				insert into mfa_exchange_delivery (deal_id, year, supplier, supplier_name, supplier_park, receiver,
				    receiver_name, receiver_park, material_code, material_name, unit, quantity)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (deal_id, year) do update set quantity = excluded.quantity""")
			.params(deal.dealId(), year, deal.supplier().creditCode(), deal.supplier().name(), deal.supplier().parkCode(),
					deal.receiver().creditCode(), deal.receiver().name(), deal.receiver().parkCode(), deal.materialCode(),
					deal.materialName(), deal.unit().code(), quantity.value())
			.update());
	}

	/** Deliveries name an enterprise by its code: they follow a correction of it. */
	@EventListener
	void on(org.parkloop.registry.EnterpriseCodeCorrected corrected) {
		jdbc.sql("update mfa_exchange_delivery set supplier = :to where supplier = :from")
			.param("from", corrected.from()).param("to", corrected.to()).update();
		jdbc.sql("update mfa_exchange_delivery set receiver = :to where receiver = :from")
			.param("from", corrected.from()).param("to", corrected.to()).update();
	}

	/**
	 * The park's model with the year's deliveries in tonnes added as flows (and processes), and the count of flows
	 * and of processes completed. A process that has no input (or no output) besides the deliveries gets an unknown
	 * flow across the boundary on that side ("IN-…", "OUT-…": its other inputs or outputs, to be measured), so that
	 * the balances hold as the deliveries say instead of forcing them to zero.
	 */
	Pulled pull(ModelDocument doc, String parkCode, int year) {
		record Row(long deal, String supplier, String supplierName, String supplierPark, String receiver,
				String receiverName, String receiverPark, String material, double quantity) {
		}
		List<Row> rows = jdbc.sql("""
				select deal_id, supplier, supplier_name, supplier_park, receiver, receiver_name, receiver_park, material_name,
				       quantity from mfa_exchange_delivery
				where year = ? and unit = ? and (supplier_park = ? or receiver_park = ?) order by deal_id""")
			.params(year, Unit.TONNE.code(), parkCode, parkCode)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getString(7), rs.getString(8), rs.getDouble(9)))
			.list();
		Map<String, ModelDocument.ProcessJson> processes = new LinkedHashMap<>();
		doc.processes().forEach(p -> processes.put(p.id(), p));
		Map<String, ModelDocument.FlowJson> flows = new LinkedHashMap<>();
		doc.flows().forEach(f -> flows.put(f.id(), f));
		int added = 0;
		java.util.Set<String> touched = new java.util.LinkedHashSet<>();
		for (Row r : rows) {
			String from = r.supplierPark().equals(parkCode) ? r.supplier() : null;
			String to = r.receiverPark().equals(parkCode) ? r.receiver() : null;
			if (from != null) {
				processes.putIfAbsent(from, new ModelDocument.ProcessJson(from, r.supplierName()));
				touched.add(from);
			}
			if (to != null) {
				processes.putIfAbsent(to, new ModelDocument.ProcessJson(to, r.receiverName()));
				touched.add(to);
			}
			String id = "EX-" + r.deal();
			if (!flows.containsKey(id)) {
				added++;
			}
			flows.put(id, new ModelDocument.FlowJson(id, from, to, r.quantity(), null, RELATIVE_SIGMA));
		}
		List<String> completed = new ArrayList<>();
		for (String p : touched) {
			boolean hasIn = flows.values().stream().anyMatch(f -> p.equals(f.to()));
			boolean hasOut = flows.values().stream().anyMatch(f -> p.equals(f.from()));
			if (!hasIn) {
				flows.put("IN-" + p, new ModelDocument.FlowJson("IN-" + p, null, p, null, null, null));
			}
			if (!hasOut) {
				flows.put("OUT-" + p, new ModelDocument.FlowJson("OUT-" + p, p, null, null, null, null));
			}
			if (!hasIn || !hasOut) {
				completed.add(processes.get(p).name() == null ? p : processes.get(p).name());
			}
		}
		return new Pulled(doc.withProcesses(new ArrayList<>(processes.values())).withFlows(new ArrayList<>(flows.values())),
				added, completed);
	}

	/** A model with the deliveries taken in: the flows added, and the processes given unknown other flows. */
	record Pulled(ModelDocument document, int added, List<String> completed) {
	}
}
