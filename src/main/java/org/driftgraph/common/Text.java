package org.driftgraph.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A text parameter of the HTTP API or the Explorer: when given, not blank and at most
 * {@value Parameters#MAX_LENGTH} characters (whether it must be given is its
 * {@code @RequestParam}'s business). Spring MVC validates it before the handler runs;
 * {@link Parameters#invalid} turns a violation into the same
 * {@link InvalidRequestException} that {@link Parameters#requireText} raises for callers
 * of the Java API.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ ElementType.PARAMETER, ElementType.FIELD })
@Retention(RetentionPolicy.RUNTIME)
@Pattern(regexp = "(?s).*\\S.*", message = Parameters.BLANK)
@Size(max = Parameters.MAX_LENGTH, message = Parameters.TOO_LONG)
public @interface Text {

	String message() default "";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
