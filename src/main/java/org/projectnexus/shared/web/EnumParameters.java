package org.projectnexus.shared.web;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Enum query parameters and path variables as people write them: in any case, with {@code -} or
 * {@code _} ({@code sort=recent}, {@code kind=Challenge}, {@code same-here}). An unknown value is
 * still refused, as a 400 listing the values (ProblemDetailsAdvice). JSON bodies are lenient the
 * same way through Jackson ({@code spring.jackson.mapper.accept-case-insensitive-enums}).
 */
@Configuration(proxyBeanMethods = false)
class EnumParameters implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new LenientEnums());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class LenientEnums implements ConverterFactory<String, Enum> {

        @Override
        public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
            return value -> {
                var wanted = canonical(value);
                if (wanted.isEmpty()) {
                    return null;
                }
                return (T) Arrays.stream(type.getEnumConstants())
                        .filter(c -> canonical(c.name()).equals(wanted)
                                || canonical(c.toString()).equals(wanted))
                        .findFirst()
                        .orElseThrow(
                                () -> new IllegalArgumentException("No " + type.getSimpleName() + " '" + value + "'"));
            };
        }

        private static String canonical(String value) {
            return value.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
        }
    }
}
