package fr.francetravail.aae.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import fr.francetravail.aae.common.InvalidInputException.FieldViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CSV import of candidates: what spreadsheets export (BOM, CRLF, quotes), every reading fault with its physical
 * line, and the names the service's refusals use. {@code csv/*.csv} are shared with the integration tests.
 */
class CandidateCsvReaderTest {

    private static final String HEADER = "identifiant_france_travail;nom;prenom;email;telephone;annee_naissance;date_inscription;rsa;qpv;rqth\n";

    @Test
    void readsAFileAsFrenchSpreadsheetsExportIt() throws IOException {
        String csv = "\uFEFF" + (HEADER + """
                1234567A;Durand;Alice;alice.durand@example.org;06 12 34 56 78;1990;05/03/2023;oui;non;non
                2345678B;"Martin; épouse Roux";Béatrice;beatrice.martin@example.org;;1978;15/11/2021;non;oui;non
                3456789C; Petit ;"Jean ""Jeannot""\";jean.petit@example.org;;2001;01/01/2024;non;non;oui
                """).replace("\n", "\r\n");

        CandidateBatch batch = read(csv);

        assertThat(batch.readingViolations()).isEmpty();
        assertThat(batch.candidates()).containsExactly(
                new CandidateRequest("1234567A", "Durand", "Alice", "alice.durand@example.org", "06 12 34 56 78", 1990,
                        LocalDate.of(2023, 3, 5), true, false, false),
                new CandidateRequest("2345678B", "Martin; épouse Roux", "Béatrice", "beatrice.martin@example.org", null,
                        1978, LocalDate.of(2021, 11, 15), false, true, false),
                new CandidateRequest("3456789C", "Petit", "Jean \"Jeannot\"", "jean.petit@example.org", null, 2001,
                        LocalDate.of(2024, 1, 1), false, false, true));
        assertThat(IntStream.range(0, 3).mapToObj(i -> batch.field(i, null))).containsExactly("ligne 2", "ligne 3", "ligne 4");
    }

    @Test
    void readsIsoDatesAndSingleDigitFrenchDates() throws IOException {
        CandidateBatch batch = read(HEADER + """
                1234567A;Durand;Alice;alice.durand@example.org;;1990;2023-03-05;non;non;non
                2345678B;Martin;Paul;paul.martin@example.org;;1985;5/3/2023;non;non;non
                """);

        assertThat(batch.readingViolations()).isEmpty();
        assertThat(batch.candidates()).extracting(CandidateRequest::registeredSince)
                .containsExactly(LocalDate.of(2023, 3, 5), LocalDate.of(2023, 3, 5));
    }

    @Test
    void theSharedGoodFileHoldsFourValidCandidates() throws IOException {
        CandidateBatch batch = readResource("good.csv");

        assertThat(batch.readingViolations()).isEmpty();
        assertThat(batch.candidates()).extracting(CandidateRequest::franceTravailId)
                .containsExactly("7000001A", "7000002A", "7000003A", "7000004A");
        assertThat(batch.candidates()).allSatisfy(candidate -> {
            assertThat(candidate.birthYear()).isBetween(1965, 2000);
            assertThat(candidate.registeredSince()).isBefore(LocalDate.now());
            assertThat(candidate.email()).endsWith("@example.org");
        });
        assertThat(batch.candidates()).anyMatch(CandidateRequest::rsaBeneficiary)
                .anyMatch(CandidateRequest::qpvResident).anyMatch(CandidateRequest::recognisedDisability);
        assertThat(batch.candidates().get(1).lastName()).isEqualTo("N'Diaye; épouse Garnier");
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            assertThat(batch.candidates()).allSatisfy(candidate -> assertThat(validator.validate(candidate)).isEmpty());
        }
    }

    @Test
    void reportsEveryFaultOfABadFileWithItsLine() throws IOException {
        CandidateBatch batch = readResource("bad.csv");

        assertThat(batch.candidates()).isEmpty();
        assertThat(batch.readingViolations()).containsExactly(
                new FieldViolation("ligne 2", "colonne date_inscription : date invalide « 31/02/2024 » (attendu JJ/MM/AAAA)"),
                new FieldViolation("ligne 3", "colonne annee_naissance : année invalide « quatre-vingt-dix » (attendu AAAA, ex. 1985)"),
                new FieldViolation("ligne 4", "colonne date_inscription : date invalide « 2023-13-01 » (attendu JJ/MM/AAAA)"),
                new FieldViolation("ligne 4", "colonne rsa : valeur invalide « peut-être » (attendu oui ou non)"),
                new FieldViolation("ligne 5", "la ligne compte 9 champs au lieu de 10"),
                new FieldViolation("ligne 6", "identifiant 7100001A déjà présent ligne 2"),
                new FieldViolation("ligne 7", "guillemet ouvrant jamais fermé : la suite du fichier n'a pas pu être lue"));
    }

    @Test
    void keepsTheGoodLinesOfAMixedFileAndReportsTheBadOnes() throws IOException {
        CandidateBatch batch = readResource("mixed.csv");

        assertThat(batch.candidates()).extracting(CandidateRequest::franceTravailId)
                .containsExactly("7000011A", "7000013A", "7000015A");
        assertThat(IntStream.range(0, 3).mapToObj(i -> batch.field(i, null))).containsExactly("ligne 2", "ligne 5", "ligne 7");
        assertThat(batch.readingViolations()).containsExactly(
                new FieldViolation("ligne 3", "colonne date_inscription : date invalide « 31/02/2024 » (attendu JJ/MM/AAAA)"),
                new FieldViolation("ligne 6", "la ligne compte 9 champs au lieu de 10"));
    }

    @Test
    void reportsEveryHeaderFaultAndStillChecksTheLinesButKeepsNone() throws IOException {
        CandidateBatch batch = read("""
                identifiant_france_travail;nom;;email;commentaire;nom;annee_naissance;rsa
                1234567A;Durand;;alice.durand@example.org;à rappeler;Durand;1990;peut-être
                """);

        assertThat(batch.candidates()).isEmpty();
        assertThat(batch.readingViolations()).containsExactly(
                new FieldViolation("en-tête", "la colonne n° 3 n'a pas de nom"),
                new FieldViolation("en-tête", "colonne inconnue « commentaire » (colonnes reconnues : identifiant_france_travail, "
                        + "nom, prenom, email, telephone, annee_naissance, date_inscription, rsa, qpv, rqth)"),
                new FieldViolation("en-tête", "colonne nom en double"),
                new FieldViolation("en-tête", "colonne obligatoire absente : prenom"),
                new FieldViolation("en-tête", "colonne obligatoire absente : date_inscription"),
                new FieldViolation("ligne 2", "colonne rsa : valeur invalide « peut-être » (attendu oui ou non)"));
    }

    @Test
    void headerNamesAreInAnyOrderCaseAndAccentsAndOptionalColumnsMayBeMissing() throws IOException {
        CandidateBatch batch = read("""
                Date_Inscription;Prénom;NOM;Email;Identifiant France Travail;Année_Naissance
                01/02/2022;Élodie;Marchand;elodie.marchand@example.org;1234567a;1993
                """);

        assertThat(batch.readingViolations()).isEmpty();
        assertThat(batch.candidates()).containsExactly(new CandidateRequest("1234567A", "Marchand", "Élodie",
                "elodie.marchand@example.org", null, 1993, LocalDate.of(2022, 2, 1), false, false, false));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "\r\n\r\n", HEADER, HEADER + "\n;;;;;;;;;\n  \n"})
    void reportsAFileWithoutCandidates(String csv) throws IOException {
        CandidateBatch batch = read(csv);

        assertThat(batch.candidates()).isEmpty();
        assertThat(batch.readingViolations()).containsExactly(new FieldViolation("fichier", "le fichier ne contient aucun candidat"));
    }

    @Test
    void saysWhenTheFileIsNotUtf8() throws IOException {
        byte[] latin1 = (HEADER + """
                1234567A;Durand;Alice;alice.durand@example.org;;1990;05/03/2023;non;non;non
                2345678B;Lefèvre;Hélène;helene.lefevre@example.org;;1985;01/06/2022;non;non;non
                """).getBytes(StandardCharsets.ISO_8859_1);

        CandidateBatch batch = CandidateCsvReader.read(new ByteArrayInputStream(latin1));

        assertThat(batch.readingViolations()).containsExactly(new FieldViolation("fichier",
                "le fichier n'est pas encodé en UTF-8 (caractère illisible ligne 3) ; enregistrez-le au format « CSV UTF-8 »"));
    }

    @Test
    void refusesTheSameFranceTravailIdTwiceWhateverItsCase() throws IOException {
        CandidateBatch batch = read(HEADER + """
                1234567A;Durand;Alice;alice.durand@example.org;;1990;05/03/2023;non;non;non
                2345678B;Martin;Paul;paul.martin@example.org;;1985;01/06/2022;non;non;non
                1234567a;Durand;Alice;alice.durand@example.org;;1990;05/03/2023;non;non;non
                """);

        assertThat(batch.candidates()).extracting(CandidateRequest::franceTravailId).containsExactly("1234567A", "2345678B");
        assertThat(batch.readingViolations()).containsExactly(new FieldViolation("ligne 4", "identifiant 1234567A déjà présent ligne 2"));
    }

    @Test
    void countsPhysicalLinesThroughBlankLinesAndLineBreaksInQuotes() throws IOException {
        CandidateBatch batch = read("\n" + HEADER + """

                1234567A;"Durand
                Dupont";Alice;alice.durand@example.org;;1990;05/03/2023;non;non;non
                ;;;;;;;;;

                2345678B;Martin;Paul;paul.martin@example.org;;1985;31/06/2022;non;non;non
                3456789C;Petit;Jean;jean.petit@example.org;;2001;01/01/2024;non;non;non
                """);

        assertThat(batch.candidates()).extracting(CandidateRequest::lastName).containsExactly("Petit");
        assertThat(batch.field(0, null)).isEqualTo("ligne 9");
        assertThat(batch.readingViolations()).as("a name is one line: the quoted line break is refused on the line it starts")
                .containsExactly(new FieldViolation("ligne 4", "colonne nom : retour à la ligne ou tabulation interdit (position 7)"),
                        new FieldViolation("ligne 8", "colonne date_inscription : date invalide « 31/06/2022 » (attendu JJ/MM/AAAA)"));
    }

    @Test
    void ignoresEmptyTrailingCellsAsSpreadsheetsSometimesAddThem() throws IOException {
        CandidateBatch batch = read(HEADER.replace("\n", ";;\n") + """
                1234567A;Durand;Alice;alice.durand@example.org;;1990;05/03/2023;non;non;non;;
                2345678B;Martin;Paul;paul.martin@example.org;;1985;01/06/2022;non;non;non
                3456789C;Petit;Jean;jean.petit@example.org;;2001;01/01/2024;non;non;non;;en trop
                """);

        assertThat(batch.candidates()).extracting(CandidateRequest::franceTravailId).containsExactly("1234567A", "2345678B");
        assertThat(batch.readingViolations()).containsExactly(new FieldViolation("ligne 4", "la ligne compte 12 champs au lieu de 10"));
    }

    @Test
    void trimsValuesAndLeavesEmptyTextNull() throws IOException {
        CandidateBatch batch = read(HEADER + "  1234567b ; Durand ;  ;  alice.durand@example.org ;   ; 1990 ; 05/03/2023 ; ; ;\n");

        assertThat(batch.readingViolations()).isEmpty();
        assertThat(batch.candidates()).containsExactly(new CandidateRequest("1234567B", "Durand", null,
                "alice.durand@example.org", null, 1990, LocalDate.of(2023, 3, 5), false, false, false));
    }

    @ParameterizedTest(name = "« {0} » = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            oui  | true
            OUI  | true
            o    | true
            Vrai | true
            1    | true
            x    | true
            X    | true
            non  | false
            N    | false
            faux | false
            0    | false
            ''   | false
            """)
    void readsTheUsualWaysOfSayingYesOrNo(String answer, boolean expected) throws IOException {
        CandidateBatch batch = read(HEADER + "1234567A;Durand;Alice;alice.durand@example.org;;1990;05/03/2023;" + answer + ";;\n");

        assertThat(batch.readingViolations()).isEmpty();
        assertThat(batch.candidates().get(0).rsaBeneficiary()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", textBlock = """
            null,                 ligne 2
            franceTravailId,      ligne 2 (colonne identifiant_france_travail)
            lastName,             ligne 2 (colonne nom)
            firstName,            ligne 2 (colonne prenom)
            email,                ligne 2 (colonne email)
            phone,                ligne 2 (colonne telephone)
            birthYear,            ligne 2 (colonne annee_naissance)
            registeredSince,      ligne 2 (colonne date_inscription)
            rsaBeneficiary,       ligne 2 (colonne rsa)
            qpvResident,          ligne 2 (colonne qpv)
            recognisedDisability, ligne 2 (colonne rqth)
            """)
    void namesEachPropertyAfterItsLineAndColumn(String property, String field) throws IOException {
        CandidateBatch batch = read(HEADER + "1234567A;Durand;Alice;alice.durand@example.org;;1990;05/03/2023;non;non;non\n");

        assertThat(batch.field(0, property)).isEqualTo(field);
    }

    @Test
    void aFileOfMoreCandidatesThanAnyOperationMayHaveIsRefusedUnread() throws IOException {
        String lines = IntStream.rangeClosed(1, 61).mapToObj(n -> "12%05dA;Durand;Alice;alice%d@example.org;;1990;05/03/2023;non;non;non"
                .formatted(n, n)).collect(java.util.stream.Collectors.joining("\n"));

        CandidateBatch batch = read(HEADER + lines);

        assertThat(batch.candidates()).isEmpty();
        assertThat(batch.readingViolations()).containsExactly(new FieldViolation("fichier",
                "le fichier compte 61 lignes de candidats : 60 au plus (4 par place d'un groupe de 15 au plus)"));
        assertThat(read(HEADER + lines.substring(0, lines.lastIndexOf('\n'))).candidates()).hasSize(60);
    }

    private static CandidateBatch read(String csv) throws IOException {
        return CandidateCsvReader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private static CandidateBatch readResource(String name) throws IOException {
        try (InputStream csv = CandidateCsvReaderTest.class.getResourceAsStream("/csv/" + name)) {
            return CandidateCsvReader.read(csv);
        }
    }
}
