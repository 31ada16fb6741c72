package org.dischargehub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The processes are modelled by hand in the Camunda Modeler. A new element drawn there gets an id such as
 * {@code Activity_0x5k3ld}; these checks ask for one that reads, and for its place in the diagram.
 */
class BpmnFilesTest {

    static Stream<Path> bpmnFiles() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of("bpmn"))) {
            files = listing.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void a_process_file_is_named_after_its_process_which_keeps_its_history_for_a_while(Path file) {
        Process process = onlyProcess(Bpmn.readModelFromFile(file.toFile()));
        assertThat(file.getFileName().toString()).isEqualTo(process.getId() + ".bpmn");
        assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
        assertThat(process.isExecutable()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void every_element_has_an_id_that_reads(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        String processId = onlyProcess(model).getId();
        List<String> ids = model.getModelElementsByType(BaseElement.class).stream().map(BaseElement::getId)
                .filter(id -> id != null && !id.equals(processId)).toList();
        assertThat(ids).isNotEmpty().allMatch(id -> id.matches("[A-Z][A-Za-z]*_[A-Z][A-Za-z]*"),
                "Kind_WhatItIs, as Flow_PathwayZero");
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void every_step_and_flow_has_its_place_in_the_diagram(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        assertThat(model.getModelElementsByType(FlowElement.class))
                .allSatisfy(element -> assertThat(element.getDiagramElement()).as(element.getId()).isNotNull());
    }

    private static Process onlyProcess(BpmnModelInstance model) {
        assertThat(model.getModelElementsByType(Process.class)).hasSize(1);
        return model.getModelElementsByType(Process.class).iterator().next();
    }
}
