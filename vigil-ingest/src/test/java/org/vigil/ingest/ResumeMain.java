package org.vigil.ingest;

import java.util.List;
import java.util.function.Function;
import org.vigil.model.Article;
import org.vigil.model.CodedArticle;
import org.vigil.store.EventStore;

/** Child JVM of {@link ResumeTest}: ingests a folder into a DuckDB file with a slow coder, saying what it does. */
public final class ResumeMain {
    public static void main(String[] args) {
        FakeCoder slow = new FakeCoder(Long.parseLong(args[2]));
        Function<Article, CodedArticle> coder = article -> {
            CodedArticle coded = slow.apply(article);
            System.out.println("coded " + slow.calls.get());
            System.out.flush();
            return coded;
        };
        try (EventStore store = EventStore.open(args[0])) {
            store.migrate();
            IngestReport report = new Ingester(store, coder, 2, IngestOptions.defaults().withProgress(false))
                    .ingest(List.of(args[1]));
            System.out.println("done " + report.coded() + " " + report.duplicates() + " " + report.skipped());
        }
    }
}
