package fr.francetravail.aae.operation;

/** Published in the cancelling transaction: whoever holds part of the operation closes it. */
public record OperationCancelled(Operation operation, String actor) {
}
