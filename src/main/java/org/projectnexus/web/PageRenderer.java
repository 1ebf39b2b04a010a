package org.projectnexus.web;

import gg.jte.TemplateEngine;
import gg.jte.output.PrintWriterOutput;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** Pages as views for controllers, and written directly where no controller runs (security handlers). */
@Component
class PageRenderer {

    private final TemplateEngine templates;

    PageRenderer(TemplateEngine templates) {
        this.templates = templates;
    }

    /** The view of a page template ({@code src/main/jte/pages/NAME.jte}) with its one parameter. */
    static ModelAndView view(String name, Object page) {
        return new ModelAndView("pages/" + name, Map.of("page", page));
    }

    void write(HttpServletResponse response, int status, String name, Object page) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        templates.render("pages/" + name + ".jte", Map.of("page", page), new PrintWriterOutput(response.getWriter()));
    }
}
