package org.parkloop.identity.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.parkloop.platform.Audit;
import org.parkloop.platform.Column;
import org.parkloop.platform.Messages;
import org.parkloop.platform.Workbooks;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditPages {

	static final int PAGE_SIZE = 100;
	static final int MAX_EXPORT = 100_000;
	private static final List<Column> COLUMNS = List.of(new Column("at", "时间", "Time", true),
			new Column("username", "用户", "User", true), new Column("address", "来源地址", "From", true),
			new Column("action", "操作", "Action", true), new Column("entity", "对象", "Entity", true),
			new Column("entityId", "对象编号", "Entity id", false), new Column("summary", "摘要", "Summary", false));

	private final AuditTrail trail;
	private final Messages messages;

	private final org.parkloop.platform.When when;

	private final AuditText text;

	AuditPages(AuditTrail trail, Messages messages, org.parkloop.platform.When when, AuditText text) {
		this.text = text;
		this.when = when;
		this.trail = trail;
		this.messages = messages;
	}

	static Audit.Filter filter(String username, String entity, String entityId, LocalDate from, LocalDate to) {
		return new Audit.Filter(blank(username), blank(entity), blank(entityId), from, to);
	}

	@GetMapping("/audit")
	String list(@RequestParam(required = false) String username, @RequestParam(required = false) String entity,
			@RequestParam(required = false) String entityId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Audit.Filter f = filter(username, entity, entityId, from, to);
		long total = trail.count(f);
		model.addAttribute("events", trail.find(f, page, PAGE_SIZE));
		model.addAttribute("text", text);
		model.addAttribute("entities", AuditText.ENTITIES);
		model.addAttribute("filter", f);
		model.addAttribute("total", total);
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
		return "audit";
	}

	@GetMapping("/audit/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String username,
			@RequestParam(required = false) String entity, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Locale locale) {
		Audit.Filter f = filter(username, entity, entityId, from, to);
		List<List<Object>> rows = trail.find(f, 0, MAX_EXPORT).stream()
			.map(e -> List.<Object>of(when.seconds(e.at()),
					e.username(), e.address(), text.action(e.action()), text.entity(e.entity()),
					e.entityId() == null ? "" : e.entityId(), text.summary(e.summary())))
			.toList();
		return Workbooks.download("audit.xlsx", Workbooks.write(messages.get("audit.title"), COLUMNS, rows, locale));
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
