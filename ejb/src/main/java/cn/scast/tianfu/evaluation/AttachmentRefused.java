package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.platform.RuleViolation;

/** An attachment file that cannot be taken (empty, too large, not what its kind must be): 422 with the reason. */
public class AttachmentRefused extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public AttachmentRefused(String message) {
        super(message);
    }
}
