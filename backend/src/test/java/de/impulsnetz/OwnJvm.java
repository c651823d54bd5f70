package de.impulsnetz;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test class that starts and stops whole applications of its own. The build runs such
 * classes after the others, each in a JVM of its own, so that they cannot disturb the
 * application context the other test classes share.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("own-jvm")
public @interface OwnJvm {

}
