/**
 * Immutable report models and their renderers (text tables, JSON, CSV). Renderers only format:
 * every number they print was computed before, exactly, in the report model.
 */
package org.leverage.report;
