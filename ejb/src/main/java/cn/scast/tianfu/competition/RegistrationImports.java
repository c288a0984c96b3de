package cn.scast.tianfu.competition;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.Optional;

/**
 * The contest entry import's way into the same rules as the screens and the API, one transaction per row
 * (a refused row must not roll back its chunk; a repeated row finds its registration and changes nothing).
 */
@Stateless
public class RegistrationImports {

    @EJB
    private RegistrationService registrations;

    @EJB
    private CompetitionEditions editions;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RegistrationView register(long editionId, RegistrationForm form) {
        return registrations.register(editionId, form, true);
    }

    /** The edition of a contest (type code or programme name) and year. */
    public Optional<Long> edition(String contest, int year) {
        return editions.find(contest, year);
    }
}
