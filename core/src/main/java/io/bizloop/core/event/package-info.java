/** The business events: the published language between the contexts. */
package io.bizloop.core.event;
