package org.parkloop.materialflow.model;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parkloop.platform.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Park material flow models 园区物质流模型", description = "Each park's models per year and scenario")
class ModelApiController {

	private final ParkModels models;

	private final ModelBin bin;

	ModelApiController(ParkModels models, ModelBin bin) {
		this.bin = bin;
		this.models = models;
	}

	@GetMapping("/api/v1/parks/{code}/models")
	List<ParkModels.Summary> list(@PathVariable String code) {
		return models.of(code);
	}

	@PostMapping("/api/v1/parks/{code}/models")
	@ResponseStatus(HttpStatus.CREATED)
	ParkModels.Summary create(@PathVariable String code, @RequestBody ParkModels.NewModel model) {
		return models.create(code, model).summary();
	}

	@GetMapping("/api/v1/models/{id}")
	@Operation(summary = "The model as its JSON document (docs/mfa-model.md)")
	ResponseEntity<ModelDocument> get(@PathVariable long id) {
		ModelDocument doc = models.get(id).document();
		return ResponseEntity.ok().eTag(Versions.etag(doc.version())).body(doc);
	}

	@PutMapping("/api/v1/models/{id}")
	@Operation(summary = "Replace the model's document: with the version read, as If-Match or the document's version")
	ParkModels.Summary replace(@PathVariable long id, @RequestBody ModelDocument document,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return models.replace(id, document, Versions.of(ifMatch, document.version())).summary();
	}

	@PostMapping("/api/v1/models/{id}/flows/from-exchange")
	@Operation(summary = "Take the completed exchange deliveries of the model's year as flows between its enterprises")
	ParkModels.Pulled pullExchangeDeliveries(@PathVariable long id) {
		return models.pullExchangeDeliveries(id);
	}

	@org.springframework.web.bind.annotation.DeleteMapping("/api/v1/models/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a model: it stays in the park's recycle bin for 30 days (refused while another record rests on it)")
	void delete(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		bin.delete(id, Versions.ofAction(ifMatch, null));
	}

	@PostMapping("/api/v1/models/{id}/restore")
	@Operation(summary = "Restore a model deleted in the last 30 days")
	ParkModels.Summary restore(@PathVariable long id) {
		return bin.restore(id).summary();
	}

	@GetMapping("/api/v1/parks/{code}/models/bin")
	@Operation(summary = "The park's deleted models that can still be restored")
	List<ModelBin.Binned> bin(@PathVariable String code) {
		return bin.of(code);
	}

	@PostMapping("/api/v1/models/{id}/rename")
	@Operation(summary = "Rename a model (its name and scenario; the year stays)")
	ParkModels.Summary rename(@PathVariable long id, @RequestBody ParkModels.Rename rename,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return models.rename(id, rename, Versions.ofAction(ifMatch, rename.version())).summary();
	}

	@PostMapping("/api/v1/models/{id}/reconcile")
	@Operation(summary = "Reconcile the stored model (nothing is stored)")
	ModelDocument.ResultJson reconcile(@PathVariable long id) {
		return models.get(id).document().reconcile();
	}
}
