/** The crm domain: customers, leads, opportunities and the pipeline, sales orders, service tickets and agents, pure rules over core. */
package io.bizloop.crm.domain;
