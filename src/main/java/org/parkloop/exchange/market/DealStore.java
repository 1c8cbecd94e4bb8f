package org.parkloop.exchange.market;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parkloop.platform.RowVersions;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The deals' rows; names of the parties are filled in by {@link Deals}. */
@Repository
class DealStore {

	private final JdbcClient jdbc;
	private final RowVersions versions;

	DealStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.versions = new RowVersions(jdbc, "exchange_deal", "id");
	}

	/** Every step of a deal starts here, in its transaction (see {@link RowVersions}). */
	long claim(long id, ExpectedVersion expected) {
		return versions.claim(id, expected, () -> new NotFound("exchange.deal.notFound", id));
	}

	long insert(Deal d) {
		return jdbc.sql("""
				insert into exchange_deal (offer_id, need_id, supplier, receiver, supplier_park, receiver_park, material_code,
				    quantity, price, distance_km, hazardous, licence_id, cross_province, status, proposed_by, note)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PROPOSED', ?, ?) returning id""")
			.params(d.offerId(), d.needId(), d.supplier(), d.receiver(), d.supplierPark(), d.receiverPark(), d.materialCode(),
					d.quantity(), d.price(), Math.round(d.distanceKm() * 100) / 100.0, d.hazardous(), d.licenceId(),
					d.crossProvince(), d.proposedBy(), d.note())
			.query(Long.class).single();
	}

	Deal get(long id) {
		List<Deal> deals = find("d.id = ?", List.of(id));
		if (deals.isEmpty()) {
			throw new NotFound("exchange.deal.notFound", id);
		}
		return deals.get(0);
	}

	/** Deals where supplier or receiver is one of these enterprises, or is in one of these parks (null: all). */
	List<Deal> involving(String[] enterprises, String[] parks) {
		if (parks == null) {
			return find("true", List.of());
		}
		return find("(d.supplier = any(?) or d.receiver = any(?) or d.supplier_park = any(?) or d.receiver_park = any(?))",
				List.of(enterprises, enterprises, parks, parks));
	}

	/** The open deals (proposed, agreed, delivering) of these enterprises: what may wait for one of them. */
	List<Deal> openOf(String[] enterprises) {
		return find("(d.supplier = any(?) or d.receiver = any(?)) and d.status in ('PROPOSED', 'AGREED', 'DELIVERING')",
				List.of(enterprises, enterprises));
	}

	void setStatus(long id, Deal.Status status, String approvalRef) {
		String stamp = switch (status) {
			case AGREED -> ", agreed_at = now()";
			case COMPLETED -> ", completed_at = now()";
			case CANCELLED -> ", cancelled_at = now()";
			default -> "";
		};
		jdbc.sql("update exchange_deal set status = ?, approval_ref = coalesce(?, approval_ref)"
				+ stamp + " where id = ?").params(status.name(), approvalRef, id).update();
	}

	void addShipment(long dealId, LocalDate on, double quantity, String manifestNo, String carrier, String username) {
		jdbc.sql("""
				insert into exchange_shipment (deal_id, shipped_on, quantity, manifest_no, carrier, recorded_by)
				values (?, ?, ?, ?, ?, ?)""")
			.params(dealId, on, quantity, manifestNo, carrier, username).update();
	}

	boolean manifestExists(String manifestNo) {
		return jdbc.sql("select count(*) from exchange_shipment where manifest_no = ?").param(manifestNo)
			.query(Integer.class).single() > 0;
	}

	/** Holds the licence's row until the transaction ends, so two deals cannot both take its last tonnes. */
	void lockLicence(long licenceId) {
		jdbc.sql("select id from exchange_licence where id = ? for update").param(licenceId).query(Long.class).single();
	}

	/** Tonnes a licence has taken or is committed to in a year: deals agreed or under way, and completed ones' deliveries. */
	double tonnesUnderLicence(long licenceId, int year) {
		return jdbc.sql("""
				select coalesce(sum(case when d.status = 'COMPLETED'
				                         then (select coalesce(sum(s.quantity), 0) from exchange_shipment s where s.deal_id = d.id)
				                         else d.quantity end), 0)
				from exchange_deal d
				where d.licence_id = ? and d.status in ('AGREED', 'DELIVERING', 'COMPLETED')
				  and extract(year from coalesce(d.agreed_at, d.created_at)) = ?""")
			.params(licenceId, year).query(Double.class).single();
	}

	private List<Deal> find(String where, List<Object> params) {
		List<Deal> rows = jdbc.sql("""
				select d.id, d.offer_id, d.need_id, d.supplier, d.supplier_park, d.receiver, d.receiver_park, d.material_code,
				       d.quantity, d.price, d.distance_km, d.hazardous, d.licence_id, d.cross_province, d.approval_ref,
				       d.status, d.proposed_by, d.note, d.created_at, d.agreed_at, d.completed_at, d.cancelled_at, d.version
				from exchange_deal d""" + " where " + where + " order by d.created_at desc, d.id desc")
			.params(params).query(DealStore::map).list();
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<Deal.Shipment>> shipments = new HashMap<>();
		jdbc.sql("""
				select deal_id, id, shipped_on, quantity, manifest_no, carrier, recorded_by from exchange_shipment
				where deal_id = any(?) order by shipped_on, id""")
			.param(rows.stream().map(Deal::id).toArray(Long[]::new))
			.query((rs, n) -> shipments.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new Deal.Shipment(rs.getLong(2), rs.getDate(3).toLocalDate(), rs.getDouble(4), rs.getString(5),
						rs.getString(6), rs.getString(7))))
			.list();
		return rows.stream().map(d -> d.withShipments(shipments.getOrDefault(d.id(), List.of()))).toList();
	}

	private static Deal map(ResultSet rs, int n) throws SQLException {
		Long licence = rs.getObject(13) == null ? null : rs.getLong(13);
		return new Deal(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(6), rs.getString(7), rs.getString(8), rs.getDouble(9),
				ListingStore.dbl(rs.getBigDecimal(10)), rs.getDouble(11), rs.getBoolean(12), licence,
				rs.getBoolean(14), rs.getString(15), Deal.Status.valueOf(rs.getString(16)), rs.getString(17),
				rs.getString(18), instant(rs.getTimestamp(19)), instant(rs.getTimestamp(20)), instant(rs.getTimestamp(21)),
				instant(rs.getTimestamp(22)), List.of(), false, rs.getLong(23));
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}
}
