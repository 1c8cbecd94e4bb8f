package org.parkloop.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.parkloop.materialflow.engine.BenchmarkNetworks;
import org.parkloop.materialflow.engine.Model;

/** Writes a benchmark instance as the API's JSON, so that other tools (scipy_reconcile.py) solve the same one. */
public final class ExportInstance {

	private ExportInstance() {
	}

	public static void main(String[] args) throws IOException {
		int processes = Integer.parseInt(args[0]);
		Model m = BenchmarkNetworks.generate(processes, Long.parseLong(args[1])).model();
		try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
			out.print("{\"processes\":[");
			for (int i = 0; i < m.processes().size(); i++) {
				out.print((i > 0 ? "," : "") + "{\"id\":\"" + m.processes().get(i) + "\"}");
			}
			out.print("],\"flows\":[");
			for (int i = 0; i < m.flows().size(); i++) {
				Model.Flow f = m.flows().get(i);
				out.print((i > 0 ? "," : "") + "{\"id\":\"" + f.id() + "\",\"from\":" + quote(f.from()) + ",\"to\":"
						+ quote(f.to()) + ",\"value\":" + f.value() + ",\"sigma\":" + f.sigma() + "}");
			}
			out.println("]}");
		}
	}

	private static String quote(String s) {
		return s == null ? "null" : "\"" + s + "\"";
	}
}
