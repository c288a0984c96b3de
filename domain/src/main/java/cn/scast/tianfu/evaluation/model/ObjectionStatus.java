package cn.scast.tianfu.evaluation.model;

/** An objection waits for the administrator, who upholds it (the entry is withdrawn) or dismisses it. */
public enum ObjectionStatus {
    OPEN,
    UPHELD,
    DISMISSED
}
