package org.dischargehub.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Discharge Hub")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    final LoginForm login = new LoginForm();
    /** Read out by screen readers: the login form's own error box is neither an alert nor a live region. */
    final Div alert = new Div();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        alert.setId("login-alert");
        alert.addClassName("visually-hidden");
        alert.getElement().setAttribute("role", "alert");
        add(new H1("Discharge Hub"),
                new Paragraph("Intermediate care and discharge-to-assess coordination"),
                alert, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            login.setError(true);
            // filled once the page is up, so that the change is announced; the fields are marked invalid
            alert.getElement().executeJs("setTimeout(() => { this.textContent = $0;"
                    + " document.querySelectorAll('vaadin-login-form vaadin-text-field,"
                    + " vaadin-login-form vaadin-password-field').forEach(field => field.invalid = true); }, 500)",
                    "Incorrect username or password. Check them and try again.");
        }
    }
}
