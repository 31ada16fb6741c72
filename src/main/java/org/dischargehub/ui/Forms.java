package org.dischargehub.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.shared.InvalidInputException;
import org.dischargehub.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Runs a form's action and puts each refusal where the user looks: at the field, or in a notification. */
public final class Forms {

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
            return true;
        } catch (InvalidInputException e) {
            StringBuilder unplaced = new StringBuilder();
            for (InvalidInputException.FieldError error : e.errors()) {
                HasValidation field = fields.get(error.field());
                if (field != null) {
                    field.setErrorMessage(error.message());
                    field.setInvalid(true);
                } else {
                    unplaced.append(error.field()).append(": ").append(error.message()).append(". ");
                }
            }
            if (!unplaced.isEmpty()) {
                error(unplaced.toString().trim());
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

    public static void error(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void success(String message) {
        Notification notification = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
