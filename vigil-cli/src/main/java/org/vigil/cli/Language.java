package org.vigil.cli;

import org.vigil.language.CoreNlpAnalyzer;

/** The process's one language pipeline, loaded on first use: loading costs seconds and gigabytes, so never twice. */
final class Language {
    private static volatile CoreNlpAnalyzer analyzer;

    private Language() {
    }

    static CoreNlpAnalyzer analyzer() {
        if (analyzer == null) {
            synchronized (Language.class) {
                if (analyzer == null) {
                    analyzer = new CoreNlpAnalyzer();
                }
            }
        }
        return analyzer;
    }
}
