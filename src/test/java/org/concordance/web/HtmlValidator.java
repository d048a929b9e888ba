package org.concordance.web;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The W3C Nu HTML checker, in process: the errors it finds in a page (warnings are not errors). */
public final class HtmlValidator {
    private HtmlValidator() {
    }

    public static List<String> errors(String html) {
        List<String> errors = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        // The checker's schema needs a deep stack, as its own command line says.
        Thread thread = new Thread(null, () -> {
            try {
                ErrorHandler handler = new ErrorHandler() {
                    @Override
                    public void warning(SAXParseException e) {
                    }

                    @Override
                    public void error(SAXParseException e) {
                        errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
                    }

                    @Override
                    public void fatalError(SAXParseException e) {
                        error(e);
                    }
                };
                SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
                validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
                validator.setUpValidatorAndParsers(handler, true, false);
                validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "nu-validator", 64L * 1024 * 1024);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (failure.get() != null) {
            throw new IllegalStateException("the Nu checker failed to run", failure.get());
        }
        return errors;
    }
}
