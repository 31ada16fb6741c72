package org.dischargehub.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.Provider;
import org.dischargehub.security.NewUser;
import org.dischargehub.security.Role;
import org.dischargehub.security.UserAccount;
import org.dischargehub.security.UserAccountService;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.ui.Forms;
import org.dischargehub.ui.SearchableGrid;

@Route("directory/users")
@Menu(title = "Users", order = 220, icon = "vaadin:users")
@PageTitle("Users | Discharge Hub")
@RolesAllowed("MANAGER")
public class UsersView extends VerticalLayout {

    final SearchableGrid<UserAccount> list = new SearchableGrid<>(UserAccount.class,
            u -> u.username() + " " + u.role());
    final TextField username = new TextField("Username");
    final PasswordField password = new PasswordField("Password");
    final Select<Role> role = new Select<>();
    final ComboBox<Provider> provider = new ComboBox<>("Provider (provider users only)");
    final Button add = new Button("Add user");
    private final UserAccountService users;

    public UsersView(UserAccountService users, DirectoryService directory) {
        this.users = users;
        list.grid.addColumn(UserAccount::username).setHeader("Username").setSortable(true);
        list.grid.addColumn(UserAccount::role).setHeader("Role").setSortable(true);
        list.grid.addColumn(users::providerCode).setHeader("Provider").setSortable(true);
        list.grid.addColumn(u -> HumanTime.date(u.createdAt())).setHeader("Created").setSortable(true)
                .setComparator(UserAccount::createdAt);
        username.setMaxLength(40);
        password.setHelperText("At least " + UserAccountService.MIN_PASSWORD_LENGTH + " characters");
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setValue(Role.COORDINATOR);
        role.addValueChangeListener(e -> provider.setEnabled(e.getValue() == Role.PROVIDER));
        provider.setEnabled(false);
        provider.setItems(directory.providers());
        provider.setItemLabelGenerator(p -> p.code() + " · " + p.name());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> addUser());
        add(new H2("Users"), new FormLayout(username, password, role, provider, add), list.search, list.grid);
        refresh();
    }

    private void addUser() {
        if (Forms.submit(Map.of("username", username, "password", password, "role", role, "providerCode", provider),
                () -> users.create(new NewUser(username.getValue(), password.getValue(), role.getValue(),
                        role.getValue() == Role.PROVIDER && provider.getValue() != null
                                ? provider.getValue().code() : null)))) {
            Forms.success("User " + username.getValue() + " added");
            username.clear();
            password.clear();
            refresh();
        }
    }

    private void refresh() {
        list.setItems(users.accounts());
    }
}
