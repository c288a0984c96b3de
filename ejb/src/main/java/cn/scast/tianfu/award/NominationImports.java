package cn.scast.tianfu.award;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.Optional;

/**
 * The nomination import's way into the same rules as the screens and the API. Each row is nominated in a
 * transaction of its own: a refused row must not roll back the import chunk it was read in, and an
 * accepted one stands on its own (a repeated row finds it and changes nothing).
 */
@Stateless
public class NominationImports {

    @EJB
    private NominationService nominations;

    @EJB
    private AwardEditions editions;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public NominationView nominate(long editionId, NominationForm form) {
        return nominations.nominate(editionId, form, true);
    }

    /** The edition of an award (type code or programme name) and year. */
    public Optional<Long> edition(String award, int year) {
        return editions.find(award, year);
    }
}
