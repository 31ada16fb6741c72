package org.dischargehub.directory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.dischargehub.directory.DirectoryCommands.NewLocality;
import org.dischargehub.directory.DirectoryCommands.NewProvider;
import org.dischargehub.directory.DirectoryCommands.NewScheme;
import org.dischargehub.shared.Checks;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.shared.InvalidInputException;
import org.dischargehub.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Localities, providers and funding schemes: the county's reference data, kept by managers. */
@Service
@Transactional(readOnly = true)
public class DirectoryService {

    private final Localities localities;
    private final Providers providers;
    private final FundingSchemes schemes;
    private final Checks checks;
    private final CallersPriceSight callers;

    DirectoryService(Localities localities, Providers providers, FundingSchemes schemes, Checks checks,
            CallersPriceSight callers) {
        this.localities = localities;
        this.providers = providers;
        this.schemes = schemes;
        this.checks = checks;
        this.callers = callers;
    }

    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public Locality addLocality(NewLocality command) {
        checks.valid(command);
        String code = command.code().trim();
        if (localities.existsByCode(code)) {
            throw new ConflictException("A locality with code " + code + " already exists");
        }
        return localities.saveAndFlush(new Locality(code, command.name().trim()));
    }

    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public Provider addProvider(NewProvider command) {
        checks.valid(command);
        String code = command.code().trim();
        if (command.kind() == ProviderKind.HOME_CARE && command.hourlyRate() == null) {
            throw InvalidInputException.of("hourlyRate", "a home-care provider needs an hourly rate");
        }
        if (providers.existsByCode(code)) {
            throw new ConflictException("A provider with code " + code + " already exists");
        }
        return providers.saveAndFlush(new Provider(code, command.name().trim(), command.kind(), command.hourlyRate()));
    }

    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public FundingScheme addScheme(NewScheme command) {
        checks.valid(command);
        if (schemes.existsByValidFrom(command.validFrom())) {
            throw new ConflictException("A scheme already starts on " + HumanTime.date(command.validFrom()));
        }
        return schemes.saveAndFlush(new FundingScheme(command.name().trim(), command.fundedDays(), command.validFrom()));
    }

    public List<Locality> localities() {
        return localities.findAll().stream().sorted(Comparator.comparing(Locality::code)).toList();
    }

    public List<Provider> providers() {
        return providers.findAll().stream().sorted(Comparator.comparing(Provider::code)).toList();
    }

    /** The signed-in caller's sight of prices: a provider user its own provider's only, the hub's staff all. */
    public PriceSight priceSight() {
        return callers.priceSight();
    }

    public List<FundingScheme> schemes() {
        return schemes.findAll().stream().sorted(Comparator.comparing(FundingScheme::validFrom)).toList();
    }

    public Locality locality(String code) {
        return localities.findByCode(code).orElseThrow(() -> new NotFoundException("Locality", code));
    }

    /** The code of the locality with this id, or null when there is none. */
    public String localityCode(Long id) {
        return id == null ? null : localities.findById(id).map(Locality::code).orElse(null);
    }

    public Provider provider(String code) {
        return providers.findByCode(code).orElseThrow(() -> new NotFoundException("Provider", code));
    }

    public Provider provider(Long id) {
        return providers.findById(id).orElseThrow(() -> new NotFoundException("Provider", String.valueOf(id)));
    }

    /** A provider named in a request body: an unknown code is invalid input on that field, not a missing page. */
    public Provider providerNamedIn(String field, String code) {
        return providers.findByCode(code == null ? "" : code.trim())
                .orElseThrow(() -> InvalidInputException.of(field, "no provider has the code " + code));
    }

    /** A locality named in a request body: an unknown code is invalid input on that field. */
    public Locality localityNamedIn(String field, String code) {
        return localities.findByCode(code == null ? "" : code.trim())
                .orElseThrow(() -> InvalidInputException.of(field, "no locality has the code " + code));
    }

    /** The funded days of a placement discharged on the given day (one row read; {@link SchemeCalendar} for many). */
    public int fundedDaysFor(LocalDate dischargedOn) {
        return schemes.fundedDaysInForceOn(dischargedOn).orElse(FundingScheme.DEFAULT_FUNDED_DAYS);
    }

    /** Every scheme at once, for working out many placements' funded days without a query each. */
    public SchemeCalendar schemeCalendar() {
        return SchemeCalendar.of(schemes.findAll().stream()
                .collect(Collectors.toMap(FundingScheme::validFrom, FundingScheme::fundedDays)));
    }
}
