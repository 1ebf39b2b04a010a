package org.projectnexus.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.projectnexus.accounts.Accounts;
import org.projectnexus.accounts.NewMember;
import org.projectnexus.accounts.Track;
import org.projectnexus.shared.ProblemException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Sign-in and sign-up pages; the sign-in form posts to Spring Security ({@link WebSecurityConfiguration}). */
@Controller
class AccountPagesController {

    private final Layouts layouts;
    private final Accounts accounts;

    AccountPagesController(Layouts layouts, Accounts accounts) {
        this.layouts = layouts;
        this.accounts = accounts;
    }

    @GetMapping("/login")
    ModelAndView signIn(HttpServletRequest request, @RequestParam(required = false) String login) {
        if (Layouts.member() != null) {
            return new ModelAndView("redirect:/");
        }
        var page = new SignInPage(
                layouts.withForm(request, "Sign in", "signin"), Params.orEmpty(Params.text(login)), null);
        return PageRenderer.view("signin", page);
    }

    @GetMapping("/register")
    ModelAndView signUp(HttpServletRequest request) {
        if (Layouts.member() != null) {
            return new ModelAndView("redirect:/");
        }
        return signUpPage(request, SignUpPage.Form.EMPTY, Map.of());
    }

    @PostMapping("/register")
    ModelAndView register(
            HttpServletRequest request,
            HttpServletResponse response,
            @RequestParam(defaultValue = "") String handle,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String track,
            @RequestParam(defaultValue = "") String cohort) {
        var form = new SignUpPage.Form(handle.strip(), email.strip(), displayName.strip(), track, cohort.strip());
        try {
            var member = accounts.register(
                    new NewMember(
                            form.handle(),
                            form.email(),
                            password,
                            form.displayName(),
                            Params.choice(Track.class, track),
                            form.cohort()),
                    request.getRemoteAddr());
            return new ModelAndView(
                    "redirect:" + Links.to("/login", Map.of("notice", "registered", "login", member.handle())));
        } catch (ProblemException refused) {
            response.setStatus(refused.getStatusCode().value());
            refused.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
            return signUpPage(request, form, FieldErrors.of(refused));
        }
    }

    private ModelAndView signUpPage(HttpServletRequest request, SignUpPage.Form form, Map<String, String> errors) {
        var page = new SignUpPage(
                layouts.withForm(request, "Sign up", "signup"),
                form,
                accounts.passwordRules(),
                accounts.passwordMinLength(),
                errors);
        return PageRenderer.view("signup", page);
    }
}
