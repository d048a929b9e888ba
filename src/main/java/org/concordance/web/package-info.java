/**
 * The HTTP face of Concordance: one handler class per page family, the Thymeleaf renderer, the
 * fingerprinted static files, the security headers and the error pages. Handlers read immutable
 * values (the {@link org.concordance.content.Library} read from the catalog) and never write.
 */
package org.concordance.web;
