/** The crm use cases (one class per command), its event policies, queries and the {@link io.bizloop.crm.application.Crm} facade. */
package io.bizloop.crm.application;
