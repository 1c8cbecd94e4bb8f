package org.parkloop.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds real .xlsx files for import tests. */
public final class Xlsx {

	private Xlsx() {
	}

	/** Numbers are written as numeric cells, everything else as text. */
	public static byte[] of(List<List<Object>> rows) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet("data");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				List<Object> cells = rows.get(r);
				for (int c = 0; c < cells.size(); c++) {
					Object v = cells.get(c);
					if (v instanceof Number n) {
						row.createCell(c).setCellValue(n.doubleValue());
					}
					else if (v != null) {
						row.createCell(c).setCellValue(v.toString());
					}
				}
			}
			wb.write(out);
			return out.toByteArray();
		}
	}

	public interface SheetRows {
		void write(Writer w) throws IOException;
	}

	/** One cell of 400 MB of the same letter: a few hundred kB packed. */
	public static final SheetRows ZIP_BOMB = w -> {
		w.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
		char[] block = new char[1 << 20];
		java.util.Arrays.fill(block, 'a');
		for (int i = 0; i < 400; i++) {
			w.write(block);
		}
		w.write("</t></is></c></row>");
	};

	/** The workbook with the rows of one sheet (its zip entry) replaced, packed as tightly as zip packs. */
	public static byte[] withSheet(byte[] workbook, String entry, SheetRows rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				zip.putNextEntry(new ZipEntry(e.getName()));
				if (e.getName().equals(entry)) {
					Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
					w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
							+ "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
					rows.write(w);
					w.write("</sheetData></worksheet>");
					w.flush();
				}
				else {
					in.transferTo(zip);
				}
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}
}
