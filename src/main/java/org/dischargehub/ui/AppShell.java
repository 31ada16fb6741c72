package org.dischargehub.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;

@Theme("hub")
@Push
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@PWA(name = "Discharge Hub", shortName = "Hub", offlineResources = {})
public class AppShell implements AppShellConfigurator {
}
