package org.parkloop.materialflow.model;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.parkloop.shared.RuleViolation;
import org.parkloop.support.Xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The model workbook is streamed like the single-sheet imports: bounded rows in all its sheets, no zip bombs. */
class ModelWorkbookTest {

	private static final ModelDocument SMALL = new ModelDocument(
			List.of(new ModelDocument.ProcessJson("P", "过程")),
			List.of(new ModelDocument.FlowJson("F1", null, "P", 10.0, 1.0, null),
					new ModelDocument.FlowJson("F2", "P", null, 9.0, null, 0.1)),
			List.of(), List.of(), List.of(), true);

	@Test
	void aWorkbookReadsBackAsWritten() {
		for (Locale locale : List.of(Locale.CHINA, Locale.ENGLISH)) {
			ModelDocument read = ModelWorkbook.read(new ByteArrayInputStream(ModelWorkbook.write(SMALL, locale)));
			assertThat(read.processes()).isEqualTo(SMALL.processes());
			assertThat(read.flows()).isEqualTo(SMALL.flows());
			assertThat(read.nonNegative()).isTrue();
		}
	}

	@Test
	void rowsAreCountedOverAllSheets() throws Exception {
		byte[] workbook = ModelWorkbook.write(SMALL, Locale.CHINA);
		// 30,000 rows in each of two sheets: each below the limit of 50,000, together above it
		Xlsx.SheetRows rows = w -> {
			for (int r = 1; r <= 30_000; r++) {
				w.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>P" + r + "</t></is></c></row>");
			}
		};
		byte[] many = Xlsx.withSheet(Xlsx.withSheet(workbook, "xl/worksheets/sheet1.xml", rows),
				"xl/worksheets/sheet2.xml", rows);
		assertThatThrownBy(() -> ModelWorkbook.read(new ByteArrayInputStream(many))).isInstanceOf(RuleViolation.class)
			.extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("import.tooManyRows");
	}

	@Test
	void aZipBombIsRefused() throws Exception {
		byte[] bomb = Xlsx.withSheet(ModelWorkbook.write(SMALL, Locale.CHINA), "xl/worksheets/sheet2.xml", Xlsx.ZIP_BOMB);
		assertThat(bomb.length).isLessThan(3 * 1024 * 1024);
		assertThatThrownBy(() -> ModelWorkbook.read(new ByteArrayInputStream(bomb))).isInstanceOf(RuleViolation.class)
			.extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("import.unreadable");
	}
}
