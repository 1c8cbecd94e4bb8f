package org.parkloop.programme.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.parkloop.shared.Designation;
import org.parkloop.shared.ParkLevel;
import org.parkloop.shared.TransformationStatus;

/**
 * The Wenzhou goal set as shipped, read from V5__programme.sql itself (R4-R6), and the eleven parks read from
 * seed/parks.csv: the engine's tests run on the data the platform ships, so a change of it is tested too.
 */
final class WenzhouGoals {

	static final LocalDate END_2015 = LocalDate.of(2015, 12, 31);
	static final LocalDate END_2017 = LocalDate.of(2017, 12, 31);

	/** One row of the goals' {@code values} list in V5: position, kind, deadline, level, status, %, designation, min, max, batch. */
	private static final Pattern ROW = Pattern.compile("\\((\\d+), '(\\w+)',\\s+date '([\\d-]+)',\\s+(null|'\\w+'),\\s+"
			+ "(null|'\\w+'),\\s+(null|[\\d.]+)(?:::numeric)?,\\s+(null|'\\w+'),\\s+(null|\\d+)(?:::int)?,\\s+"
			+ "(null|\\d+)(?:::int)?,\\s+(null|\\d+)(?:::int)?\\)");

	static final List<Goal> ALL = shippedGoals();

	static final Goal NATIONAL_50 = ALL.get(0);
	static final Goal PROVINCIAL_30 = ALL.get(1);
	static final Goal PROVINCIAL_DEMO_2015 = ALL.get(2);
	static final Goal BATCH_2015 = ALL.get(3);
	static final Goal ALL_70 = ALL.get(4);
	static final Goal PROVINCIAL_DEMO_2017 = ALL.get(5);
	static final Goal NATIONAL_DEMO_2017 = ALL.get(6);
	static final Goal BATCH_2017 = ALL.get(7);

	static final List<ParkFact> PARKS = shippedParks();

	private WenzhouGoals() {
	}

	private static List<Goal> shippedGoals() {
		String sql = read("/db/migration/V5__programme.sql");
		List<Goal> goals = new ArrayList<>();
		Matcher m = ROW.matcher(sql);
		while (m.find()) {
			goals.add(new Goal(Long.parseLong(m.group(1)), GoalKind.valueOf(m.group(2)), LocalDate.parse(m.group(3)),
					text(m.group(4)) == null ? null : ParkLevel.valueOf(text(m.group(4))),
					text(m.group(5)) == null ? null : TransformationStatus.valueOf(text(m.group(5))),
					text(m.group(6)) == null ? null : new BigDecimal(m.group(6)),
					text(m.group(7)) == null ? null : Designation.valueOf(text(m.group(7))), integer(m.group(8)),
					integer(m.group(9)), integer(m.group(10)), null, null));
		}
		if (goals.size() != 8) {
			throw new IllegalStateException("V5__programme.sql ships " + goals.size() + " goals, the tests know 8");
		}
		return List.copyOf(goals);
	}

	private static List<ParkFact> shippedParks() {
		try (InputStream in = WenzhouGoals.class.getResourceAsStream("/seed/parks.csv")) {
			List<ParkFact> parks = new ArrayList<>();
			for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				parks.add(new ParkFact(r.get("code"), Integer.parseInt(r.get("seq")), ParkLevel.valueOf(r.get("level")),
						r.get("target_batch").isBlank() ? null : Integer.valueOf(r.get("target_batch")),
						r.get("merged_into").isBlank() ? null : r.get("merged_into"), TransformationStatus.NOT_STARTED,
						Designation.NONE));
			}
			return List.copyOf(parks);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String read(String resource) {
		try (InputStream in = WenzhouGoals.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String text(String sql) {
		return sql.equals("null") ? null : sql.replace("'", "");
	}

	private static Integer integer(String sql) {
		return sql.equals("null") ? null : Integer.valueOf(sql);
	}
}
