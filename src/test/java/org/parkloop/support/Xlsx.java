package org.parkloop.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
}
