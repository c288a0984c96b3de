package cn.scast.tianfu.account;

/** Who registers: a 科技工作者 (becomes a Worker record) or a 企事业单位 (becomes an Organisation record). */
public enum ApplicationKind {
    WORKER,
    ENTERPRISE
}
