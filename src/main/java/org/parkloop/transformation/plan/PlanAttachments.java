package org.parkloop.transformation.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's documents (R14): PDF, Word or Excel, recognised by their content (not their name), at most the configured
 * size, stored in the database with their SHA-256 checksum, which is checked again on every download. Those who draft
 * the plan (and CITY, for the decisions' documents) attach them; those who may read the plan download them.
 */
@Service
@Transactional
public class PlanAttachments {

	public record Attachment(long id, String fileName, String mediaType, int size, String sha256, String uploadedBy,
			Instant uploadedAt) {
	}

	record Download(Attachment attachment, byte[] content) {
	}

	static final String PDF = "application/pdf";
	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	static final String OLE = "application/x-ole-storage";

	private final JdbcClient jdbc;
	private final Plans plans;
	private final PlanAccess access;
	private final CurrentCaller callers;
	private final Audit audit;
	private final int maxBytes;

	PlanAttachments(JdbcClient jdbc, Plans plans, PlanAccess access, CurrentCaller callers, Audit audit,
			@Value("${parkloop.plans.attachment-max-bytes:10485760}") int maxBytes) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.access = access;
		this.callers = callers;
		this.audit = audit;
		this.maxBytes = maxBytes;
	}

	/** The plan's documents, for a caller who may read the plan. */
	@Transactional(readOnly = true)
	public List<Attachment> of(long planId) {
		plans.get(planId);
		return jdbc.sql("""
				select id, file_name, media_type, size_bytes, sha256, uploaded_by, uploaded_at from plan_attachment
				where plan_id = ? order by id""")
			.param(planId)
			.query((rs, n) -> new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.list();
	}

	Attachment upload(long planId, String fileName, byte[] content) {
		Plan p = plans.get(planId);
		if (!callers.get().has(Role.CITY)) {
			access.checkDraft(p.parkCode());
		}
		String name = fileName == null || fileName.isBlank() ? "document" : fileName.strip();
		if (name.length() > 200) {
			throw new InvalidInput(List.of(new FieldProblem("file", "validation.tooLong", 200)));
		}
		if (content == null || content.length == 0 || content.length > maxBytes) {
			throw new InvalidInput(List.of(new FieldProblem("file", "plan.attachmentSize", maxBytes / (1024 * 1024))));
		}
		String type = type(content);
		if (type == null) {
			throw new InvalidInput(List.of(new FieldProblem("file", "plan.attachmentType", name)));
		}
		String sha = sha256(content);
		long id = jdbc.sql("""
				insert into plan_attachment (plan_id, file_name, media_type, size_bytes, sha256, content, uploaded_by)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(planId, name, type, content.length, sha, content, callers.get().username())
			.query(Long.class).single();
		audit.record("ATTACH", "plan", String.valueOf(planId), name + " " + content.length + " B sha256 " + sha);
		return of(planId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
	}

	@Transactional(readOnly = true)
	Download download(long planId, long attachmentId) {
		Attachment a = of(planId).stream().filter(x -> x.id() == attachmentId).findFirst()
			.orElseThrow(() -> new NotFound("plan.attachmentNotFound", attachmentId));
		byte[] content = jdbc.sql("select content from plan_attachment where id = ?").param(attachmentId)
			.query(byte[].class).single();
		if (!sha256(content).equals(a.sha256())) {
			throw new IllegalStateException("attachment " + attachmentId + " does not match its SHA-256 checksum");
		}
		return new Download(a, content);
	}

	/** PDF, Office Open XML (Word, Excel) or the older Office formats, by their content; null for anything else. */
	static String type(byte[] content) {
		if (starts(content, "%PDF-".getBytes())) {
			return PDF;
		}
		if (starts(content, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
				(byte) 0xE1 })) {
			return OLE;
		}
		if (starts(content, new byte[] { 'P', 'K', 3, 4 })) {
			boolean types = false;
			String kind = null;
			try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
				ZipEntry e;
				for (int i = 0; i < 10_000 && (e = zip.getNextEntry()) != null; i++) {
					types |= e.getName().equals("[Content_Types].xml");
					kind = e.getName().startsWith("word/") ? DOCX : e.getName().startsWith("xl/") ? XLSX : kind;
				}
			}
			catch (IOException | IllegalArgumentException e) {
				return null;
			}
			return types ? kind : null;
		}
		return null;
	}

	private static boolean starts(byte[] content, byte[] magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (content[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
