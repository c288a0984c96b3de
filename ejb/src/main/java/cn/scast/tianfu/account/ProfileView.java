package cn.scast.tianfu.account;

/** The caller's own profile as the page and GET /api/v1/account/profile show it (the ID number only masked). */
public record ProfileView(String username, String kind, String name, String mobile, String email,
                          boolean emailVerified, String cityCode, String countyCode, String disciplineCode,
                          String unitName, String idMasked, String creditCode, String contactPerson) {

    static ProfileView of(AccountApplication a) {
        return new ProfileView(a.getAccount().getUsername(), a.getKind().name(), a.getName(), a.getMobile(),
                a.getAccount().getEmail(), a.getAccount().isEmailVerified(), a.getCityCode(), a.getCountyCode(),
                a.getDisciplineCode(), a.getUnitName(), a.getIdMasked(), a.getCreditCode(), a.getContactPerson());
    }
}
