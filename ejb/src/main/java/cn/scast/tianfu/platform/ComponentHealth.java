package cn.scast.tianfu.platform;

/** Whether one component answers, with a one-line detail for the operator. */
public record ComponentHealth(boolean up, String detail) {
    public static ComponentHealth up(String detail) {
        return new ComponentHealth(true, detail);
    }

    public static ComponentHealth down(String detail) {
        return new ComponentHealth(false, detail);
    }
}
