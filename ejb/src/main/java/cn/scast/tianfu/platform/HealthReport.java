package cn.scast.tianfu.platform;

/** Health of the parts the platform cannot work without. */
public record HealthReport(ComponentHealth database, ComponentHealth batch) {
    public boolean up() {
        return database.up() && batch.up();
    }
}
