package org.parkloop.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.parkloop.exchange.engine.Allocation;
import org.parkloop.exchange.engine.Allocator;
import org.parkloop.exchange.engine.Market;
import org.parkloop.exchange.engine.MarketGenerator;

/**
 * Writes a benchmark market as the optimize API's JSON, so that another solver (scipy_allocate.py, HiGHS) solves the
 * same instance, and prints OR-Tools' optimum and time on it for comparison.
 */
public final class ExportMarket {

	private ExportMarket() {
	}

	public static void main(String[] args) throws IOException {
		int n = Integer.parseInt(args[0]);
		Market m = MarketGenerator.generate(n, Long.parseLong(args[1]));
		try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
			out.print("{\"transportCostPerTonneKm\":" + m.transportCostPerTonneKm() + ",\"roadFactor\":" + m.roadFactor()
					+ ",\"offers\":[");
			for (int i = 0; i < m.offers().size(); i++) {
				Market.Offer o = m.offers().get(i);
				out.print((i > 0 ? "," : "") + "{\"id\":\"" + o.id() + "\",\"material\":\"" + o.material() + "\",\"quantity\":"
						+ o.quantity() + ",\"lat\":" + o.lat() + ",\"lon\":" + o.lon() + ",\"disposalCostPerTonne\":"
						+ o.disposalCostPerTonne() + ",\"hazardous\":" + o.hazardous() + "}");
			}
			out.print("],\"wants\":[");
			for (int i = 0; i < m.wants().size(); i++) {
				Market.Want w = m.wants().get(i);
				StringBuilder accepts = new StringBuilder();
				for (Market.Accept a : w.accepts()) {
					accepts.append(accepts.length() > 0 ? "," : "").append("{\"material\":\"").append(a.material())
						.append("\",\"valuePerTonne\":").append(a.valuePerTonne()).append('}');
				}
				out.print((i > 0 ? "," : "") + "{\"id\":\"" + w.id() + "\",\"quantity\":" + w.quantity() + ",\"lat\":" + w.lat()
						+ ",\"lon\":" + w.lon() + ",\"maxDistanceKm\":" + w.maxDistanceKm() + ",\"accepts\":[" + accepts
						+ "],\"licensedCodes\":[" + String.join(",", w.licensedCodes().stream().map(c -> "\"" + c + "\"").toList())
						+ "]}");
			}
			out.println("]}");
		}
		long t0 = System.nanoTime();
		Allocation best = Allocator.optimal(m);
		System.out.printf("n=%d OR-Tools optimum %.2f in %.2f s (cold JVM)%n", n, best.objective(), (System.nanoTime() - t0) / 1e9);
	}
}
