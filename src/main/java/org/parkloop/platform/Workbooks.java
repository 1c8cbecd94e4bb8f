package org.parkloop.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/** Writes a list as an .xlsx workbook whose header row imports again through {@link Tables}. */
public final class Workbooks {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private Workbooks() {
	}

	public static byte[] write(String sheetName, List<Column> columns, List<List<Object>> rows, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(sheetName));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int c = 0; c < columns.size(); c++) {
				Cell cell = header.createCell(c);
				cell.setCellValue(columns.get(c).label(locale));
				cell.setCellStyle(bold);
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<Object> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					set(row.createCell(c), values.get(c));
				}
			}
			for (int c = 0; c < columns.size(); c++) {
				sheet.setColumnWidth(c, 20 * 256);
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void set(Cell cell, Object value) {
		if (value == null) {
			cell.setBlank();
		}
		else if (value instanceof BigDecimal d) {
			cell.setCellValue(d.doubleValue());
		}
		else if (value instanceof Number n) {
			cell.setCellValue(n.doubleValue());
		}
		else if (value instanceof LocalDate d) {
			cell.setCellValue(d.toString());
		}
		else {
			cell.setCellValue(value.toString());
		}
	}

	/** A download response for a workbook. */
	public static ResponseEntity<byte[]> download(String fileName, byte[] body) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.contentType(XLSX)
			.body(body);
	}
}
