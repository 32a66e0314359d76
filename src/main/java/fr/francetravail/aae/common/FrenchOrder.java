package fr.francetravail.aae.common;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** The order in which a French reader expects names in a list: « Écomusée » among the E, « beaux-arts » as « Beaux-Arts ». */
public final class FrenchOrder {

    /** Ignores case; accents only break ties (the collator's secondary strength). */
    public static final Comparator<String> NAMES = namesOrder();

    private FrenchOrder() {
    }

    private static Comparator<String> namesOrder() {
        Collator collator = Collator.getInstance(Locale.FRENCH);
        collator.setStrength(Collator.SECONDARY);
        return collator::compare;
    }
}
