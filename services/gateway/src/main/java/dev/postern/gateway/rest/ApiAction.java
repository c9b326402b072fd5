package dev.postern.gateway.rest;

import dev.postern.events.Category;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares what an authenticated API operation is: the scope a key needs to call it and how the
 * call is recorded in the audit log. Every resource method under {@code /api/} carries one; a
 * method without it is refused (fail closed).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ApiAction {

    /** The scope a key needs, from {@link dev.postern.auth.Scopes}. */
    String scope();

    Category category();

    /** The audited action, {@code <resource>.<verb>}: {@code api_keys.create}. */
    String action();

    /** The type of what the call acts on; its id is the {@code {id}} path parameter or set by the resource. */
    String target();
}
