/**
 * Reading: news reports in files and folders to {@link org.vigil.model.Article}s, bad input reported, never lost.
 * <p>
 * The contract, for the stages that come after:
 * <ul>
 * <li>{@link org.vigil.reading.ArticleInputs} is the only entry point. It yields, lazily and in a deterministic
 * order, one {@link org.vigil.reading.Outcome} per article or failure; {@code readAll} also tallies the run as a
 * {@link org.vigil.reading.ReadSummary} ({@code read N, failed M}).</li>
 * <li>Three layouts are read: wire text (headline, date line, body), HTML pages (main text by readability, dates
 * and names from meta tags, JSON-LD and {@code <time>}), and JSON Lines (one article per line). The reader is
 * chosen by extension, else by how the content opens.</li>
 * <li>{@code Article.text} is the body exactly as later offsets count it: decoded (BOM, UTF-16, strict UTF-8,
 * else Windows-1252), line ends {@code \n}, no surrounding white space, the dateline kept in place. HTML text is
 * plain: paragraphs separated by a blank line, no tags, entities decoded.</li>
 * <li>{@code datelinePlace} comes from the dateline that opens the body, in every layout.</li>
 * <li>A failure names its input ({@code file}, or {@code file:line} in JSON Lines) and the reason, on one line:
 * a missing path, an empty, binary or oversized file (over {@link org.vigil.reading.ArticleInputs#DEFAULT_MAX_BYTES}
 * unless configured), or one with no article in it. A failure never stops the run.</li>
 * </ul>
 * Library types (jsoup, readability4j, Jackson) stay inside this package.
 */
package org.vigil.reading;
