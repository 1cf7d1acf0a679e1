package nl.thuisbasis.platform;

/** Cells for CSV files that people open in a spreadsheet program: never a formula. */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /**
     * Text starting with =, +, - or @ (a formula to Excel) gets a leading apostrophe, unless it is a plain number;
     * {@link #unsafe} strips that apostrophe again when the file is read back.
     */
    public static String safe(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            return "'" + text;
        }
        return text;
    }

    public static String unsafe(String text) {
        return text != null && text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0
                ? text.substring(1) : text;
    }
}
