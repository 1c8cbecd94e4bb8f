package org.parkloop.registry.enterprise;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parkloop.platform.ImportResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/enterprises")
@Tag(name = "Enterprises 企业", description = "Enterprises in the parks")
class EnterpriseApiController {

	static final int MAX_PAGE_SIZE = 500;

	private final EnterpriseService enterprises;

	private final CreditCodeCorrections corrections;

	private final org.parkloop.platform.Messages messages;

	EnterpriseApiController(EnterpriseService enterprises, CreditCodeCorrections corrections,
			org.parkloop.platform.Messages messages) {
		this.enterprises = enterprises;
		this.corrections = corrections;
		this.messages = messages;
	}

	/** A stored code that fails today's checks: {@code problem} is a {@link org.parkloop.shared.CreditCode.Problem}. */
	record WrongCode(String creditCode, String name, String parkCode, String problem, String message, long version) {
	}

	/** The new code, with the version read (or If-Match). */
	record Correction(@jakarta.validation.constraints.Size(max = 64) String creditCode,
			@jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(Integer.MAX_VALUE) Long version) {
	}

	@GetMapping("/credit-code-problems")
	@Operation(summary = "Stored credit codes that fail today's checks (GB 32100, GB 11714), within the caller's scope")
	List<WrongCode> wrongCodes() {
		return corrections.wrong().stream()
			.map(w -> new WrongCode(w.enterprise().creditCode(), w.enterprise().name(), w.enterprise().parkCode(),
					w.problem().name(), messages.get(w.problem().messageKey(), w.enterprise().creditCode()), w.enterprise().version()))
			.toList();
	}

	@PostMapping("/{creditCode}/credit-code")
	@Operation(summary = "Correct a stored credit code (CITY or the enterprise's park); its references everywhere follow")
	Enterprise correct(@PathVariable String creditCode, @RequestBody Correction correction,
			@RequestHeader(name = org.springframework.http.HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return corrections.correct(creditCode, correction.creditCode(),
				org.parkloop.platform.Versions.of(ifMatch, correction.version()));
	}

	@GetMapping
	@Operation(summary = "List enterprises, a page at a time; the total is in the X-Total-Count header")
	ResponseEntity<List<Enterprise>> list(@RequestParam(required = false) String park,
			@RequestParam(required = false) String industry, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
		var query = new EnterpriseRepository.Query(blank(park), blank(industry), blank(q), Math.max(0, page),
				Math.min(Math.max(1, size), MAX_PAGE_SIZE));
		return ResponseEntity.ok()
			.header("X-Total-Count", Long.toString(enterprises.count(query)))
			.body(enterprises.find(query));
	}

	@GetMapping("/{creditCode}")
	Enterprise get(@PathVariable String creditCode) {
		return enterprises.get(creditCode);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Enterprise create(@RequestBody EnterpriseCommand command) {
		return enterprises.create(command);
	}

	@PutMapping("/{creditCode}")
	@Operation(summary = "Replace an enterprise's record: with the version read, as If-Match or the body's version")
	Enterprise update(@PathVariable String creditCode, @RequestBody EnterpriseCommand command,
			@RequestHeader(name = org.springframework.http.HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return enterprises.update(creditCode, command, org.parkloop.platform.Versions.of(ifMatch, command.version()));
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import enterprises from .xlsx (or CSV): all rows or none, with a row-by-row error report")
	ImportResult importEnterprises(@RequestPart("file") MultipartFile file) throws IOException {
		enterprises.checkImport();
		try (InputStream in = file.getInputStream()) {
			return enterprises.importRows(EnterpriseImport.read(file.getOriginalFilename(), in));
		}
	}

	static String blank(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
