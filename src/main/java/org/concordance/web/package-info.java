/**
 * The HTTP face of Concordance: one handler class per page family, the Thymeleaf renderer, the
 * fingerprinted static files, the security headers and the error pages. Handlers read immutable
 * values (the {@link org.concordance.content.Library} read from the catalog) and write nothing but
 * the pages they render, which are kept in memory ({@link org.concordance.web.PageCache}), on disk
 * per edition ({@link org.concordance.web.PageStore}) and sent from there before the router
 * ({@link org.concordance.web.CachedPages}); a search many readers ask at once runs once
 * ({@link org.concordance.web.InFlight}), and the results page's code is warmed once the app is
 * idle after its start ({@link org.concordance.web.SearchWarming}).
 */
package org.concordance.web;
