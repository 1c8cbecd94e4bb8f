package org.parkloop.platform.web;

import java.math.BigInteger;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The interface's messages ({@code messages.properties}, {@code messages_en.properties}). Whole numbers are shown as
 * they are: MessageFormat would group them ("2,026 年", "批次年份1,800"), and the whole numbers in messages are years,
 * ids and counts. A missing value reads as "（空）", never "null".
 */
@Configuration(proxyBeanMethods = false)
class MessageConfiguration {

	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource() {
			@Override
			protected Object[] resolveArguments(Object[] args, Locale locale) {
				Object[] resolved = super.resolveArguments(args, locale);
				for (int i = 0; i < resolved.length; i++) {
					if (resolved[i] == null) {
						resolved[i] = getMessage("common.empty", null, "", locale);
					}
					if (resolved[i] instanceof Integer || resolved[i] instanceof Long || resolved[i] instanceof Short
							|| resolved[i] instanceof BigInteger) {
						resolved[i] = resolved[i].toString();
					}
				}
				return resolved;
			}
		};
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}
}
