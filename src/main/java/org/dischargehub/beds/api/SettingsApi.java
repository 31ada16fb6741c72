package org.dischargehub.beds.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.dischargehub.beds.Bed;
import org.dischargehub.beds.BedBaseCommands.AdmissionsChange;
import org.dischargehub.beds.BedBaseCommands.NewBed;
import org.dischargehub.beds.BedBaseCommands.NewSetting;
import org.dischargehub.beds.BedBaseService;
import org.dischargehub.beds.BedStatus;
import org.dischargehub.beds.BedType;
import org.dischargehub.beds.CareSetting;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.PriceSight;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/settings")
class SettingsApi {

    private final BedBaseService bedBase;
    private final DirectoryService directory;

    SettingsApi(BedBaseService bedBase, DirectoryService directory) {
        this.bedBase = bedBase;
        this.directory = directory;
    }

    record SettingJson(String code, String name, int tier,
            @Schema(nullable = true, description = "Pounds per day; null for a PROVIDER user reading "
                    + "another provider's setting (prices are not shared between providers).") BigDecimal dailyRate,
            boolean designatedForInfection, boolean acceptingAdmissions,
            @Schema(nullable = true) String admissionsReason) {
        static SettingJson of(CareSetting s, PriceSight sight) {
            return new SettingJson(s.code(), s.name(), s.tier(), sight.shown(s.providerId(), s.dailyRate()),
                    s.designatedForInfection(), s.acceptingAdmissions(), s.admissionsReason());
        }
    }

    /** Named apart from the bed list's BedJson, which has other fields: one schema name, one shape. */
    @Schema(name = "SettingBedJson")
    record BedJson(String code, BedType type, BedStatus status) {
        static BedJson of(Bed b) {
            return new BedJson(b.code(), b.type(), b.status());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SettingJson add(@RequestBody NewSetting body) {
        return SettingJson.of(bedBase.addSetting(body), directory.priceSight());
    }

    @GetMapping
    List<SettingJson> list() {
        PriceSight sight = directory.priceSight();
        return bedBase.settings().stream().map(s -> SettingJson.of(s, sight)).toList();
    }

    @PostMapping("/{code}/beds")
    @ResponseStatus(HttpStatus.CREATED)
    BedJson addBed(@PathVariable String code, @RequestBody NewBed body) {
        return BedJson.of(bedBase.addBed(code, body));
    }

    @PutMapping("/{code}/admissions")
    SettingJson admissions(@PathVariable String code, @RequestBody AdmissionsChange body) {
        return SettingJson.of(bedBase.changeAdmissions(code, body), directory.priceSight());
    }
}
