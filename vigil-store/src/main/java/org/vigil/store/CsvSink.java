package org.vigil.store;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV with a header: the events table's columns, so a CSV export loads back as the table it came from. */
final class CsvSink implements EventSink {
    private final Writer out;

    CsvSink(Writer out) {
        this.out = out;
    }

    @Override
    public void begin() throws IOException {
        line(EventColumns.NAMES);
    }

    @Override
    public boolean accept(StoredEvent event) throws IOException {
        CsvCells cells = new CsvCells();
        try {
            EventColumns.write(event, cells);
        } catch (SQLException e) {
            throw new IllegalStateException("CSV cells do not touch a database", e);
        }
        line(cells.values);
        return true;
    }

    @Override
    public void end() {
    }

    private void line(List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(values.get(i)));
        }
        out.write("\r\n");
    }

    private static String quoted(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** Collects a row's values as CSV text: empty for null, ISO dates, plain decimals. */
    private static final class CsvCells implements RowSink {
        private final List<String> values = new ArrayList<>();

        @Override
        public void text(String value) {
            values.add(value == null ? "" : value);
        }

        @Override
        public void integer(Integer value) {
            values.add(value == null ? "" : value.toString());
        }

        @Override
        public void bigint(long value) {
            values.add(Long.toString(value));
        }

        @Override
        public void real(Double value) {
            values.add(value == null ? "" : BigDecimal.valueOf(value).toPlainString());
        }

        @Override
        public void bool(boolean value) {
            values.add(Boolean.toString(value));
        }

        @Override
        public void date(LocalDate value) {
            values.add(value == null ? "" : value.toString());
        }

        @Override
        public void timestamp(Instant value) {
            values.add(value == null ? "" : value.toString());
        }
    }
}
