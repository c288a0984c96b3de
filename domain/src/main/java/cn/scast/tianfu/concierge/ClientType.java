package cn.scast.tianfu.concierge;

/** Whom a concierge order serves: a sci-tech worker (or team) or an enterprise/institution. */
public enum ClientType {
    WORKER,
    ENTERPRISE
}
