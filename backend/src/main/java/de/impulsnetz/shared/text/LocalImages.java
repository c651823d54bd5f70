package de.impulsnetz.shared.text;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Markdown whose images are all on this site: the sanitiser drops others, since loading
 * them would tell another site who reads the page. The message is the bundle's
 * {@code LocalImages}.
 */
@Documented
@Constraint(validatedBy = LocalImages.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface LocalImages {

	String message() default "Image from another site";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<LocalImages, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return !Markdown.imageProblems(value).foreign();
		}

	}

}
