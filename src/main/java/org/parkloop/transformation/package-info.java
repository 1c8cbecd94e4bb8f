/**
 * Transformation: each park's case through plan compilation, review, implementation and acceptance (R14-R17), as a
 * dated history so that its standing on any date is known. A park merged into another (R2) follows that park.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Transformation", allowedDependencies = { "shared", "platform", "registry", "indicators", "materialflow" })
package org.parkloop.transformation;
