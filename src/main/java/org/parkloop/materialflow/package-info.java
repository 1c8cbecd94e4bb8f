/**
 * Material flow analysis (物质流分析, R13, R14): park models of processes and flows, balance checks, and data
 * reconciliation with uncertainty as STAN does it. The engine ({@code engine}) is plain Java.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Material flows", allowedDependencies = { "shared", "platform", "registry", "exchange" })
package org.parkloop.materialflow;
