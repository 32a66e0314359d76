package fr.francetravail.aae.common;

/** French administrative regions; the code appears in operation references ({@code AAE-2026-HDF-0001}). */
public enum Region {
    ARA("Auvergne-Rhône-Alpes"),
    BFC("Bourgogne-Franche-Comté"),
    BRE("Bretagne"),
    CVL("Centre-Val de Loire"),
    COR("Corse"),
    GES("Grand Est"),
    HDF("Hauts-de-France"),
    IDF("Île-de-France"),
    NOR("Normandie"),
    NAQ("Nouvelle-Aquitaine"),
    OCC("Occitanie"),
    PDL("Pays de la Loire"),
    PAC("Provence-Alpes-Côte d'Azur"),
    GUA("Guadeloupe"),
    MTQ("Martinique"),
    GUY("Guyane"),
    REU("La Réunion"),
    MAY("Mayotte");

    private final String label;

    Region(String label) {
        this.label = label;
    }

    /** The region's name, as people read it: « Hauts-de-France ». */
    public String label() {
        return label;
    }
}
