/**
 * Infrastructure every module uses: the embedded database, security, languages, error responses, and reading and
 * writing tables (CSV, Excel). Its root package holds the small API the modules call.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"}, type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.parkloop.platform;
