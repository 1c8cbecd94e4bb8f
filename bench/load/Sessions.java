import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

/** Counts the stored sessions of an embedded server: java -cp postgresql.jar bench/load/Sessions.java DATA_DIR */
public class Sessions {
	public static void main(String[] args) throws Exception {
		var pid = Files.readAllLines(Path.of(args[0], "postgres", "postmaster.pid"));
		String url = "jdbc:postgresql://localhost:" + pid.get(3).trim() + "/parkloop?user=postgres";
		try (var c = DriverManager.getConnection(url); var rs = c.createStatement().executeQuery(
				"select count(*), coalesce(sum(octet_length(attribute_bytes)), 0) from spring_session_attributes")) {
			rs.next();
			try (var s = c.createStatement().executeQuery("select count(*) from spring_session")) {
				s.next();
				System.out.println("sessions " + s.getLong(1) + ", attributes " + rs.getLong(1) + " (" + rs.getLong(2) + " bytes)");
			}
		}
	}
}
