package org.replenish.config;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.inject.Singleton;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;

/**
 * Validation without the per-request cache of traversable-resolver answers. Every property of our request records is
 * reachable (there is no JPA to ask about lazy loading), so the cache only adds a map lookup per constraint and per
 * cascade, which bench/profile.sh showed as a hot spot in nested request validation.
 */
@Singleton
public class ValidationTuning implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        configuration.enableTraversableResolverResultCache(false);
    }
}
