package org.dischargehub.providerstatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StatusReturns extends JpaRepository<StatusReturn, Long> {

    @Query("select s from StatusReturn s where s.providerId = :providerId and s.settingId is null"
            + " and s.returnDate = :returnDate")
    Optional<StatusReturn> findByProviderIdAndReturnDate(Long providerId, LocalDate returnDate);

    @Query("select s from StatusReturn s where s.settingId = :settingId and s.returnDate = :returnDate")
    Optional<StatusReturn> findBySettingIdAndReturnDate(Long settingId, LocalDate returnDate);

    @Query("select count(s) > 0 from StatusReturn s where s.settingId = :settingId and s.returnDate > :returnDate")
    boolean existsLaterForSetting(Long settingId, LocalDate returnDate);

    @Query("select s from StatusReturn s where s.providerId = :providerId order by s.returnDate desc")
    List<StatusReturn> findByProviderIdOrderByReturnDateDesc(Long providerId);

    /** The latest return of each provider as a whole and of each setting named in a return. */
    @Query("select s from StatusReturn s where s.returnDate = (select max(t.returnDate) from StatusReturn t"
            + " where t.providerId = s.providerId and (t.settingId = s.settingId"
            + " or (t.settingId is null and s.settingId is null)))")
    List<StatusReturn> findLatestOfEach();

    @Query("select s from StatusReturn s order by s.returnDate desc")
    List<StatusReturn> findAllByOrderByReturnDateDesc();
}
