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
 * Markdown whose images all have an alternative text (WCAG 1.1.1). The message is the
 * bundle's {@code DescribedImages}.
 */
@Documented
@Constraint(validatedBy = DescribedImages.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface DescribedImages {

	String message() default "Image without alternative text";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<DescribedImages, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return !Markdown.imageProblems(value).withoutAlt();
		}

	}

}
