package org.dischargehub;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** Keeps the layout the conventions describe: package by feature, thin views, the engine behind one port. */
class ArchitectureTest {

    static final JavaClasses HUB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.dischargehub");

    @Test
    void views_never_touch_repositories() {
        noClasses().that().resideInAnyPackage("..ui..", "org.dischargehub.shell..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(HUB);
    }

    @Test
    void api_controllers_never_touch_repositories() {
        noClasses().that().resideInAPackage("..api..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(HUB);
    }

    @Test
    void repositories_are_used_only_inside_their_own_module() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(HUB);
    }

    @Test
    void a_modules_api_does_not_depend_on_its_views_or_the_reverse() {
        noClasses().that().resideInAPackage("..api..")
                .should().dependOnClassesThat().resideInAnyPackage("..ui..", "org.dischargehub.shell..")
                .check(HUB);
        noClasses().that().resideInAnyPackage("..ui..", "org.dischargehub.shell..")
                .should().dependOnClassesThat().resideInAPackage("..api..")
                .check(HUB);
    }

    @Test
    void the_engine_is_used_only_behind_the_process_port() {
        noClasses().that().resideOutsideOfPackages("..process..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.RuntimeService")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.TaskService")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.ManagementService")
                .check(HUB);
    }

    @Test
    void module_roots_do_not_depend_on_their_adapters() {
        for (String module : new String[] {"directory", "beds", "security", "referral", "escalation", "funding",
                "providerstatus", "homecare", "incident", "audit"}) {
            noClasses().that().resideInAPackage("org.dischargehub." + module)
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "org.dischargehub." + module + ".ui..", "org.dischargehub." + module + ".api..")
                    .allowEmptyShould(true)
                    .check(HUB);
        }
    }

    @Test
    void the_bed_base_and_the_directory_know_nothing_of_referrals() {
        noClasses().that().resideInAnyPackage("org.dischargehub.beds..", "org.dischargehub.directory..",
                        "org.dischargehub.escalation..")
                .should().dependOnClassesThat().resideInAPackage("org.dischargehub.referral..")
                .check(HUB);
    }

    @Test
    void shared_holds_no_dependency_on_any_feature() {
        noClasses().that().resideInAPackage("org.dischargehub.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dischargehub.directory..",
                        "org.dischargehub.beds..", "org.dischargehub.security..", "org.dischargehub.referral..",
                        "org.dischargehub.escalation..", "org.dischargehub.ui..", "org.dischargehub.funding..",
                        "org.dischargehub.providerstatus..", "org.dischargehub.homecare..", "org.dischargehub.audit..")
                .check(HUB);
    }

    @Test
    void home_care_knows_nothing_of_referrals_and_tells_them_by_events() {
        noClasses().that().resideInAPackage("org.dischargehub.homecare..")
                .should().dependOnClassesThat().resideInAPackage("org.dischargehub.referral..")
                .check(HUB);
    }

    @Test
    void top_level_packages_depend_on_each_other_without_a_cycle() {
        slices().matching("org.dischargehub.(*)..").should().beFreeOfCycles().check(HUB);
    }
}
