package cn.scast.tianfu.evaluation.intake;

/** What a programme's rules made of a form: the parts the intake needs to count, enter and file it. */
public interface IntakeClaim {

    String title();

    /** Who the engine entry is of, and the organisation it is shown with. */
    String entrantName();

    String organisation();

    /** The category code of the edition the entry is judged in, and the form field it came from. */
    String category();

    String categoryField();

    /** The unit (recommending unit, city) whose quota the submission uses. */
    String quotaUnit();
}
