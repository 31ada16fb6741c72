package org.dischargehub.directory.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dischargehub.directory.DirectoryCommands.NewLocality;
import org.dischargehub.directory.DirectoryCommands.NewProvider;
import org.dischargehub.directory.DirectoryCommands.NewScheme;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.FundingScheme;
import org.dischargehub.directory.Locality;
import org.dischargehub.directory.PriceSight;
import org.dischargehub.directory.Provider;
import org.dischargehub.directory.ProviderKind;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
class DirectoryApi {

    private final DirectoryService directory;

    DirectoryApi(DirectoryService directory) {
        this.directory = directory;
    }

    record LocalityJson(String code, String name) {
        static LocalityJson of(Locality l) {
            return new LocalityJson(l.code(), l.name());
        }
    }

    record ProviderJson(String code, String name, ProviderKind kind,
            @Schema(nullable = true, description = "Pounds per hour; null for a provider without one, and "
                    + "for a PROVIDER user reading another provider's (prices are not shared between providers).")
            BigDecimal hourlyRate) {
        static ProviderJson of(Provider p, PriceSight sight) {
            return new ProviderJson(p.code(), p.name(), p.kind(), sight.shown(p.id(), p.hourlyRate()));
        }
    }

    record SchemeJson(String name, int fundedDays, LocalDate validFrom) {
        static SchemeJson of(FundingScheme s) {
            return new SchemeJson(s.name(), s.fundedDays(), s.validFrom());
        }
    }

    @PostMapping("/localities")
    @ResponseStatus(HttpStatus.CREATED)
    LocalityJson addLocality(@RequestBody NewLocality body) {
        return LocalityJson.of(directory.addLocality(body));
    }

    @GetMapping("/localities")
    List<LocalityJson> localities() {
        return directory.localities().stream().map(LocalityJson::of).toList();
    }

    @PostMapping("/providers")
    @ResponseStatus(HttpStatus.CREATED)
    ProviderJson addProvider(@RequestBody NewProvider body) {
        return ProviderJson.of(directory.addProvider(body), directory.priceSight());
    }

    @GetMapping("/providers")
    List<ProviderJson> providers() {
        PriceSight sight = directory.priceSight();
        return directory.providers().stream().map(p -> ProviderJson.of(p, sight)).toList();
    }

    @PostMapping("/schemes")
    @ResponseStatus(HttpStatus.CREATED)
    SchemeJson addScheme(@RequestBody NewScheme body) {
        return SchemeJson.of(directory.addScheme(body));
    }

    @GetMapping("/schemes")
    List<SchemeJson> schemes() {
        return directory.schemes().stream().map(SchemeJson::of).toList();
    }
}
