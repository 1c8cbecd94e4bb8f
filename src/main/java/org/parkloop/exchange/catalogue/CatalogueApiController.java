package org.parkloop.exchange.catalogue;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Exchange catalogue 废物交换目录", description = "Materials, compatibility rules and hazardous-waste licences")
class CatalogueApiController {

	private final Catalogue catalogue;
	private final Licences licences;

	CatalogueApiController(Catalogue catalogue, Licences licences) {
		this.catalogue = catalogue;
		this.licences = licences;
	}

	@GetMapping("/api/v1/exchange/materials")
	@Operation(summary = "The catalogue: 固体废物分类与代码目录 categories, 国家危险废物名录 categories and codes, by-products, heat, water")
	List<Material> materials() {
		return catalogue.materials();
	}

	@GetMapping("/api/v1/exchange/rules")
	List<Rule> rules() {
		return catalogue.rules();
	}

	@GetMapping("/api/v1/exchange/rules/{id}")
	Rule rule(@PathVariable long id) {
		return catalogue.rule(id);
	}

	@PostMapping("/api/v1/exchange/rules")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a compatibility rule with its source (CITY)")
	Rule createRule(@RequestBody Catalogue.RuleCommand rule) {
		return catalogue.createRule(rule);
	}

	@PutMapping("/api/v1/exchange/rules/{id}")
	@Operation(summary = "Replace a compatibility rule (CITY): with the version read, as If-Match or the body's version")
	Rule updateRule(@PathVariable long id, @RequestBody Catalogue.RuleCommand rule,
			@org.springframework.web.bind.annotation.RequestHeader(name = org.springframework.http.HttpHeaders.IF_MATCH,
					required = false) String ifMatch) {
		return catalogue.updateRule(id, rule, org.parkloop.platform.Versions.of(ifMatch, rule.version()));
	}

	@PostMapping(path = "/api/v1/exchange/licences/import", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import licences from CSV or .xlsx (CITY): all rows or none, with a row-by-row error report")
	org.parkloop.platform.ImportResult importLicences(@org.springframework.web.bind.annotation.RequestPart("file")
			org.springframework.web.multipart.MultipartFile file) throws java.io.IOException {
		try (java.io.InputStream in = file.getInputStream()) {
			return licences.importFile(file.getOriginalFilename(), in);
		}
	}

	@GetMapping("/api/v1/exchange/licences")
	List<Licence> licences() {
		return licences.all();
	}

	@PostMapping("/api/v1/exchange/licences")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a hazardous-waste operating licence (CITY)")
	Licence createLicence(@RequestBody Licences.LicenceCommand licence) {
		return licences.create(licence);
	}
}
