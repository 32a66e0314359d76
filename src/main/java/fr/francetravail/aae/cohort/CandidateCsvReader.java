package fr.francetravail.aae.cohort;

import static fr.francetravail.aae.cohort.CsvCandidates.Column.BIRTH_YEAR;
import static fr.francetravail.aae.cohort.CsvCandidates.Column.EMAIL;
import static fr.francetravail.aae.cohort.CsvCandidates.Column.FIRST_NAME;
import static fr.francetravail.aae.cohort.CsvCandidates.Column.FRANCE_TRAVAIL_ID;
import static fr.francetravail.aae.cohort.CsvCandidates.Column.LAST_NAME;
import static fr.francetravail.aae.cohort.CsvCandidates.Column.PHONE;
import static fr.francetravail.aae.cohort.CsvCandidates.Column.QPV;
import static fr.francetravail.aae.cohort.CsvCandidates.Column.REGISTERED_SINCE;
import static fr.francetravail.aae.cohort.CsvCandidates.Column.RQTH;
import static fr.francetravail.aae.cohort.CsvCandidates.Column.RSA;

import fr.francetravail.aae.cohort.CsvCandidates.Column;
import fr.francetravail.aae.common.InvalidInputException.FieldViolation;
import fr.francetravail.aae.common.PlausibleInput;
import fr.francetravail.aae.operation.ProposeOperationCommand;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads candidates from a CSV file as French spreadsheet tools export it: UTF-8 with or without BOM, {@code ;}
 * separator, CRLF or LF, fields optionally quoted with {@code "}, blank lines ignored, a header line naming the
 * columns in any order. Every fault is collected, none stops the reading; a line with a fault is left out of the
 * candidates, and so is every line when the header lacks a required column (their other faults are still reported).
 * Faults name the file's physical line, the header being line 1. A file of more candidates than any operation may have
 * is refused whole, unread. No Bean Validation here: the service validates the candidates.
 */
public final class CandidateCsvReader {

    private static final String FILE = "fichier";
    private static final String HEADER = "en-tête";
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> YES = Set.of("oui", "o", "vrai", "1", "x");
    private static final Set<String> NO = Set.of("non", "n", "faux", "0", "");

    private final List<FieldViolation> faults = new ArrayList<>();
    private final List<CandidateRequest> candidates = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private final Map<String, Integer> lineOfId = new HashMap<>();

    private CandidateCsvReader() {
    }

    /** Reads {@code csv} to its end (without closing it). */
    public static CandidateBatch read(InputStream csv) throws IOException {
        return new CandidateCsvReader().read(csv.readAllBytes());
    }

    private CsvCandidates read(byte[] bytes) {
        List<Row> rows = Splitter.rows(decode(bytes)).stream().filter(row -> !row.blank()).toList();
        if (rows.size() - 1 > RecruitmentService.MAX_CANDIDATES) {
            return new CsvCandidates(List.of(), List.of(), List.of(new FieldViolation(FILE, "le fichier compte " + (rows.size() - 1)
                    + " lignes de candidats : " + RecruitmentService.MAX_CANDIDATES + " au plus (" + RecruitmentService.CANDIDATES_PER_PLACE
                    + " par place d'un groupe de " + ProposeOperationCommand.MAX_GROUP_SIZE + " au plus)")));
        }
        if (!rows.isEmpty() && readable(rows.get(0))) {
            Header header = Header.of(rows.get(0), faults);
            rows.stream().skip(1).filter(this::readable).forEach(row -> read(row, header));
        }
        if (rows.size() < 2) {
            faults.add(new FieldViolation(FILE, "le fichier ne contient aucun candidat"));
        }
        return new CsvCandidates(candidates, lines, faults);
    }

    /** The text, undecodable bytes replaced after the first is reported; the byte order mark dropped. */
    private String decode(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // a new decoder reports malformed input; UTF-8 never yields more chars than bytes
        if (StandardCharsets.UTF_8.newDecoder().decode(in, CharBuffer.allocate(bytes.length), true).isError()) {
            faults.add(new FieldViolation(FILE, "le fichier n'est pas encodé en UTF-8 (caractère illisible ligne "
                    + lineOf(bytes, in.position()) + ") ; enregistrez-le au format « CSV UTF-8 »"));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int lineOf(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private boolean readable(Row row) {
        if (!row.closed()) {
            faults.add(new FieldViolation("ligne " + row.line(),
                    "guillemet ouvrant jamais fermé : la suite du fichier n'a pas pu être lue"));
        }
        return row.closed();
    }

    private void read(Row row, Header header) {
        if (!header.fits(row.fields())) {
            faults.add(new FieldViolation("ligne " + row.line(),
                    "la ligne compte " + row.fields().size() + " champs au lieu de " + header.width()));
            return;
        }
        int faultsBefore = faults.size();
        String id = text(row, header, FRANCE_TRAVAIL_ID);
        id = id == null ? null : id.toUpperCase(Locale.ROOT);
        CandidateRequest candidate = new CandidateRequest(id, text(row, header, LAST_NAME),
                text(row, header, FIRST_NAME), text(row, header, EMAIL), text(row, header, PHONE),
                year(row, header, BIRTH_YEAR), date(row, header, REGISTERED_SINCE), flag(row, header, RSA),
                flag(row, header, QPV), flag(row, header, RQTH));
        Integer firstLine = id == null ? null : lineOfId.putIfAbsent(id, row.line());
        if (firstLine != null) {
            faults.add(new FieldViolation("ligne " + row.line(), "identifiant " + id + " déjà présent ligne " + firstLine));
        }
        if (faults.size() == faultsBefore && header.complete()) {
            candidates.add(candidate);
            lines.add(row.line());
        }
    }

    /** A one-line text (see {@link PlausibleInput}). */
    private String text(Row row, Header header, Column column) {
        String value = header.value(row, column);
        String fault = PlausibleInput.textFault(value, false);
        if (fault != null) {
            fault(row, column, fault);
        }
        return value;
    }

    private Integer year(Row row, Header header, Column column) {
        String value = header.value(row, column);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            fault(row, column, "année invalide « " + value + " » (attendu AAAA, ex. 1985)");
            return null;
        }
    }

    private LocalDate date(Row row, Header header, Column column) {
        String value = header.value(row, column);
        LocalDate date;
        try {
            date = value == null ? null
                    : LocalDate.parse(value, value.contains("-") ? DateTimeFormatter.ISO_LOCAL_DATE : FRENCH_DATE);
        } catch (DateTimeParseException e) {
            fault(row, column, "date invalide « " + value + " » (attendu JJ/MM/AAAA)");
            return null;
        }
        String fault = PlausibleInput.dateFault(date);
        if (fault != null) {
            fault(row, column, fault);
            return null;
        }
        return date;
    }

    private boolean flag(Row row, Header header, Column column) {
        String value = header.value(row, column);
        String answer = value == null ? "" : value.toLowerCase(Locale.ROOT);
        if (!YES.contains(answer) && !NO.contains(answer)) {
            fault(row, column, "valeur invalide « " + value + " » (attendu oui ou non)");
        }
        return YES.contains(answer);
    }

    private void fault(Row row, Column column, String message) {
        faults.add(new FieldViolation("ligne " + row.line(), "colonne " + column.header() + " : " + message));
    }

    /** One record of the file: its trimmed fields and the physical line it starts on; not closed if a quote never ends. */
    private record Row(int line, List<String> fields, boolean closed) {

        boolean blank() {
            return closed && fields.stream().allMatch(String::isEmpty);
        }
    }

    /** Where each known column is; {@code width} counts the header's cells but for trailing empty ones. */
    private record Header(Map<Column, Integer> positions, int width) {

        static Header of(Row row, List<FieldViolation> faults) {
            List<String> names = row.fields();
            int width = names.size();
            while (names.get(width - 1).isEmpty()) {
                width--;
            }
            Map<Column, Integer> positions = new EnumMap<>(Column.class);
            for (int i = 0; i < width; i++) {
                String name = names.get(i);
                Column column = Column.named(name).orElse(null);
                if (name.isEmpty()) {
                    faults.add(new FieldViolation(HEADER, "la colonne n° " + (i + 1) + " n'a pas de nom"));
                } else if (column == null) {
                    faults.add(new FieldViolation(HEADER, "colonne inconnue « " + name + " » (colonnes reconnues : "
                            + Column.headers() + ")"));
                } else if (positions.putIfAbsent(column, i) != null) {
                    faults.add(new FieldViolation(HEADER, "colonne " + column.header() + " en double"));
                }
            }
            Header header = new Header(positions, width);
            header.missing().forEach(column -> faults.add(new FieldViolation(HEADER,
                    "colonne obligatoire absente : " + column.header())));
            return header;
        }

        List<Column> missing() {
            return Arrays.stream(Column.values()).filter(Column::required).filter(c -> !positions.containsKey(c)).toList();
        }

        boolean complete() {
            return missing().isEmpty();
        }

        /** One field per column; empty trailing fields beyond the header, as spreadsheets sometimes add, are ignored. */
        boolean fits(List<String> fields) {
            return fields.size() >= width && fields.subList(width, fields.size()).stream().allMatch(String::isEmpty);
        }

        /** The column's value on the row; null when empty or when the header lacks the column. */
        String value(Row row, Column column) {
            Integer position = positions.get(column);
            return position == null || row.fields().get(position).isEmpty() ? null : row.fields().get(position);
        }
    }

    /** Cuts the text into rows, counting physical lines, a quoted field holding {@code ;}, {@code ""} or line breaks. */
    private static final class Splitter {

        private final String text;
        private int position;
        private int line = 1;

        private Splitter(String text) {
            this.text = text;
        }

        static List<Row> rows(String text) {
            Splitter splitter = new Splitter(text);
            List<Row> rows = new ArrayList<>();
            while (splitter.position < text.length()) {
                rows.add(splitter.row());
            }
            return rows;
        }

        private Row row() {
            int start = line;
            List<String> fields = new ArrayList<>();
            while (true) {
                String field = field();
                if (field == null) {
                    return new Row(start, fields, false);
                }
                fields.add(field);
                if (!at(';')) {
                    endLine();
                    return new Row(start, fields, true);
                }
                position++;
            }
        }

        /** The trimmed field; null if its quote never ends. */
        private String field() {
            StringBuilder value = new StringBuilder();
            while (at(' ') || at('\t')) {
                position++;
            }
            if (at('"') && !quoted(value)) {
                return null;
            }
            while (position < text.length() && !at(';') && !at('\r') && !at('\n')) {
                value.append(text.charAt(position++));
            }
            return value.toString().strip();
        }

        /** Reads a quoted value, its opening quote being at {@code position}; false if the closing quote is missing. */
        private boolean quoted(StringBuilder value) {
            position++;
            while (position < text.length()) {
                if (at('"')) {
                    position++;
                    if (!at('"')) {
                        return true;
                    }
                    value.append('"');
                    position++;
                } else if (at('\r') || at('\n')) {
                    endLine();
                    value.append('\n');
                } else {
                    value.append(text.charAt(position++));
                }
            }
            return false;
        }

        private void endLine() {
            if (at('\r')) {
                position++;
            }
            if (at('\n')) {
                position++;
            }
            line++;
        }

        private boolean at(char c) {
            return position < text.length() && text.charAt(position) == c;
        }
    }
}
