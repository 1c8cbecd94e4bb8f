/** Value types every module speaks: codes, statuses, rejections. No behaviour beyond validating themselves. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {}, type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.parkloop.shared;
