package org.dischargehub.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.shared.InvalidInputException;
import org.dischargehub.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Runs a form's action and puts each refusal where the user looks: at the field, or in a notification. Focus follows
 * (WCAG 2.4.3): after a refusal it goes to the first invalid field on the screen, whose error is then read out once
 * (not every field's in turn); after a save, if the redrawn screen dropped it to the page, back to where the person
 * was (see {@link #TRACK_FOCUS}).
 */
public final class Forms {

    /**
     * Installed once per page by the layout: remembers the last focused element outside a dialog, and its id, so that
     * focus can go back there (or to its redrawn twin) once a dialog closes or a view redraws.
     */
    public static final String TRACK_FOCUS = "document.addEventListener('focusin', e => {"
            + " const target = e.composedPath()[0];"
            + " if (!(target instanceof Element) || target.closest('vaadin-dialog-overlay, vaadin-notification-card')) return;"
            + " window.hubLastFocus = target;"
            + " const host = target.closest('[id]') || (target.getRootNode().host || {}).closest?.('[id]');"
            + " window.hubLastFocusId = host ? host.id : null; });";

    private static final String RESTORE_FOCUS = "const restore = () => {"
            + " const active = document.activeElement;"
            + " if (active && active !== document.body) return;"
            + " const last = window.hubLastFocus;"
            + " const holder = window.hubLastFocusId && document.getElementById(window.hubLastFocusId);"
            + " const focusable = 'vaadin-button, button, a[href], input, textarea, [tabindex]';"
            + " const twin = holder && (holder.matches(focusable) ? holder : holder.querySelector(focusable));"
            + " const heading = document.querySelector('#main-content h1, #main-content h2');"
            + " const target = (last && last.isConnected) ? last : (twin || heading);"
            + " if (target === heading && heading && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;"
            + " if (target) target.focus(); };"
            + "setTimeout(restore, 150); setTimeout(restore, 600);";

    /** Vaadin reads each field's error out as it is set; hush that, and let focus on the first field say it. */
    private static final String FOCUS_FIRST_INVALID = "const fields = Array.from(arguments)"
            + " .sort((a, b) => a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);"
            + "setTimeout(() => {"
            + " const region = Array.from(document.body.children).find(e => e.tagName === 'DIV'"
            + "  && e.hasAttribute('aria-live') && e.style.clip);"
            + " if (region) { region.removeAttribute('aria-live'); region.removeAttribute('role');"
            + "  setTimeout(() => { region.textContent = ''; region.setAttribute('aria-live', 'polite'); }, 400); }"
            + " if (fields.length) fields[0].focus(); }, 0)";

    private Forms() {
    }

    /** Returns true when the action went through. */
    public static boolean submit(Map<String, ? extends HasValidation> fields, Runnable action) {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        try {
            action.run();
            inBrowser(RESTORE_FOCUS);
            return true;
        } catch (InvalidInputException e) {
            StringBuilder unplaced = new StringBuilder();
            List<Serializable> invalid = new ArrayList<>();
            for (InvalidInputException.FieldError error : e.errors()) {
                HasValidation field = fields.get(error.field());
                if (field != null) {
                    field.setErrorMessage(error.message());
                    field.setInvalid(true);
                    if (field instanceof Component component) {
                        invalid.add(component.getElement());
                    }
                } else {
                    unplaced.append(error.field()).append(": ").append(error.message()).append(". ");
                }
            }
            if (!unplaced.isEmpty()) {
                error(unplaced.toString().trim());
            }
            if (!invalid.isEmpty()) {
                inBrowser(FOCUS_FIRST_INVALID, invalid.toArray(Serializable[]::new));
            }
        } catch (ConflictException | NotFoundException e) {
            error(e.getMessage());
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException e) {
            error("Someone else changed this at the same moment; nothing was saved. Please try again.");
        } catch (AccessDeniedException e) {
            error("You are not allowed to do this.");
        }
        return false;
    }

    private static void inBrowser(String script, Serializable... arguments) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().executeJs(script, arguments);
        }
    }

    public static void error(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void success(String message) {
        Notification notification = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
