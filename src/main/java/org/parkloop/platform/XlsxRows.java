package org.parkloop.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.parkloop.shared.RuleViolation;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The sheets of an .xlsx file, streamed row by row (SAX), so that memory stays bounded whatever the file holds:
 * a zip bomb is refused by its compression ratio, an entry larger than {@link #MAX_ENTRY_BYTES} unpacked is refused,
 * large entries are unpacked to temporary files rather than memory, and reading stops at {@code maxRows}. Cells read
 * as {@link Tables} documents: a date as an ISO date, a number exactly, text as written.
 */
final class XlsxRows {

	/** Unpacked size of any one part of the file: far above a sheet of 50,000 rows. */
	static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;

	static {
		ZipSecureFile.setMinInflateRatio(0.01); // POI's default, stated: more than 100:1 is a zip bomb
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
		ZipInputStreamZipEntrySource.setThresholdBytesForTempFiles(8 * 1024 * 1024);
	}

	private XlsxRows() {
	}

	/** The first sheet. */
	static List<List<String>> read(InputStream in, int maxRows) throws IOException {
		return parse(in, maxRows, true).values().stream().findFirst().orElse(List.of());
	}

	/** Every sheet by its name (trimmed), in the workbook's order; {@code maxRows} bounds them all together. */
	static Map<String, List<List<String>>> readAll(InputStream in, int maxRows) throws IOException {
		return parse(in, maxRows, false);
	}

	private static Map<String, List<List<String>>> parse(InputStream in, int maxRows, boolean firstOnly)
			throws IOException {
		try (OPCPackage pkg = OPCPackage.open(in)) {
			XSSFReader reader = new XSSFReader(pkg);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
			Map<String, List<List<String>>> out = new LinkedHashMap<>();
			int left = maxRows;
			while (sheets.hasNext()) {
				Rows rows = new Rows(left, maxRows);
				try (InputStream sheet = sheets.next()) {
					XMLReader parser = XMLHelper.newXMLReader();
					parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, rows,
							new ExactFormatter(), false));
					parser.parse(new InputSource(sheet));
				}
				out.putIfAbsent(sheets.getSheetName().trim(), rows.rows);
				left -= rows.rows.size();
				if (firstOnly) {
					break;
				}
			}
			return out;
		}
		catch (RuleViolation e) {
			throw e;
		}
		catch (Exception e) {
			throw new IOException("Not a readable .xlsx file", e);
		}
	}

	/** Collects the rows, keeping empty rows and cells in their places. */
	private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

		final List<List<String>> rows = new ArrayList<>();
		private final int left;
		private final int maxRows;
		private List<String> current;

		/** {@code left} rows may still be read of the {@code maxRows} the whole file may have. */
		Rows(int left, int maxRows) {
			this.left = left;
			this.maxRows = maxRows;
		}

		@Override
		public void startRow(int rowNum) {
			if (rowNum > left) {
				throw RuleViolation.onField("file", "import.tooManyRows", maxRows);
			}
			while (rows.size() < rowNum) {
				rows.add(new ArrayList<>());
			}
			current = new ArrayList<>();
		}

		@Override
		public void endRow(int rowNum) {
			rows.add(current);
		}

		@Override
		public void cell(String ref, String value, XSSFComment comment) {
			int column = ref == null ? current.size() : new CellReference(ref).getCol();
			while (current.size() < column) {
				current.add("");
			}
			current.add(value == null ? "" : value);
		}
	}

	/** Numbers as their exact shortest decimal (no display format, no grouping), dates as ISO dates. */
	private static final class ExactFormatter extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value).toLocalDate().toString();
			}
			return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
		}
	}
}
