package org.dischargehub.referral;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.dischargehub.shared.Pathway;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Referrals extends JpaRepository<Referral, String> {

    @Query("select r from Referral r where r.status in :statuses order by r.createdAt")
    List<Referral> findByStatusInOrderByCreatedAtAsc(Collection<ReferralStatus> statuses);

    /** Referrals in these states whose package is held with the provider. */
    @Query("""
            select r from Referral r where r.status in :statuses and r.plan.allocatedProvider = :providerCode
            order by r.createdAt, r.id""")
    List<Referral> withPackageFrom(String providerCode, Collection<ReferralStatus> statuses);

    /** Referrals in these states holding one of these beds. */
    @Query("""
            select r from Referral r where r.status in :statuses and r.plan.allocatedBedCode in :bedCodes
            order by r.createdAt, r.id""")
    List<Referral> holdingBeds(Collection<String> bedCodes, Collection<ReferralStatus> statuses);

    /** The API's list, oldest first; each filter optional, paged or whole ({@link Pageable#unpaged()}). */
    @Query("""
            select r from Referral r
            where (:status is null or r.status = :status) and (:pathway is null or r.plan.pathway = :pathway)
            order by r.createdAt, r.id""")
    Page<Referral> list(ReferralStatus status, Pathway pathway, Pageable page);

    /** The person's open referrals (one, but for duplicates made before the rule), oldest first. */
    @Query("""
            select r.id from Referral r where r.patient.nhsNumber = :nhsNumber and r.status not in :ended
            order by r.createdAt, r.id""")
    List<String> openIdsOf(String nhsNumber, Collection<ReferralStatus> ended);

    /** The person's referrals made before this one, oldest first. */
    @Query("""
            select r.id from Referral r
            where r.patient.nhsNumber = :nhsNumber and r.id <> :id and r.createdAt <= :createdAt
            order by r.createdAt, r.id""")
    List<String> idsBefore(String nhsNumber, String id, java.time.Instant createdAt);

    Optional<Referral> findBySender(SenderReference sender);
}
