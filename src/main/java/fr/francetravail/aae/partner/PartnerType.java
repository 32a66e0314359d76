package fr.francetravail.aae.partner;

/** Kind of cultural structure. */
public enum PartnerType {
    MUSEE, THEATRE, SCENE_NATIONALE, OPERA, SALLE_DE_CONCERTS, CENTRE_ART, BIBLIOTHEQUE, CINEMA, COMPAGNIE, AUTRE
}
