package fr.francetravail.aae.operation;

/** Art discipline of the workshop series (codes of the start form). */
public enum ArtDiscipline {
    ARTS_PLASTIQUES, THEATRE, DANSE, MUSIQUE, PHOTOGRAPHIE, CINEMA, PATRIMOINE, ECRITURE, CIRQUE, AUTRE
}
