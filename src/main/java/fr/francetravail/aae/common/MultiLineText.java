package fr.francetravail.aae.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A free text typed in a text area (a comment, a reason, a plan): it may hold tabs and line breaks. Any other text sent
 * by a client is one line (see {@link PlausibleInput}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface MultiLineText {
}
