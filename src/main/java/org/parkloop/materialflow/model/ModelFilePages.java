package org.parkloop.materialflow.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.parkloop.platform.Messages;
import org.parkloop.platform.Workbooks;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.RuleViolation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** A model as a file: imported from JSON or a workbook (replacing the document), exported as either. */
@Controller
class ModelFilePages {

	private final ParkModels models;
	private final Messages messages;
	private final JsonMapper json;

	ModelFilePages(ParkModels models, Messages messages, JsonMapper json) {
		this.models = models;
		this.messages = messages;
		this.json = json;
	}

	@PostMapping("/models/{id}/import")
	String importFile(@PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		models.forChange(id);
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
		try (InputStream in = file.getInputStream()) {
			ModelDocument doc;
			if (name.endsWith(".json")) {
				doc = json.readValue(in, ModelDocument.class);
			}
			else if (name.endsWith(".xlsx")) {
				doc = ModelWorkbook.read(in);
			}
			else {
				throw RuleViolation.onField("file", "import.fileType", file.getOriginalFilename());
			}
			models.change(id, stored -> doc.withVersion(null));
			redirect.addFlashAttribute("message", messages.get("mfa.saved"));
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("error", messages.of(e));
		}
		catch (RuleViolation e) {
			if (e instanceof org.parkloop.shared.Forbidden) {
				throw e;
			}
			redirect.addFlashAttribute("error", messages.of(e));
		}
		catch (tools.jackson.core.JacksonException e) {
			redirect.addFlashAttribute("error", messages.get("import.unreadable", file.getOriginalFilename()));
		}
		return "redirect:/models/" + id;
	}

	@GetMapping("/models/{id}/export.json")
	ResponseEntity<byte[]> exportJson(@PathVariable long id) {
		byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsString(models.get(id).document().withVersion(null))
			.getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("model-" + id + ".json").build().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body);
	}

	@GetMapping("/models/{id}/export.xlsx")
	ResponseEntity<byte[]> exportXlsx(@PathVariable long id, Locale locale) {
		return Workbooks.download("model-" + id + ".xlsx", ModelWorkbook.write(models.get(id).document(), locale));
	}
}
