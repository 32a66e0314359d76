package fr.francetravail.aae.common;

/** The request contradicts the current state of a resource (duplicate, resource in use, wrong step). */
public class StateConflictException extends RuntimeException {

    public StateConflictException(String message) {
        super(message);
    }
}
