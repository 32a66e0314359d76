package fr.francetravail.aae.common;

/** French administrative regions; the code appears in operation references ({@code AAE-2026-HDF-0001}). */
public enum Region {
    /** Auvergne-Rhône-Alpes */
    ARA,
    /** Bourgogne-Franche-Comté */
    BFC,
    /** Bretagne */
    BRE,
    /** Centre-Val de Loire */
    CVL,
    /** Corse */
    COR,
    /** Grand Est */
    GES,
    /** Hauts-de-France */
    HDF,
    /** Île-de-France */
    IDF,
    /** Normandie */
    NOR,
    /** Nouvelle-Aquitaine */
    NAQ,
    /** Occitanie */
    OCC,
    /** Pays de la Loire */
    PDL,
    /** Provence-Alpes-Côte d'Azur */
    PAC,
    /** Guadeloupe */
    GUA,
    /** Martinique */
    MTQ,
    /** Guyane */
    GUY,
    /** La Réunion */
    REU,
    /** Mayotte */
    MAY
}
