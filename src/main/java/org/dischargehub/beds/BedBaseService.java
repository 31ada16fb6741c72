package org.dischargehub.beds;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.dischargehub.beds.BedBaseCommands.AdmissionsChange;
import org.dischargehub.beds.BedBaseCommands.AvailabilityChange;
import org.dischargehub.beds.BedBaseCommands.NewBed;
import org.dischargehub.beds.BedBaseCommands.NewSetting;
import org.dischargehub.audit.AuditService;
import org.dischargehub.audit.AuditSubject;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.Locality;
import org.dischargehub.directory.Provider;
import org.dischargehub.directory.ProviderKind;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.security.HubUser;
import org.dischargehub.security.Role;
import org.dischargehub.shared.Checks;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.shared.HubChange.BedsChanged;
import org.dischargehub.shared.HubChange.ReservationDeclined;
import org.dischargehub.shared.InvalidInputException;
import org.dischargehub.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The shared community bed base: settings, their beds, and who may be admitted where. */
@Service
@Transactional(readOnly = true)
public class BedBaseService {

    private final CareSettings settings;
    private final Beds beds;
    private final BedMoves moves;
    private final ReservationDeclines declines;
    private final DirectoryService directory;
    private final BedQueries queries;
    private final Checks checks;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditService audit;

    BedBaseService(CareSettings settings, Beds beds, BedMoves moves, ReservationDeclines declines, BedQueries queries,
            DirectoryService directory, Checks checks, Clock clock, ApplicationEventPublisher events,
            AuditService audit) {
        this.declines = declines;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
        this.queries = queries;
        this.beds = beds;
        this.moves = moves;
        this.directory = directory;
        this.checks = checks;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public CareSetting addSetting(NewSetting command) {
        checks.valid(command);
        Provider provider = directory.providerNamedIn("providerCode", command.providerCode());
        if (provider.kind() != ProviderKind.BED_BASED) {
            throw InvalidInputException.of("providerCode", "a setting belongs to a bed-based provider");
        }
        Locality locality = directory.localityNamedIn("locality", command.locality());
        String code = command.code().trim();
        if (settings.existsByCode(code)) {
            throw new ConflictException("A setting with code " + code + " already exists");
        }
        CareSetting added = settings.saveAndFlush(new CareSetting(code, command.name().trim(), provider.id(),
                locality.id(), command.tier(), command.dailyRate(), command.designatedForInfection()));
        events.publishEvent(new BedsChanged(added.code(), null));
        return added;
    }

    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public Bed addBed(String settingCode, NewBed command) {
        CareSetting setting = setting(settingCode);
        checks.valid(command);
        String code = command.code().trim();
        if (beds.existsByCode(code)) {
            throw new ConflictException("A bed with code " + code + " already exists");
        }
        Bed added = beds.saveAndFlush(new Bed(code, setting.id(), command.type(), clock.instant()));
        events.publishEvent(new BedsChanged(setting.code(), added.code()));
        return added;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR', 'PROVIDER')")
    public CareSetting changeAdmissions(String settingCode, AdmissionsChange command) {
        CareSetting setting = setting(settingCode);
        CurrentUser.requireOwnProviderIfProvider(setting.providerId());
        checks.valid(command);
        setting.changeAdmissions(command.accepting(), command.reason());
        events.publishEvent(new BedsChanged(setting.code(), null));
        return settings.saveAndFlush(setting);
    }

    /**
     * A provider's status return about one of its settings, in the caller's transaction: "cannot admit" closes the
     * setting to new reservations at once (unless the hub closed it already); "can admit" reopens it only if a return
     * closed it. Whether admissions changed.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR', 'PROVIDER')")
    public boolean admissionsOnProvidersWord(String settingCode, boolean canAdmit, String reason) {
        CareSetting setting = setting(settingCode);
        CurrentUser.requireOwnProviderIfProvider(setting.providerId());
        boolean changed = canAdmit ? setting.reopenOnProvidersWord(reason) : setting.closeOnProvidersWord(reason);
        if (changed) {
            settings.saveAndFlush(setting);
            events.publishEvent(new BedsChanged(setting.code(), null));
        }
        return changed;
    }

    /**
     * Reserves a bed for a person, in one transaction. The bed is claimed first: locked, and refused at once when
     * another transaction holds it or it is not free. Only then does {@code lockPerson} lock the person and say what
     * they need, so a collision never waits on the person. The bed must be of the type needed, in a setting admitting
     * them (infection-designated exactly when they are positive). A lost race is a conflict, never a double booking
     * (row lock, version, index).
     */
    @Transactional
    public Bed reserve(String bedCode, Supplier<BedNeed> lockPerson) {
        Bed claimed = claim(bedCode);
        return reserve(claimed, lockPerson.get());
    }

    /** The bed, locked until the transaction ends; refused at once if another transaction holds it or it is taken. */
    private Bed claim(String bedCode) {
        return beds.lockForReservation(bedCode == null ? "" : bedCode.trim())
                .orElseThrow(() -> InvalidInputException.of("bedCode", "no bed has the code " + bedCode));
    }

    private Bed reserve(Bed bed, BedNeed need) {
        String holder = need.holder();
        CareSetting setting = settings.findById(bed.settingId()).orElseThrow();
        bed.requireType(need.type());
        setting.requireAdmitting(need.infectionPositive());
        if (beds.findByReferralId(holder).isPresent()) {
            throw new ConflictException("This person already holds a bed");
        }
        bed.reserveFor(holder, clock.instant());
        return flushOrConflict(bed);
    }

    /** Closes one bed (maintenance, deep clean) or opens it again; nobody in the bed is moved. */
    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR', 'PROVIDER')")
    public Bed changeBedAvailability(String bedCode, AvailabilityChange command) {
        Bed bed = beds.findByCode(bedCode == null ? "" : bedCode).orElseThrow(() -> new NotFoundException("Bed", bedCode));
        CareSetting setting = settings.findById(bed.settingId()).orElseThrow();
        CurrentUser.requireOwnProviderIfProvider(setting.providerId());
        checks.valid(command);
        bed.changeAvailability(command.available(), command.reason(), clock.instant());
        return flushOrConflict(bed);
    }

    /**
     * Step-down or step-up: frees the person's bed and holds the new one, in one transaction, and records the move.
     * An occupied bed's holder occupies the new bed at once; a reserved one's keeps a reservation.
     */
    @Transactional
    public Bed move(String holder, String newBedCode, BedType requiredType, boolean infectionPositive) {
        Bed current = beds.findByReferralId(holder)
                .orElseThrow(() -> new ConflictException("This person holds no bed to move from"));
        if (current.code().equals(newBedCode)) {
            throw new ConflictException("The person is already in bed " + newBedCode);
        }
        boolean occupied = current.status() == BedStatus.OCCUPIED;
        current.release(clock.instant());
        flushOrConflict(current);
        Bed next = reserve(claim(newBedCode), new BedNeed(holder, requiredType, infectionPositive));
        if (occupied) {
            next.occupy(clock.instant());
            next = flushOrConflict(next);
        }
        moves.save(new BedMove(holder, current.code(), next.code(), clock.instant()));
        return next;
    }

    /** At discharge: the reserved bed becomes occupied. */
    @Transactional
    public void occupy(String holder) {
        Bed bed = beds.findByReferralId(holder)
                .orElseThrow(() -> new ConflictException("No bed is reserved for this person"));
        bed.occupy(clock.instant());
        flushOrConflict(bed);
    }

    /** At close, cancel or readmission: whatever bed the person holds is free again. */
    @Transactional
    public void release(String holder) {
        beds.findByReferralId(holder).ifPresent(bed -> {
            bed.release(clock.instant());
            flushOrConflict(bed);
        });
    }

    /**
     * The home declines the bed reserved for a person: only the setting's own provider (or the hub for it) may, and
     * only before the person is admitted. The bed is free again and the decline is kept, per setting, as data.
     */
    @Transactional
    public Bed declineReservation(String holder, String reason) {
        Bed bed = beds.findByReferralId(holder)
                .orElseThrow(() -> new ConflictException("No bed is reserved for this person"));
        CurrentUser.requireOwnProviderIfProvider(settings.findById(bed.settingId()).orElseThrow().providerId());
        if (bed.status() != BedStatus.RESERVED) {
            throw new ConflictException("Bed " + bed.code() + " is taken up already; a home declines only a reservation");
        }
        declines.save(new ReservationDecline(holder, bed, reason, clock.instant(), CurrentUser.name()));
        bed.release(clock.instant());
        events.publishEvent(new ReservationDeclined(holder, bed.code()));
        return flushOrConflict(bed);
    }

    /** A provider user sees only its own settings; everyone else sees the whole bed base. */
    private static Long providerScope() {
        return CurrentUser.get().filter(u -> u.role() == Role.PROVIDER).map(HubUser::providerId).orElse(null);
    }

    private Bed flushOrConflict(Bed bed) {
        try {
            Bed saved = beds.saveAndFlush(bed);
            events.publishEvent(new BedsChanged(null, bed.code()));
            return saved;
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw new ConflictException("Bed " + bed.code() + " is no longer available");
        }
    }

    /** Beds that fit, by tier (RED/AMBER settings last), own locality, longest free; and what was left out. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'MDT')")
    public BedOptions options(BedType type, boolean infectionPositive, Long localityId, Map<String, SettingFlag> flags) {
        return queries.options(type, infectionPositive, localityId, flags, clock.instant(), 50);
    }

    /** Every bed with its state; a provider user sees only its own settings' beds. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'MDT', 'PROVIDER')")
    public List<BedRow> beds(BedStatus status, BedType type, String localityCode) {
        return viewed(queries.beds(status, type, localityCode, providerScope(), null));
    }

    @PreAuthorize("hasAnyRole('COORDINATOR', 'MDT', 'PROVIDER')")
    public BedRow bed(String bedCode) {
        return viewed(queries.beds(null, null, null, providerScope(), bedCode)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Bed", bedCode));
    }

    /** A held bed names its holder's referral: who saw it is logged against that person. */
    private List<BedRow> viewed(List<BedRow> rows) {
        audit.viewed("BED", rows.stream().filter(r -> r.referralId() != null)
                .map(r -> AuditSubject.referral(r.referralId())).toList());
        return rows;
    }

    public String settingNameOfBed(String bedCode) {
        return beds.findByCode(bedCode).flatMap(bed -> settings.findById(bed.settingId())).map(CareSetting::name)
                .orElseThrow(() -> new NotFoundException("Bed", bedCode));
    }

    public Optional<CareSetting> findSetting(String code) {
        return settings.findByCode(code);
    }

    public CareSetting setting(String code) {
        return settings.findByCode(code).orElseThrow(() -> new NotFoundException("Setting", code));
    }

    public List<CareSetting> settings() {
        return settings.findAll().stream()
                .sorted(Comparator.comparing(CareSetting::tier).thenComparing(CareSetting::code)).toList();
    }

    /** Every setting by tier and code, its beds counted by the database; prices only where the reader may see them. */
    public List<SettingRow> settingRows() {
        return queries.settingRows(directory.priceSight());
    }

    public List<Bed> bedsOf(String settingCode) {
        return beds.findBySettingId(setting(settingCode).id()).stream()
                .sorted(Comparator.comparing(Bed::code)).toList();
    }
}
