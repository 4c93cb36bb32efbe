package org.driftgraph.explorer;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Keeps Spring Boot from rewriting the pages' links. webjars-locator-lite switches the
 * resource chain on, and with it Boot registers a {@link ResourceUrlEncodingFilter} for
 * Thymeleaf, which passes every link a page renders through the static-resource
 * resolvers. A link that is no static file (every chip's {@code /entity/...}) is not
 * cached there and is looked up in every jar on the classpath, on every request: a
 * profile of the explain page found most of its time in those look-ups. No link needs
 * rewriting: no resource URL is versioned or content-hashed, and the versionless
 * {@code /webjars/...} paths are resolved when they are served, not when they are
 * written.
 */
@Configuration(proxyBeanMethods = false)
class ExplorerConfiguration {

	/** The filter registered, so that Boot registers none, and disabled. */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> unusedResourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

}
