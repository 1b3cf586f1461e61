package io.implementa.project.exchange;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of plan and CSV exchange. */
@ConfigMapping(prefix = "implementa.exchange")
public interface ExchangeConfig {

    /** The largest plan or CSV file an import accepts, in bytes; the HTTP body limit (1M) must allow it too. */
    @WithDefault("1048576")
    long maxImportBytes();
}
