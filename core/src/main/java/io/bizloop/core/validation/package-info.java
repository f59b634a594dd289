/** The bridge from a host-supplied Jakarta Validator to the command-validation port. */
package io.bizloop.core.validation;
